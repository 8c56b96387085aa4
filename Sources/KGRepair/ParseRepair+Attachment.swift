import KGCore
import KGLanguage

/// Repairs for attachment errors (a phrase hung on the wrong head, or on the right head by the
/// wrong relation) that need more than a tree pattern: runs of words, whole subtrees, counts.
extension ParseRepair {
    /// `the Lowell , Mass. , bakery` parsed as a coordination, or with the name and the noun
    /// apart: a name between a determiner and a state abbreviation set off by commas, followed by
    /// a common noun, says where that noun's thing is. The noun heads the phrase (taking the name's
    /// place when it hung inside it), the name modifies it and the state is the name's apposition.
    static func townAndStateBeforeNoun(_ tokens: inout [Token], _ tree: DependencyTree) {
        for state in tree.indices where state >= 3 && state + 2 < tokens.count && RepairLexicon.stateAbbreviations.contains(tree.word(state)) {
            let town = state - 2
            guard tree.word(state - 1) == ",", tree.word(state + 1) == ",", tree.upos(town) == .propn else { continue }
            var first = town
            while first > 0, tree.upos(first - 1) == .propn, tree.head(first - 1) == town { first -= 1 }
            let det = first - 1
            guard det >= 0, tree.upos(det) == .det, tree.head(det) == town else { continue }
            var noun = state + 2
            while noun + 1 < tokens.count, [.noun, .adj].contains(tree.upos(noun)), [.noun, .adj].contains(tree.upos(noun + 1)) { noun += 1 }
            guard tree.upos(noun) == .noun else { continue }
            let phrase = det...noun
            if let h = tree.head(noun), phrase.contains(h), !phrase.contains(tokens[town].head) {
                tokens[noun].head = tokens[town].head
                tokens[noun].deprel = tokens[town].deprel
            }
            for k in (state + 2)..<noun where tree.head(k).map({ !phrase.contains($0) }) ?? true {
                tokens[k].head = noun
                tokens[k].deprel = .compound
            }
            tokens[det].head = noun
            tokens[town].head = noun
            tokens[town].deprel = .compound
            tokens[state].head = town
            tokens[state].deprel = .appos
            tokens[state].upos = .propn
            for comma in [state - 1, state + 1] {
                tokens[comma].head = state
                tokens[comma].deprel = .punct
            }
        }
    }

    /// `Russia and North Korea agreed` parsed with two subjects of `agreed`: a later subject that
    /// opens with `and`/`or` is a conjunct of the earlier one.
    static func coordinatedSubjectsReadAsTwo(_ tokens: inout [Token], _ tree: DependencyTree) {
        for verb in tree.indices {
            let subjects = tree.kids(verb, [.nsubj]).sorted()
            guard subjects.count > 1, let first = subjects.first else { continue }
            for second in subjects.dropFirst() where second < verb {
                let opening = tree.subtree(second).first ?? second
                guard tree.is(opening, [.cc]), ["and", "or"].contains(tree.word(opening)) else { continue }
                tokens[second].head = first
                tokens[second].deprel = .conj
            }
        }
    }

