/// Tuples a noun phrase states without a verb: possessives (`the museum's director` → the
/// museum has a director) and titles before names (`Senator Ana Ruiz` → Ana Ruiz is Senator).
extension TupleRendering {
    func nominalTuples() -> [OpenIETuple] {
        var result: [OpenIETuple] = []
        let none = Clause(kind: .nominal, predicate: -1, relationWords: [])
        for n in tree.indices {
            if options.possessives, let owner = tree.kid(n, ["nmod:poss"]), ["NOUN", "PROPN"].contains(tree.upos(owner)),
               ["NOUN", "PROPN"].contains(tree.upos(n)), !tree.isReciprocal(owner) {
                let owned = tree.subtree(n, pruning: Self.argumentPruned.union(["nmod:poss", "acl", "nmod", "conj", "cc", "case"]))
                result.append(OpenIETuple(relation: have(n), arguments: [span(owner, none), text(owned.filter { !tree.isPunct($0) })],
                                          confidence: 0.3))
            }
            if options.adjectives, ["NOUN"].contains(tree.upos(n)) {
                // `a gaping loophole` → the loophole is gaping.
                for a in tree.kids(n, ["amod"]) where tree.upos(a) == "ADJ" && a < n && tree.children[a].isEmpty {
                    let noun = tree.subtree(n).filter { $0 > a && $0 <= n || tree.is($0, ["compound"]) && tree.head($0) == n }
                    result.append(OpenIETuple(relation: be(n), arguments: [text(noun), written(a)], confidence: 0.2))
                }
            }
            if tree.upos(n) == "PROPN", !tree.is(n, ["flat", "compound"]), let title = title(of: n) {
                let name = nameWords(n).filter { $0 > title }
                let start = tree.subtree(n).first { tree.kids(n, ["det", "case", "nmod:poss", "punct"]).contains($0) == false } ?? title
                guard !name.isEmpty, start <= title else { continue }
                result.append(OpenIETuple(relation: be(n), arguments: [text(name), text(Array(start...title).filter { !tree.isPunct($0) })],
                                          confidence: 0.45))
            }
        }
        return result
    }

    /// The words of a name: its head and what hangs from it by `flat` or `compound`, all proper nouns.
    func nameWords(_ n: Int) -> [Int] {
        var words = [n], frontier = [n]
        while let top = frontier.popLast() {
            for k in tree.kids(top, ["flat", "compound"]) where tree.upos(k) == "PROPN" && !words.contains(k) {
                words.append(k)
                frontier.append(k)
            }
        }
        return words.sorted()
    }

    /// The last title word before a name (`former U.S. Attorney Todd Graves` → `Attorney`).
    func title(of name: Int) -> Int? {
        let before = tree.subtree(name).filter { $0 < name && tree.head($0) == name && tree.is($0, ["compound", "nmod", "amod", "flat"]) }
        return before.last { options.titleWords.contains(tree.word($0)) }
    }

    /// `has`, `have` or `had`, by the tense of the verb the phrase hangs from.
    func have(_ noun: Int) -> String {
        let be = be(noun)
        return be == "was" || be == "were" ? "had" : "has"
    }
}
