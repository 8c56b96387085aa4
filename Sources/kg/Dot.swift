import ArgumentParser
import Foundation
import KGExport
import KGQuery
import KGStore

/// `kg dot`: the graph, or what a query selects, as Graphviz DOT.
struct Dot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the graph, or the part a query selects, as Graphviz DOT.",
        discussion: """
            Without a selection the whole graph is drawn, keeping the --limit best-connected \
            entities (what is left out is listed on standard error). Nodes are shaped and \
            coloured by entity type (see the legend); edges are labelled with the relation; \
            symmetric facts point both ways; negated facts are drawn, dashed, only with --negated.

            Examples:
              kg dot -o graphs/all.dot --render svg
              kg dot --around Romania --depth 2 --evidence -o romania.dot
              kg dot --path Romania Russia
              kg dot --query '?x -[send]-> Ukraine' --cluster article
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the DOT to this file (default, or -: standard output).", valueName: "file"))
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

    @Option(help: ArgumentHelp("Keep the N best-connected entities; 0 keeps all.", valueName: "n"))
    var limit = DOTOptions.defaultLimit

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
        if render != nil && file == nil {
            throw ValidationError("--render writes the picture next to the DOT file: give it with -o FILE.dot")
        }
    }

    func run() throws {
        if render != nil && Graphviz.executable == nil {
            printError("kg dot: --render needs Graphviz's `dot`, which is not installed; \(Graphviz.installHint). Nothing written.")
            throw ExitCode.failure
        }
        let writer = DOTWriter(options: DOTOptions(
            evidence: evidence, cluster: cluster, showNegated: negated, limit: limit == 0 ? nil : limit,
            legend: !noLegend))
        let text: String
        do {
            let graph = try Store(path: store.path, readOnly: true)
            text = try graph.consistentRead {
                let subgraph = try selection.subgraph(in: graph)
                report(writer.selection(of: subgraph), total: subgraph)
                return try writer.write(subgraph, from: graph)
            }
        } catch let error as QuerySyntaxError {
            let shown = selection.queryText ?? ""
            printError(query != nil ? "kg dot: --query\n" + error.rendered(in: shown) : "kg dot: \(error.message)")
            throw ExitCode.failure
        } catch let error as QueryError {
            printError("kg dot: \(query != nil ? error.description : error.message)")
            throw ExitCode.failure
        } catch {
            printError("kg dot: \(error)")
            throw ExitCode.failure
        }
        guard let output = file else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try OutputFile.write(text, to: output)
            if let render {
                let picture = Self.picturePath(for: output, format: render.rawValue)
                let rendering = try Graphviz.render(text, format: render.rawValue)
                try OutputFile.write(rendering.picture, to: picture)
                if !rendering.messages.isEmpty { printError(rendering.messages.trimmingCharacters(in: .newlines)) }
                printError("kg dot: wrote \(output) and \(picture)")
            }
        } catch {
            printError("kg dot: \(error)")
            throw ExitCode.failure
        }
    }

    var selection: GraphSelection {
        if let around { return .around(around, depth: depth ?? 1) }
        if path.count == 2 { return .path(path[0], path[1]) }
        return query.map(GraphSelection.query) ?? .whole
    }

    /// Says on standard error what the node limit left out, best connected first.
    func report(_ drawn: LimitedSubgraph, total: Subgraph) {
        if drawn.kept.entities.isEmpty {
            printError("kg dot: nothing to draw: \(selection == .whole ? "the graph is empty" : "the selection is empty")")
        } else if drawn.kept.edges.isEmpty && selection != .whole {
            printError("kg dot: the selection has no facts to draw, only \(drawn.kept.entities.count) entities")
        }
        guard !drawn.isComplete else { return }
        let examples = drawn.leftOut.prefix(5).map { "\($0.entity.name) (\($0.degree))" }.joined(separator: ", ")
        printError("""
            kg dot: drew the \(drawn.kept.entities.count) best-connected of \(total.entities.count) entities; \
            left out \(drawn.leftOut.count) entities and \(drawn.leftOutEdgeCount) \(drawn.leftOutEdgeCount == 1 ? "fact" : "facts") \
            (most connected left out, with their facts: \(examples)\(drawn.leftOut.count > 5 ? ", …" : "")); \
            raise --limit, or --limit 0 for all
            """)
    }

    /// `graphs/x.dot` → `graphs/x.svg`; a name without `.dot`/`.gv` gets the extension added.
    static func picturePath(for output: String, format: String) -> String {
        let url = URL(fileURLWithPath: output)
        let base = ["dot", "gv"].contains(url.pathExtension.lowercased()) ? String(output.dropLast(url.pathExtension.count + 1)) : output
        return base + "." + format
    }
}

extension DOTOptions.Clustering: ExpressibleByArgument {}
