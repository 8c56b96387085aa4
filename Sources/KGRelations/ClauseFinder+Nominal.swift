import KGCore
import KGLanguage

/// Predications without a verb: nominalisations (`Poland's purchase of jets`, `the shelling of
/// Kharkiv by Russia`), relational nouns with `between` (`talks between Kyiv and Warsaw`) and
/// appositions (`Ana Ruiz, director of the museum`).
extension ClauseFinder {
    func nominalisations(built: [Int: Clause]) -> [Clause] {
        var result: [Clause] = []
        for n in tree.indices where tree.upos(n) == .noun && !tree.isPredicate(n) {
            let nmods = tree.kids(n, [.nmod]).compactMap { m in tree.kid(m, [.case]).map { (head: m, marker: $0) } }
            if let between = nmods.first(where: { tree.lemma($0.marker) == "between" || tree.lemma($0.marker) == "among" }) {
                let sides = tree.conjuncts(between.head)
                guard sides.count >= 2 else { continue }
                var c = Clause(kind: .nominal, predicate: n, relationWords: [n])
                c.subject = sides[0]
                c.reciprocal = true
                result.append(c)
                continue
            }
            let lemma = tree.lemma(n)
            let gerund = tree.word(n).hasSuffix("ing")
            guard RelationVocabulary.relation(noun: lemma) != nil || gerund else { continue }
            let holder = tree.kid(n, [.nmodPoss]) ?? nmods.first { tree.lemma($0.marker) == "by" }?.head
            guard let holder, !isReciprocal(holder) else { continue }
            var c = Clause(kind: .nominal, predicate: n, relationWords: [n])
            c.subject = holder
            for m in nmods where m.head != holder {
                if tree.lemma(m.marker) == "of" {
                    c.objects.append(m.head)
                } else {
                    c.obliques.append(.init(head: m.head, marker: m.marker))
                }
            }
            guard !c.objects.isEmpty || !c.obliques.isEmpty else { continue }
            if let v = tree.head(n), let governor = built[v] {
                // `would not oppose the purchase of X by Y`: the verb is denied, the event it is about
                // is only proposed (unless the verb itself denies it: `refused the sale`).
                if governor.negated && !ClauseLexicon.negating.contains(tree.lemma(v)) {
                    c.modality = .possible
                } else {
                    c.negated = governor.negated || ClauseLexicon.negating.contains(tree.lemma(v)) && RelationVocabulary.relation(noun: tree.lemma(n))?.relation != "bid"
                    c.modality = governor.modality
                }
                c.speaker = governor.speaker
            }
            result.append(c)
        }
        return result
    }

    /// `NAME, ROLE` and `ROLE, NAME`: the name is the subject, the role noun phrase the object.
    func appositions() -> [Clause] {
        var result: [Clause] = []
        for a in tree.indices where tree.is(a, [.appos]) {
            guard let n = tree.head(a) else { continue }
            let names: [UPOS] = [.propn]
            let (subject, role): (Int, Int)
            if names.contains(tree.upos(n)) && !names.contains(tree.upos(a)) {
                (subject, role) = (n, a)
            } else if names.contains(tree.upos(a)) && tree.upos(n) == .noun {
                (subject, role) = (a, n)
            } else if [.noun, .propn].contains(tree.upos(n)) && [.noun, .propn, .num].contains(tree.upos(a)) {
                (subject, role) = (n, a)  // `Lyon , the city`, `the mayor , 66`
            } else {
                continue
            }
            var c = Clause(kind: .apposition, predicate: role, relationWords: [])
            c.subject = subject
            c.objects = [role]
            result.append(c)
        }
        return result
    }
}
