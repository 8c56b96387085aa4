import KGCore
import KGLanguage

/// The parse repair stage: undoes errors a greedy parser makes often enough to cost entities and
/// facts, once per sentence, after parsing and before anything reads the tree.
///
///     models.annotate(&sentence)
///     let fired = ParseRepair().repair(&sentence)   // ["verbReadAsNoun"]: names of the rules that changed it
///
/// The rules run in the order of `ParseRepair.rules`, each on the tree the ones before it left;
/// later rules count on earlier ones (a noun made a verb gets its clause's relations fixed after).
public struct ParseRepair: Sendable {
    public let rules: [RepairRule]

    public init(rules: [RepairRule] = ParseRepair.rules) { self.rules = rules }

    /// Repairs the sentence's tokens in place and returns the names of the rules that changed them.
    @discardableResult
    public func repair(_ sentence: inout Sentence) -> [String] {
        var fired: [String] = []
        sentence.tokens = repaired(sentence.tokens) { fired.append($0.name) }
        return fired
    }

    /// The tokens with every rule applied; `fired` hears each rule that changed them.
    public func repaired(_ tokens: [Token], fired: (RepairRule) -> Void = { _ in }) -> [Token] {
        var tokens = tokens
        // Most rules change nothing, so the tree is built once and rebuilt only after one did. The
        // tree's tokens are the ones the rule started from. No other copy is kept: a second
        // reference to the buffer would make every rule copy it, written to or not (the optimiser
        // moves the copy out of the rule's loop).
        var tree = DependencyTree(tokens)
        for rule in rules {
            rule.apply(&tokens, tree)
            if Self.parseDiffers(tokens, tree.tokens) {
                fired(rule)
                tree = DependencyTree(tokens)
            }
        }
        return tokens
    }

    /// Whether a tag, head or relation differs: the fields rules write, compared without the words.
    static func parseDiffers(_ tokens: [Token], _ original: [Token]) -> Bool {
        // By index, field by field: iterating the tokens themselves would copy (and retain) each.
        tokens.indices.contains { i in
            tokens[i].head != original[i].head || tokens[i].deprel != original[i].deprel
                || tokens[i].upos != original[i].upos || tokens[i].xpos != original[i].xpos
        }
    }
}
