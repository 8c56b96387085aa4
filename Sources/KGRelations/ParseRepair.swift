import KGLanguage

/// Repairs for attachment errors a greedy parser makes often enough to cost facts, applied
/// before clauses are read. Each repair names the pattern it undoes.
enum ParseRepair {
    static func repaired(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        adjectiveReadAsComplement(&tokens)
        coordinatedSubjectsReadAsTwo(&tokens)
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

    /// `Russia and North Korea agreed` parsed with two subjects of `agreed`: a later subject that
    /// opens with `and`/`or` is a conjunct of the earlier one.
    static func coordinatedSubjectsReadAsTwo(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for verb in tree.indices {
            let subjects = tree.kids(verb, ["nsubj"]).sorted()
            guard subjects.count > 1, let first = subjects.first else { continue }
            for second in subjects.dropFirst() where second < verb {
                let opening = tree.subtree(second).first ?? second
                guard tree.is(opening, ["cc"]), ["and", "or"].contains(tree.word(opening)) else { continue }
                tokens[second].head = first
                tokens[second].deprel = "conj"
            }
        }
    }
}