    /// `the systems , of which Lima wants seven` parsed as a clause beside the sentence (or as a
    /// conjunct, a complement …): a clause that opens with a wh-pronoun (after a preposition,
    /// perhaps) right after a noun is a relative clause of that noun; and its `of which` beside a
    /// number or quantifier is that number's part (`wants seven of which`).
    static func relativeReadAsParataxis(_ tokens: inout [Token], _ tree: DependencyTree) {
        for p in tree.indices where ![.aclRelcl, .root].contains(tokens[p].deprel) && [.verb, .aux, .adj, .noun].contains(tree.upos(p)) {
            let clause = tree.subtree(p).filter { !tree.isPunct($0) }
            guard let first = clause.first, first > 0 else { continue }
            let pronoun = tree.upos(first) == .adp ? first + 1 : first
            // A clause may end in its preposition (`been to`): then there is no pronoun after it.
            guard clause.contains(pronoun) else { continue }
            // `that` only as the clause's subject (`the law that raised taxes`), where it cannot be a complementiser.
            let word = tree.word(pronoun)
            guard ["who", "which", "whom", "whose"].contains(word) || word == "that" && tree.is(pronoun, [.nsubj]),
                  tree.head(pronoun) == p || tree.head(pronoun).flatMap(tree.head) == p else { continue }
            var antecedent = first - 1
            while antecedent > 0 && tree.isPunct(antecedent) { antecedent -= 1 }
            // The last word of a name stands for the name (`Ana Ruiz , who`).
            if tree.is(antecedent, [.flat, .compound, .fixed]), let h = tree.head(antecedent), h < antecedent { antecedent = h }
            guard [.noun, .propn].contains(tree.upos(antecedent)), !tree.dominates(p, antecedent), antecedent != p else { continue }
            tokens[p].head = antecedent
            tokens[p].deprel = .aclRelcl
            guard tree.kids(pronoun, [.case]).contains(where: { tree.word($0) == "of" }),
                  let part = tree.kids(p, [.obj, .obl, .nsubj]).first(where: { q in
                      q != pronoun && (tree.upos(q) == .num || RepairLexicon.quantifiers.contains(tree.lemma(q)))
                  }) else { continue }
            tokens[pronoun].head = part
            tokens[pronoun].deprel = .nmod
        }
    }

    /// `Having signed the treaty , the ministers flew home` parsed with `signed` as the root and
    /// the main clause as its adverbial: a subjectless participle clause opening the sentence is
    /// the adverbial of the clause after it that has a subject.
    static func participleReadAsMainClause(_ tokens: inout [Token], _ tree: DependencyTree) {
        guard let root = tree.indices.first(where: { tree.head($0) == nil && tree.upos($0) == .verb }),
              tree.kid(root, [.nsubj, .nsubjPass, .csubj]) == nil,
              tree.tokens[root].xpos == .vbg || tree.kids(root, [.aux]).contains(where: { tree.tokens[$0].xpos == .vbg }),
              (tree.subtree(root).first ?? root) <= root,
              let main = tree.kids(root, [.advcl, .parataxis, .conj]).first(where: { m in
                  m > root && tree.upos(m) == .verb && tree.kid(m, [.nsubj, .nsubjPass]) != nil && tree.kid(m, [.mark]) == nil
              }) else { return }
        tokens[main].head = -1
        tokens[main].deprel = .root
        tokens[root].head = main
        tokens[root].deprel = .advcl
        // The sentence's final punctuation goes with the new root.
        for d in tree.children[root] where tree.isPunct(d) && d > main { tokens[d].head = main }
    }

    /// `Arminius , leader of the tribe , fled` parsed as a coordination: a noun joined to a name by
    /// a comma alone, in a coordination with no `and`/`or` anywhere, is an apposition.
    static func appositionReadAsConjunct(_ tokens: inout [Token], _ tree: DependencyTree) {
        let nominal: Set<UPOS> = [.noun, .propn]
        for n in tree.indices where tree.upos(n) == .propn {
            let conjuncts = tree.kids(n, [.conj])
            guard conjuncts.count == 1, let c = conjuncts.first, nominal.contains(tree.upos(c)), c > 1,
                  tree.kid(c, [.cc]) == nil, tree.word(c - 1) == "," || tree.word((tree.subtree(c).first ?? c) - 1) == "," else { continue }
            tokens[c].deprel = .appos
        }
    }

    /// `$ 6.25 a share`, `decliners 1,111 to 349` parsed as appositions: a common-noun or number
    /// phrase straight after a noun or number, with no comma, bracket or dash between, is a
    /// measure phrase of it (UD `nmod:npmod`) and stays in its argument.
    static func measureReadAsApposition(_ tokens: inout [Token], _ tree: DependencyTree) {
        for a in tree.indices where tree.is(a, [.appos]) {
            guard let h = tree.head(a), h < a, tree.upos(a) != .propn, tree.upos(h) != .propn,
                  tree.kid(a, [.case]) == nil,
                  let first = tree.subtree(a).first(where: { !tree.isPunct($0) }), first > 0, !tree.isPunct(first - 1) else { continue }
            tokens[a].deprel = .nmodNpmod
        }
    }
}
