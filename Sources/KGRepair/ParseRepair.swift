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
        for rule in rules {
            // A rule that writes nothing leaves the buffer shared, so the comparison is free then.
            let before = tokens
            rule.apply(&tokens)
            if tokens != before { fired(rule) }
        }
        return tokens
    }
}
