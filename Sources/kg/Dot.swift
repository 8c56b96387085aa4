import ArgumentParser
import Foundation
import KGCore
import KGExport
import KGQuery
import KGStore

/// `kg dot`: the graph, or what a query selects, as Graphviz DOT.
struct Dot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the graph, or the part a query selects, as Graphviz DOT.",
        discussion: """
            Without a selection the whole graph is drawn. By default only named entities and \
            no title facts are drawn, parallel facts between two entities are one edge labelled \
            with each relation and how many sentences state it, and the --limit weightiest \
            entities (by evidence, then facts) are kept; standard error says what was left out. \
            Nodes are shaped and coloured by entity type (see the legend); symmetric facts point \
            both ways; negated facts are drawn, dashed, only with --negated. Names may be ids: \
            --around '#12'.

            Examples:
              kg dot -o graphs/all.dot --render svg
              kg dot --around Romania --depth 2 --evidence -o romania.dot
              kg dot --around '#7' --min-evidence 2 --concepts
              kg dot --path Romania Russia
              kg dot --query '?x -[send]-> Ukraine' --cluster article
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the DOT to this file (default, or -: standard output). A regular file is replaced whole, only once written; a device or FIFO is written in place.", valueName: "file"))
    var output: String?

    /// The -o file; nil for standard output.
    var file: String? { output == "-" ? nil : output }

    @Option(help: ArgumentHelp("Draw the entities around this one.", valueName: "name"))
    var around: String?

    @Option(help: ArgumentHelp("How many steps --around reaches (1-10, default 1).", valueName: "n"))
    var depth: Int?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Draw the shortest paths from A to B.", valueName: "A B"))
    var path: [String] = []

    @Option(help: ArgumentHelp("Draw what a path, neighbors or pattern query selects, e.g. 'Biden -[*]-> ?x'.", valueName: "query"))
    var query: String?

    @Flag(help: "Add the supporting sentences as edge tooltips (shown on hover in SVG).")
    var evidence = false

    @Option(help: ArgumentHelp("Group entities in boxes: 'article' puts each in the earliest article stating one of its facts.", valueName: "article"))
    var cluster: DOTOptions.Clustering = .none

    @Flag(help: "Also draw negated facts (\"did not send\"), dashed.")
    var negated = false

    @Option(help: ArgumentHelp("Keep the N weightiest entities, by evidence then facts; 0 keeps all.", valueName: "n"))
    var limit = DOTOptions.defaultLimit

    @Flag(help: "Also draw concepts (noun phrases such as \"Mr\" or \"£ 6\" standing in for an unnamed end).")
    var concepts = false

    @Flag(help: "Also draw title facts (a person to \"Mr\", \"President\") and their titles.")
    var titles = false

    @Option(help: ArgumentHelp("Draw only facts stated in at least N sentences.", valueName: "n"))
    var minEvidence = 1

    @Option(help: ArgumentHelp("Draw only facts of at least this confidence, the chance of being right (0 draws all; docs/confidence.md).",
                               valueName: "x"))
    var minConfidence = EdgeConfidence.trusted

    @Flag(help: "Leave out the legend of entity types.")
    var noLegend = false

    @Option(help: ArgumentHelp("Also run Graphviz and write the picture next to the -o file.", valueName: "svg|png"))
    var render: Picture?

    enum Picture: String, ExpressibleByArgument, CaseIterable {
        case svg, png
    }

    func validate() throws {
        let selections = [around != nil, !path.isEmpty, query != nil].filter { $0 }.count
        if selections > 1 { throw ValidationError("give one of --around, --path and --query") }
        if !path.isEmpty && path.count != 2 { throw ValidationError("--path takes two names: --path A B") }
        if depth != nil && around == nil { throw ValidationError("--depth goes with --around NAME") }
        if let depth, !(1...10).contains(depth) { throw ValidationError("--depth must be between 1 and 10") }
        if limit < 0 { throw ValidationError("--limit must be 0 (no limit) or more") }
        if minEvidence < 1 { throw ValidationError("--min-evidence must be 1 or more") }
        if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence must be between 0 and 1") }
        if render != nil && file == nil {
            throw ValidationError("--render writes the picture next to the DOT file: give it with -o FILE.dot")
        }
    }

    func run() throws {
        if render != nil && Graphviz.executable == nil {
            throw KGError("--render needs Graphviz's `dot`, which is not installed; \(Graphviz.installHint). Nothing written.")
        }
        let writer = DOTWriter(options: DOTOptions(
            evidence: evidence, cluster: cluster, showNegated: negated, limit: limit == 0 ? nil : limit,
            concepts: concepts, titles: titles, minEvidence: minEvidence, minConfidence: minConfidence,
            legend: !noLegend))
        let text: String
        do {
            let graph = try Store(path: store.path, readOnly: true)
            text = try graph.consistentRead {
                let subgraph = try selection.subgraph(in: graph)
                report(writer.selection(of: subgraph))
                return try writer.write(subgraph, from: graph)
            }
        } catch let error as QuerySyntaxError {
            guard let query else { throw KGError(error.message) }
            throw KGError("--query: syntax error: \(error.message)\n" + QuerySyntaxError.pointer(in: query, at: error.offset))
        } catch let error as QueryError {
            guard let query, let offset = error.offset else { throw KGError(error.message) }
            throw KGError("--query: \(error.message)\n" + QuerySyntaxError.pointer(in: query, at: offset))
        }
        guard let output = file else {
            try OutputFile.standardOutput.write(text)
            return
        }
        try OutputFile.write(text, to: output)
        if let render {
            let picture = Self.picturePath(for: output, format: render.rawValue)
            let rendering = try Graphviz.render(text, format: render.rawValue)
            try OutputFile.write(rendering.picture, to: picture)
            if !rendering.messages.isEmpty { printError(rendering.messages.trimmingCharacters(in: .newlines)) }
            printNote("wrote \(output) and \(picture)")
        }
    }

    var selection: GraphSelection {
        if let around { return .around(around, depth: depth ?? 1) }
        if path.count == 2 { return .path(path[0], path[1]) }
        return query.map(GraphSelection.query) ?? .whole
    }

    /// Says on standard error what the filters and the node budget left out, weightiest first,
    /// and which option brings it back.
    func report(_ drawn: LimitedSubgraph) {
        if drawn.kept.entities.isEmpty {
            printNote("nothing to draw: \(selection == .whole ? "the graph is empty" : "the selection is empty")"
                      + (drawn.filtered.isEmpty ? "" : " after the filters"))
        } else if drawn.kept.edges.isEmpty && selection != .whole {
            printNote("the selection has no facts to draw, only \(drawn.kept.entities.count) entities")
        }
        var filtered: [String] = []
        func add(_ count: Int, _ one: String, _ many: String, _ option: String) {
            if count > 0 { filtered.append("\(count) \(count == 1 ? one : many) (\(option))") }
        }
        add(drawn.filtered.concepts, "concept", "concepts", "--concepts")
        add(drawn.filtered.titleFacts, "title fact", "title facts", "--titles")
        add(drawn.filtered.weakFacts, "fact stated in fewer than \(minEvidence) sentences",
            "facts stated in fewer than \(minEvidence) sentences", "lower --min-evidence")
        add(drawn.filtered.doubtfulFacts, "fact of confidence below \(minConfidence)",
            "facts of confidence below \(minConfidence)", "lower --min-confidence")
        add(drawn.filtered.negatedFacts, "negated fact", "negated facts", "--negated")
        add(drawn.filtered.strandedEntities, "entity with no fact left to draw",
            "entities with no fact left to draw", "they return with their facts")
        if !filtered.isEmpty { printNote("left out " + filtered.joined(separator: ", ")) }
        if drawn.leftOutLines > 0 {
            printNote("left out the \(drawn.leftOutLines) weakest lines between drawn entities: at most "
                + "\(DOTWriter.linesPerNode * limit) (\(DOTWriter.linesPerNode) × --limit) are drawn, so Graphviz lays "
                + "the picture out in seconds; each entity keeps its strongest")
        }
        guard !drawn.leftOut.isEmpty else { return }
        let examples = drawn.leftOut.prefix(5).map { "\($0.entity.name) (\($0.evidence))" }.joined(separator: ", ")
        let facts = drawn.leftOutEdgeCount
        printNote("drew the \(drawn.kept.entities.count) weightiest of \(drawn.kept.entities.count + drawn.leftOut.count) entities; "
            + "left out \(drawn.leftOut.count) entities and \(facts) \(facts == 1 ? "fact" : "facts") "
            + "(weightiest left out, with the sentences stating their facts: \(examples)\(drawn.leftOut.count > 5 ? ", …" : "")); "
            + "raise --limit, or --limit 0 for all")
    }

    /// `graphs/x.dot` → `graphs/x.svg`; a name without `.dot`/`.gv` gets the extension added.
    static func picturePath(for output: String, format: String) -> String {
        let url = URL(fileURLWithPath: output)
        let base = ["dot", "gv"].contains(url.pathExtension.lowercased()) ? String(output.dropLast(url.pathExtension.count + 1)) : output
        return base + "." + format
    }
}

extension DOTOptions.Clustering: ExpressibleByArgument {}
