import KGCore
import KGLanguage

/// One rule of the parse repair stage: a parser error it recognises and the tree it rewrites it
/// to. `name` is what `kg extract --parse --trace-repairs` prints when the rule changes a parse.
public struct RepairRule: Sendable {
    public let name: String
    /// What the rule undoes, in one line.
    public let summary: String
    /// A phrase the parser gets wrong in the way the rule undoes.
    public let example: String
    /// Rewrites the tokens in place; the tree is theirs as the rule finds them, built once by the
    /// stage and rebuilt only after a rule changed them.
    let apply: @Sendable (inout [Token], DependencyTree) -> Void

    init(_ name: String, _ summary: String, example: String, apply: @escaping @Sendable (inout [Token], DependencyTree) -> Void) {
        self.name = name
        self.summary = summary
        self.example = example
        self.apply = apply
    }

    init(_ name: String, _ summary: String, example: String, pattern: TreePattern) {
        self.init(name, summary, example: example, apply: pattern.apply)
    }
}
