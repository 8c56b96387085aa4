/// Tuples a noun phrase states without a verb: possessives (`the museum's director` → the
/// museum has a director) and titles before names (`Senator Ana Ruiz` → Ana Ruiz is Senator).
extension TupleRendering {
    func nominalTuples() -> [OpenIETuple] {
        var result: [OpenIETuple] = []
        let none = Clause(kind: .nominal, predicate: -1, relationWords: [])
        for n in tree.indices {
            if options.possessives, let owner = tree.kid(n, [.nmodPoss]), [.noun, .propn].contains(tree.upos(owner)),
               [.noun, .propn].contains(tree.upos(n)), !tree.isReciprocal(owner) {
                let owned = tree.subtree(n, pruning: Self.argumentPruned.union([.nmodPoss, .acl, .nmod, .conj, .cc, .case]))
                result.append(tuple(.possessive, nil, relation: have(n), arguments: [span(owner, none), text(owned.filter { !tree.isPunct($0) })]))
            }
            if options.possessives, let owner = tree.kid(n, [.nmodPoss]), ["its", "their", "his", "her"].contains(tree.word(owner)),
               [.noun, .propn].contains(tree.upos(n)), let antecedent = possessiveAntecedent(before: owner) {
                // `The firm said its profit rose` → the firm has a profit (the nearest subject before `its`).
                let owned = tree.subtree(n, pruning: Self.argumentPruned.union([.nmodPoss, .acl, .nmod, .conj, .cc, .case]))
                result.append(tuple(.pronounPossessive, nil, relation: have(n),
                                    arguments: [bare(antecedent, none), text(owned.filter { !tree.isPunct($0) && $0 != owner })]))
            }
            if options.adjectives, [.noun].contains(tree.upos(n)) {
                // `a gaping loophole` → the loophole is gaping.
                // A capitalised adjective inside the sentence is part of a name (`the First National Bank`).
                for a in tree.kids(n, [.amod]) where [.adj, .verb].contains(tree.upos(a)) && a < n && tree.children[a].isEmpty
                    && (a == 0 || tree.word(a) == tree.tokens[a].text) {
                    let noun = tree.subtree(n).filter { $0 > a && $0 <= n || tree.is($0, [.compound]) && tree.head($0) == n }
                    result.append(tuple(.adjective, nil, relation: be(n), arguments: [text(noun), written(a)]))
                }
            }
            if options.modifiers, [.noun, .propn].contains(tree.upos(n)) { result += modifierTuples(n) }
            if options.possessives, [.noun, .propn].contains(tree.upos(n)), let owner = ofOwner(n) {
                // `the roof of the station` → the station has a roof.
                let owned = tree.subtree(n, pruning: Self.argumentPruned.union([.nmod, .acl, .conj, .cc, .det, .nmodPoss, .case]))
                result.append(tuple(.ofPossessive, nil, relation: have(n), arguments: [bare(owner, none),
                                                                                       text(owned.filter { !tree.isPunct($0) })]))
            }
            if tree.upos(n) == .propn, !tree.is(n, [.flat, .compound]), let (title, known) = title(of: n) {
                let name = nameWords(n).filter { $0 > title }
                let start = tree.subtree(n).first { tree.kids(n, [.det, .case, .nmodPoss, .punct]).contains($0) == false } ?? title
                guard !name.isEmpty, start <= title else { continue }
                result.append(tuple(known ? .title : .label, nil, relation: be(n, timeless: true),
                                    arguments: [text(name), text(Array(start...title).filter { !tree.isPunct($0) })]))
            }
        }
        return result
    }

