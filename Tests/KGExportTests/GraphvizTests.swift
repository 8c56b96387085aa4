import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import KGStore
@testable import KGExport

/// Graphviz's `dot` on PATH; CI installs it, a laptop may not have it.
enum Graphviz {
    static let executable: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
        .split(separator: ":").map { "\($0)/dot" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `dot -Tsvg` on `source`; returns its exit status, SVG and standard error.
    static func svg(_ source: String) throws -> (status: Int32, svg: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable!)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Write and read on separate threads so a large SVG cannot fill a pipe and stall both sides.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(source.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = Locked(Data())
        let reader = Thread { errorData.value = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while reader.isExecuting { Thread.sleep(forTimeInterval: 0.01) }
        return (process.terminationStatus, String(decoding: svg, as: UTF8.self), String(decoding: errorData.value, as: UTF8.self))
    }
}

final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// Collects the text of every `<text>` element and every `xlink:title` of an SVG, failing on bad XML.
final class SVGText: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var titles: [String] = []
    private var current: String?

    static func parse(_ svg: String) throws -> SVGText {
        let collector = SVGText()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "text" { current = "" }
        if let title = attributes["xlink:title"] { titles.append(title) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = current { texts.append(text) }
        current = nil
    }
}

@Suite(.enabled(if: Graphviz.executable != nil, "Graphviz's dot is not installed (apt-get install graphviz); DOT validity not checked"))
struct GraphvizTests {
    static let optionSets: [DOTOptions] = [
        DOTOptions(),
        DOTOptions(evidence: true, cluster: .article, showNegated: true, limit: nil),
    ]

    @Test(arguments: optionSets)
    func hostileNamesGiveDOTThatGraphvizRendersToWellFormedSVG(options: DOTOptions) throws {
        let graph = GraphFixture.hostileGraph()
        let dot = DOTWriter(options: options).write(Subgraph(entities: graph.entities, edges: graph.edges),
                                                    evidence: graph.evidence)
        let result = try Graphviz.svg(dot)
        #expect(result.status == 0, "dot failed: \(result.errors)")
        #expect(!result.errors.localizedCaseInsensitiveContains("error"), "\(result.errors)")
        let svg = try SVGText.parse(result.svg)
        // What a reader sees is the name itself: no quote, backslash or entity mangled on the way.
        for name in ["say \"hi\"", "back\\slash", "trailing\\", "\\\"", "<script>alert('x')</script>",
                     "{braces}", "graph", "subgraph", "&amp; &lt; & ;", "Zoë Ångström 東京 🚀 👩‍👩‍👧"] {
            #expect(svg.texts.contains(name), "label \(name.debugDescription) not drawn as written")
        }
        #expect(svg.texts.contains("NULbyte"))
        if options.evidence {
            #expect(svg.titles.contains { $0.contains("“<b>bold</b>”") })
        }
    }

    @Test func smallGraphRendersWithEveryOption() throws {
        let graph = try GraphFixture.small()
        for options in Self.optionSets {
            let result = try Graphviz.svg(try DOTWriter(options: options).write(try graph.subgraph, from: graph.store))
            #expect(result.status == 0, "dot failed: \(result.errors)")
            #expect(result.errors.isEmpty, "\(result.errors)")
        }
    }
}
