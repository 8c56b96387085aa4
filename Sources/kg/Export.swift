import ArgumentParser
import Foundation
import KGExport
import KGStore

/// `kg export`: the whole graph in a format other tools read.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the whole graph as JSON lines, RDF N-Triples or Neo4j import CSV.",
        discussion: """
            jsonl     one JSON object a line: every entity, then every fact with its evidence
            ntriples  RDF 1.1 N-Triples; IRIs under --base; facts also reified as rdf:Statement \
            with their evidence and articles (negated facts only as statements)
            neo4j     a folder with nodes.csv and edges.csv for `neo4j-admin database import full \
            --nodes=nodes.csv --relationships=edges.csv`

            Examples:
              kg export --format jsonl -o graph.jsonl
              kg export --format ntriples --base https://example.org/news/ -o graph.nt
              kg export --format neo4j -o neo4j-import
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, ntriples, neo4j
    }

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("jsonl, ntriples or neo4j.", valueName: "format"))
    var format: Format

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (a folder for neo4j); default, or -: standard output. A regular file is replaced whole, only once written; a device or FIFO is written in place.", valueName: "path"))
    var output: String?

    /// The -o path; nil for standard output.
    var file: String? { output == "-" ? nil : output }

    @Option(help: ArgumentHelp("The namespace of minted IRIs (ntriples; default \(NTriplesWriter.defaultBase)).", valueName: "iri"))
    var base: String?

    func validate() throws {
        if base != nil && format != .ntriples { throw ValidationError("--base goes with --format ntriples") }
        if format == .neo4j && file == nil {
            throw ValidationError("--format neo4j writes a folder (nodes.csv, edges.csv): give it with -o FOLDER")
        }
    }

    func run() throws {
        let ntriples = try NTriplesWriter(base: base ?? NTriplesWriter.defaultBase)
        let source = try Store(path: store.path, readOnly: true)
        let graph = try source.consistentRead { try source.exportGraph() }
        switch format {
        case .jsonl: try emit(try JSONLinesWriter().write(graph))
        case .ntriples: try emit(ntriples.write(graph))
        case .neo4j: try writeNeo4j(graph)
        }
        if let output = file {
            printNote("wrote \(graph.entities.count) entities and \(graph.edges.count) facts to \(output)")
        }
    }

    func emit(_ text: String) throws {
        if let output = file {
            try OutputFile.write(text, to: output)
        } else {
            try OutputFile.standardOutput.write(text)
        }
    }

    func writeNeo4j(_ graph: ExportGraph) throws {
        let csv = Neo4jCSVWriter().write(graph)
        try OutputFile.writeFolder([("nodes.csv", Data(csv.nodes.utf8)), ("edges.csv", Data(csv.edges.utf8))], to: file!)
    }
}