    /// `the museum in Lyon` → the museum is in Lyon; `a bridge over the river` → the bridge is
    /// over the river: a noun's prepositional phrase, the noun without it.
    func modifierTuples(_ n: Int) -> [OpenIETuple] {
        let none = Clause(kind: .nominal, predicate: -1, relationWords: [])
        var result: [OpenIETuple] = []
        for m in tree.kids(n, [.nmod]) where [.noun, .propn].contains(tree.upos(m)) {
            guard let marker = tree.kid(m, [.case]), tree.upos(marker) == .adp, tree.kids(m, [.case]).count == 1 else { continue }
            // A predicate noun (`the base is the hall in Lyon`) without its clause.
            let clause = tree.kid(n, [.cop, .nsubj]) != nil ? Self.clauseLevel : []
            let thing = span(n, none, dropping: Set(tree.kids(n, [.case, .cop])),
                             pruning: Self.argumentPruned.union([.nmod, .acl, .conj, .cc]).union(clause))
            let object = span(m, none, dropping: [marker])
            guard !thing.isEmpty, !object.isEmpty else { continue }
            result.append(tuple(tree.upos(m) == .propn ? .namedModifier : .modifier, nil, relation: be(n) + " " + written(marker),
                                arguments: [thing, object]))
        }
        return result
    }

    /// The words of a name: its head and what hangs from it by `flat` or `compound`, all proper nouns.
    func nameWords(_ n: Int) -> [Int] {
        var words = [n], frontier = [n]
        while let top = frontier.popLast() {
            for k in tree.kids(top, [.flat, .compound]) where tree.upos(k) == .propn && !words.contains(k) {
                words.append(k)
                frontier.append(k)
            }
        }
        return words.sorted()
    }

    /// The last title word before a name (`former U.S. Attorney Todd Graves` → `Attorney`), or a
    /// common noun right before it that labels it (`the pianist Ana Ruiz`, `the ship Aurora`);
    /// `known` tells the two apart.
    func title(of name: Int) -> (title: Int, known: Bool)? {
        let before = tree.subtree(name).filter { $0 < name && tree.head($0) == name && tree.is($0, [.compound, .nmod, .amod, .flat]) }
        // An honorific (`Mr.`, `Dr.`) states nothing about the person's role.
        if let title = before.last(where: { options.titleWords.contains(tree.word($0)) }) {
            return ClauseLexicon.honorifics.contains(tree.word(title)) ? nil : (title, true)
        }
        let name = nameWords(name)
        // The label must come before the whole name: a parse can take a word before the label into
        // the name (`Swiss firm Corvo` with `Swiss` a compound of `Corvo`).
        guard let first = name.first, let label = before.last(where: { !name.contains($0) }), tree.upos(label) == .noun, tree.word(label) == tree.tokens[label].text,
              label < first, (label + 1..<first).allSatisfy({ tree.isPunct($0) }) else { return nil }
        return (label, false)
    }

    /// The owner in `the roof of the station`: a definite noun phrase or a name after `of`.
    func ofOwner(_ n: Int) -> Int? {
        tree.kids(n, [.nmod]).first { m in
            guard let marker = tree.kid(m, [.case]), tree.word(marker) == "of", tree.kids(m, [.case]).count == 1 else { return false }
            return tree.upos(m) == .propn || tree.upos(m) == .noun && tree.kids(m, [.det]).contains { ["the", "this", "that", "these", "those"].contains(tree.word($0)) }
        }
    }

    /// What `its`, `their`, `his` or `her` most likely stands for: the nearest subject before it
    /// that is a noun phrase, not a pronoun (a name, for `his` and `her`).
    func possessiveAntecedent(before pronoun: Int) -> Int? {
        let person = ["his", "her"].contains(tree.word(pronoun))
        return tree.indices.filter { $0 < pronoun && tree.is($0, [.nsubj, .nsubjPass]) && (person ? [.propn] : [.noun, .propn]).contains(tree.upos($0)) }.last
    }

    /// `has`, `have` or `had`, by the tense of the verb the phrase hangs from.
    func have(_ noun: Int) -> String {
        let be = be(noun)
        return be == "was" || be == "were" ? "had" : "has"
    }
}
