import KGExport
import KGStore

/// The shell's `dot` output: the selected subgraph through KGExport's DOT writer, with the
/// supporting sentences as edge tooltips.
enum DOTRendering {
    static func render(_ subgraph: Subgraph, store: Store) throws -> String {
        try DOTWriter().write(subgraph, from: store)
    }
}
