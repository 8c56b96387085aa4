import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import KGStore
@testable import KGExport

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

@Suite(.enabled(if: Graphviz.executable != nil, "Graphviz's dot is not installed (apt-get install graphviz): DOT not checked"))
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
        let result = try Graphviz.render(dot, format: "svg")
        #expect(!result.messages.localizedCaseInsensitiveContains("error"), "\(result.messages)")
        let svg = try SVGText.parse(String(decoding: result.picture, as: UTF8.self))
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
            let result = try Graphviz.render(try DOTWriter(options: options).write(try graph.subgraph, from: graph.store),
                                             format: "svg")
            #expect(result.messages.isEmpty, "\(result.messages)")
        }
    }
}
