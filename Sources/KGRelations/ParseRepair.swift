import KGLanguage

/// Repairs for attachment errors a greedy parser makes often enough to cost facts, applied
/// before clauses are read. Each repair names the pattern it undoes.
enum ParseRepair {
    static func repaired(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        adjectiveReadAsComplement(&tokens)
        return tokens
    }

    /// `briefed Ukrainian President Zelenskyy` parsed as briefed –xcomp→ Ukrainian –obl→ Zelenskyy:
    /// an adjective complement whose only nominal is a bare (preposition-less) oblique right after
    /// it is really a modifier of that noun, and the noun the verb's object.
    static func adjectiveReadAsComplement(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for a in tree.indices where tokens[a].upos == "ADJ" && tree.is(a, ["xcomp"]) {
            guard let verb = tree.head(a), tree.upos(verb) == "VERB", tree.kid(verb, ["obj"]) == nil,
                  tree.kid(a, ["cop"]) == nil,
                  let noun = tree.kids(a, ["obl"]).first(where: { $0 > a && tree.kid($0, ["case"]) == nil }),
                  ["NOUN", "PROPN"].contains(tree.upos(noun)),
                  ((a + 1)..<noun).allSatisfy({ tree.dominates(noun, $0) }) else { continue }
            tokens[noun].head = verb
            tokens[noun].deprel = "obj"
            tokens[a].head = noun
            tokens[a].deprel = "amod"
        }
    }
}
