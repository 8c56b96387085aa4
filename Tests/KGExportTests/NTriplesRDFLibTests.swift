import Foundation
import Testing
import KGStore
@testable import KGExport

/// Python's rdflib, the RDF parser the round-trip test reads N-Triples with. When Python has no
/// rdflib, it is installed once with pip into `~/.cache/kg/python` (outside the repository and
/// the system's packages); when that fails too (offline, no pip) the test is skipped.
enum RDFLib {
    static let folder = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/kg/python").path

    static let isAvailable: Bool = {
        if run(["python3", "-c", "import rdflib"]).status == 0 { return true }
        guard run(["python3", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                   "--target", folder, "rdflib"]).status == 0 else { return false }
        return run(["python3", "-c", "import rdflib"]).status == 0
    }()

    /// Runs a command with `folder` on PYTHONPATH; standard output is returned, standard error discarded.
    static func run(_ arguments: [String]) -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONPATH"] = [folder, environment["PYTHONPATH"]].compactMap { $0 }.joined(separator: ":")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, Data()) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    /// One triple as rdflib read it: the terms' text, and for a literal its datatype and
    /// whether its lexical form is valid for that datatype.
    struct Triple: Decodable, Hashable {
        var s: String, p: String, o: String
        var datatype: String?
        var illTyped: Bool?
    }

    static let reader = """
        import json, sys
        from rdflib import Graph, Literal
        graph = Graph()
        graph.parse(sys.argv[1], format="nt")
        triples = []
        for s, p, o in graph:
            triple = {"s": str(s), "p": str(p), "o": str(o)}
            if isinstance(o, Literal):
                triple["datatype"] = str(o.datatype) if o.datatype else None
                triple["illTyped"] = bool(getattr(o, "ill_typed", False))
            triples.append(triple)
        json.dump(triples, sys.stdout)
        """

    /// The triples of an N-Triples document, as rdflib parses them.
    static func parse(_ document: String) throws -> [Triple] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kg-\(UUID().uuidString).nt")
        try document.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = run(["python3", "-c", reader, file.path])
        try #require(result.status == 0, "rdflib refused the document")
        return try JSONDecoder().decode([Triple].self, from: result.output)
    }
}

@Suite(.enabled(if: RDFLib.isAvailable, "rdflib is missing and `pip install rdflib` failed: N-Triples not read by a real RDF parser"))
struct NTriplesRDFLibTests {
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    /// Every line the writer wrote reads back through rdflib as the same triple, with valid
    /// typed literals: nothing lost, nothing merged, nothing ill-typed.
    @Test(arguments: ["small", "hostile"])
    func rdflibReadsBackEveryTriple(graphName: String) throws {
        let fixture = graphName == "small" ? try GraphFixture.small() : nil
        let graph = try fixture?.store.exportGraph() ?? GraphFixture.hostileGraph()
        let document = try NTriplesWriter().write(graph)
        let ours = try NTriplesLine.parse(document).map { line -> RDFLib.Triple in
            func text(_ term: NTriplesLine.Term) -> String {
                switch term {
                case .iri(let value), .blank(let value), .literal(let value, _, _): value
                }
            }
            var datatype: String?
            if case .literal(_, let type, _) = line.object { datatype = type }
            return RDFLib.Triple(s: text(line.subject), p: text(line.predicate), o: text(line.object),
                                 datatype: datatype, illTyped: nil)
        }
        let theirs = try RDFLib.parse(document)
        #expect(theirs.count == ours.count)
        #expect(theirs.allSatisfy { $0.illTyped != true }, "\(theirs.filter { $0.illTyped == true })")
        let withoutValidity = Set(theirs.map { RDFLib.Triple(s: $0.s, p: $0.p, o: $0.o, datatype: $0.datatype, illTyped: nil) })
        // rdflib reports a plain literal's datatype as none, N-Triples as xsd:string by default.
        #expect(withoutValidity == Set(ours))
    }

    @Test func datesAndConfidencesAreTypedForSPARQL() throws {
        let graph = try GraphFixture.small().store.exportGraph()
        let triples = try RDFLib.parse(try NTriplesWriter().write(graph))
        let dates = triples.filter { $0.p == "http://purl.org/dc/terms/date" }
        #expect(Set(dates.map(\.o)) == ["2024-05-02", "2024-06-19"])
        #expect(dates.allSatisfy { $0.datatype == Self.xsd + "date" })
        let confidences = triples.filter { $0.p == "https://kg.example/vocab/confidence" }
        #expect(!confidences.isEmpty && confidences.allSatisfy { $0.datatype == Self.xsd + "decimal" })
        #expect(confidences.allSatisfy { $0.o.split(separator: ".").last!.count <= 3 })
        let modalities = triples.filter { $0.p == "https://kg.example/vocab/modality" }
        #expect(modalities.count == graph.evidence.values.map(\.count).reduce(0, +))
    }
}
