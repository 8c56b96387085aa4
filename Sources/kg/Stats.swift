import ArgumentParser
import Foundation
import KGCore
import KGExport
import KGShell
import KGStore

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count what the graph holds: articles, sentences, entities, aliases, mentions, edges, relations.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func run() throws {
        let stats = try Store(path: store.path, readOnly: true).stats()
        try OutputFile.standardOutput.write(json ? Self.json(stats) : Self.table(stats))
    }

    /// One line per item: names and paths from articles are shown with their line breaks,
    /// tabs and invisible characters escaped, as the shell's tables show them.
    static func table(_ stats: GraphStats) -> String {
        let shown = ResultFormatter.visible
        var lines = [
            ("articles", stats.articles), ("sentences", stats.sentences), ("entities", stats.entities),
            ("concepts", stats.concepts), ("literals", stats.literals), ("aliases", stats.aliases),
            ("mentions", stats.mentions), ("edges", stats.edges), ("trusted", stats.trustedEdges),
            ("evidence", stats.evidence), ("failures", stats.failures.count),
        ].map { "\($0.0.padding(toLength: 10, withPad: " ", startingAt: 0)) \($0.1)" }
        lines.append("(trusted: edges of confidence \(EdgeConfidence.trusted) or more, what paths and drawings use unless told)")
        if !stats.relations.isEmpty {
            lines.append("relations (edges, evidence):")
            let width = min(30, stats.relations.map { shown($0.relation).count }.max() ?? 0)
            for relation in stats.relations {
                let name = shown(relation.relation).count < width
                    ? shown(relation.relation).padding(toLength: width, withPad: " ", startingAt: 0) : shown(relation.relation)
                lines.append("  \(name)  \(relation.edges)  \(relation.evidence)")
            }
        }
        if !stats.ambiguities.isEmpty {
            lines.append("ambiguous names (kept apart; kg merge joins them):")
            lines += stats.ambiguities.map { "  \"\(shown($0.name))\": \($0.candidates.map(shown).joined(separator: ", "))" }
        }
        if !stats.failures.isEmpty {
            lines.append("failed articles (a later kg ingest retries them):")
            lines += stats.failures.map { "  \(shown($0.source)): \(shown($0.reason)) (\($0.failedAt))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ stats: GraphStats) -> String {
        let object: [String: Any] = [
            "articles": stats.articles, "sentences": stats.sentences, "entities": stats.entities,
            "concepts": stats.concepts, "literals": stats.literals, "aliases": stats.aliases,
            "mentions": stats.mentions, "edges": stats.edges, "evidence": stats.evidence,
            "trusted_edges": stats.trustedEdges, "trusted_confidence": EdgeConfidence.trusted,
            "relations": stats.relations.map { ["relation": $0.relation, "edges": $0.edges, "evidence": $0.evidence] },
            "ambiguous": stats.ambiguities.map { ["name": $0.name, "candidates": $0.candidates] },
            "failures": stats.failures.map { ["source": $0.source, "hash": $0.hash, "reason": $0.reason, "failed_at": $0.failedAt] },
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
