import ArgumentParser
import KGStore

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge entity B into entity A: its names, mentions and edges (with all their evidence) move to A.",
        discussion: "Names resolve through aliases in any case; #ID names an entity by its id. Later articles that name B resolve to A.")

    @Argument(help: "The entity that stays.") var a: String
    @Argument(help: "The entity that is merged into A and disappears.") var b: String
    @OptionGroup var store: StoreOptions

    func run() throws {
        let graph = try Store(path: store.path)
        let kept = try graph.entity(named: a)
        let absorbed = try graph.entity(named: b)
        let outcome = try graph.merge(absorbed, into: kept)
        var note = "merged \(absorbed.name) (#\(absorbed.id), \(absorbed.type)) into \(kept.name) (#\(kept.id), \(kept.type)): "
        note += "\(outcome.mentions) mention(s) and \(outcome.edgesMoved) edge(s) moved, \(outcome.edgesUnified) duplicate edge(s) unified"
        if absorbed.type != kept.type { note += "; kept type \(kept.type)" }
        printNote(note)
    }
}
