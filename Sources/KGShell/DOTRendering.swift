import KGExport
import KGStore

/// The shell's `dot` output: the selected subgraph through KGExport's DOT writer, drawn as the
/// session's `.draw` settings say.
enum DOTRendering {
    static func render(_ subgraph: Subgraph, store: Store, options: DOTOptions) throws -> String {
        try DOTWriter(options: options).write(subgraph, from: store)
    }
}
