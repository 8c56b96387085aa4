import KGCore
import KGLanguage
import KGRepair

/// Finds the clauses of one parsed sentence: every verb (and copular predicate) with its
/// subject, objects, obliques and complement, subjects inherited through coordination, control
/// (`agreed to aid`), adverbial and participial clauses and relative antecedents; plus nominal
/// predications (`Romania's purchase of jets`, `ties between A and B`) and appositions.
struct ClauseFinder {
    let tree: DependencyTree

    init(_ sentence: Sentence) { tree = DependencyTree(sentence.tokens) }
    init(tokens: [Token]) { tree = DependencyTree(tokens) }

    func clauses() -> [Clause] {
        var built: [Int: Clause] = [:]
        // Heads before dependents, so an inherited subject is already known.
        for p in tree.indices.filter(tree.isPredicate).sorted(by: { tree.depth($0) < tree.depth($1) }) {
            built[p] = verbal(p, built: built)
        }
        var result = built.keys.sorted().compactMap { built[$0] }
        result += nominalisations(built: built)
        result += appositions()
        return result
    }

    /// `is out of the running`, `was out of office`: being out of a thing denies being in it.
    func isOutOf(_ p: Int) -> Bool {
        let markers = tree.kids(p, [.case]).sorted()
        return zip(markers, markers.dropFirst()).contains { tree.word($0) == "out" && tree.word($1) == "of" && $1 == $0 + 1 }
    }

    func verbal(_ p: Int, built: [Int: Clause]) -> Clause {
        let copula = tree.kid(p, [.cop])
        var c = Clause(kind: copula == nil ? .verbal : .copular, predicate: p, relationWords: [])
        // A bad parse can hang a preposition as an auxiliary; only real auxiliaries say the relation.
        var words = tree.kids(p, [.aux, .cop]).filter { tree.upos($0) == .aux || tree.word($0) == "to" }
        words += tree.kids(p, [.advmod]).filter { isNegator($0) }
        words += tree.kids(p, [.compound]).filter { tree.tokens[$0].deprel == .compoundPrt }
        if copula == nil { words.append(p) }
        // Of two subjects (a misparse), the one nearest before the verb.
        let subjects = tree.kids(p, [.nsubj, .csubj])
        c.subject = subjects.last { $0 < p } ?? subjects.first
        // Adverbs inside the verb group (`also bought`, `were readily proven`) and a stranded
        // preposition (`were dealt with`) belong to the relation.
        let groupStart = c.subject ?? (tree.kids(p, [.aux]).min() ?? p) - 1
        words += tree.kids(p, [.advmod]).filter { a in
            tree.upos(a) == .adv && tree.children[a].isEmpty && !isNegator(a) && a > groupStart && a < p
                && !ClauseLexicon.relativePronouns.contains(tree.word(a))
        }
        words += tree.children[p].filter { tree.upos($0) == .adp && tree.children[$0].isEmpty && $0 > p && tree.is($0, [.case, .obl]) }
        // A manner adverb right after the verb or its particle (`died suddenly`, `relies heavily on`).
        let verbEnd = (tree.kids(p, [.compound]).filter { tree.tokens[$0].deprel == .compoundPrt } + [p]).max() ?? p
        words += tree.kids(p, [.advmod]).filter { a in
            a == verbEnd + 1 && tree.upos(a) == .adv && tree.children[a].isEmpty && !isNegator(a)
                && !ClauseLexicon.relativePronouns.contains(tree.word(a))
        }
        c.relationWords = words.sorted()

        if tree.kid(p, [.nsubjPass, .csubjPass, .auxPass]) != nil { c.kind = .passive }
        c.negated = !tree.kids(p, [.advmod]).filter(isNegator).isEmpty
            || [c.subject].compactMap { $0 }.contains(where: hasNegativeDeterminer)
            || copula != nil && isOutOf(p)
        let auxiliaries = tree.kids(p, [.aux])
        if auxiliaries.contains(where: { ClauseLexicon.possibleModals.contains(tree.lemma($0)) }) {
            c.modality = .possible
        } else if auxiliaries.contains(where: { ClauseLexicon.futureAuxiliaries.contains(tree.word($0)) }) {
            c.modality = .planned  // `will face France`: not yet done
        } else if auxiliaries.contains(where: { tree.lemma($0) == "be" }), let to = tree.kid(p, [.mark]), tree.word(to) == "to" {
            c.modality = .planned  // `is to pay`: arranged, not yet done
        }
        if tree.kids(p, [.mark]).contains(where: { ClauseLexicon.conditionMarkers.contains(tree.word($0)) }) {
            c.modality = .possible  // `if he beats Berg`: a condition, not an event
        }

        if copula != nil {
            if let marker = tree.kid(p, [.case]) {
                c.obliques.append(.init(head: p, marker: marker))
            } else {
                c.objects.append(p)
            }
        }
        // An object that opens with a preposition (`rose to five pence` with `to` on `five`) is an oblique.
        for o in tree.kids(p, [.iobj, .obj]) {
            if let marker = openingCase(o) { c.obliques.append(.init(head: o, marker: marker)) } else { c.objects.append(o) }
        }
        if c.objects.isEmpty, copula == nil {
            c.objects = tree.kids(p, [.appos]).filter { $0 > p }  // `include : A , B` misparsed as an apposition
        }
        c.negated = c.negated || c.objects.contains(where: hasNegativeDeterminer)
        for x in tree.kids(p, [.xcomp]) where !tree.isPredicate(x) {
            c.objects.append(x)  // `became a justice`, `seems ready`
        }
        // A time phrase built on an adverb (`two years later`, `a week ago`) is an oblique too.
        let measuredAdverbs = tree.kids(p, [.advmod]).filter { a in
            tree.upos(a) == .adv && tree.kids(a, [.obl, .nmod]).contains { tree.kid($0, [.case]) == nil && $0 < a }
        }
        for o in tree.kids(p, [.obl, .advcl]) + measuredAdverbs {
            // A clause of its own; but one that says how or when (`by adding salt`, `after winning`) is an argument as well.
            // So is a question or free relative after a preposition (`depends on what he does`).
            if tree.is(o, [.advcl]) && tree.isPredicate(o) && !tree.kids(o, [.mark]).contains(where: { m in
                ClauseLexicon.meansAndTimeMarkers.contains(tree.word(m))
                    || tree.indices.contains(m + 1) && ClauseLexicon.whWords.contains(tree.word(m + 1)) && tree.dominates(o, m + 1)
            }) { continue }
            let marker = tree.kid(o, [.case]) ?? (tree.is(o, [.advcl]) ? tree.kid(o, [.mark]) : openingCase(o))
            if tree.tokens[o].deprel == .oblAgent || marker.map({ tree.lemma($0) == "by" }) == true && c.kind == .passive {
                c.agent = o
                continue
            }
            if let marker, isAccordingTo(marker) {
                c.speaker = o
                continue
            }
            if ClauseLexicon.relativePronouns.contains(tree.word(o)), tree.is(o, [.advmod]) { continue }
            c.obliques.append(.init(head: o, marker: marker))
        }
        if let complement = tree.kid(p, [.ccomp, .csubj]).flatMap({ $0 == c.subject ? nil : $0 }) {
            c.complement = .init(head: complement, marker: tree.kid(complement, [.mark]))
        } else if tree.is(p, [.parataxis]), RepairLexicon.speech.contains(tree.lemma(p)), let said = tree.head(p), c.objects.isEmpty {
            c.complement = .init(head: said, marker: nil)  // `…, he added`
        } else if RepairLexicon.speech.contains(tree.lemma(p)), subjects.count > 1, let quoted = subjects.first(where: { $0 != c.subject }) {
            c.complement = .init(head: quoted, marker: nil)  // `S , officials said` misparsed with S's subject as a second subject
        }
        if c.objects.isEmpty && copula == nil { c.objects = sharedObjects(p) }

        c.reciprocal = tree.kids(p, [.advmod]).contains { ClauseLexicon.reciprocalAdverbs.contains(tree.word($0)) }
            || (c.objects + c.obliques.map(\.head)).contains { isReciprocal($0) || tree.kids($0, [.nmodPoss, .det]).contains(where: isReciprocal) }
        if c.subject == nil || tree.is(p, [.acl]) { inherit(into: &c, built: built) }
        attribute(&c, built: built)
        return c
    }

    /// Objects coordinated verbs share (`buy and sell shares`): the parse hangs them on one
    /// conjunct; they belong to every conjunct before them that has no object of its own.
    func sharedObjects(_ p: Int) -> [Int] {
        var partners = tree.kids(p, [.conj]).filter { tree.upos($0) == .verb && tree.kid($0, [.nsubj]) == nil }
        if tree.is(p, [.conj]), tree.kid(p, [.nsubj]) == nil, let h = tree.head(p), tree.upos(h) == .verb { partners.append(h) }
        for k in partners {
            // Only verbs that stand bare side by side share (`buy and sell stocks`), not a verb with a
            // phrase of its own before the next one (`toured the world and earned a nickname`).
            let (before, after) = (min(p, k), max(p, k))
            if tree.children[before].contains(where: { $0 > before && $0 < after && tree.is($0, [.obj, .iobj, .obl, .xcomp, .ccomp, .advcl]) }) { continue }
            let objects = tree.kids(k, [.obj]).filter { $0 > p && $0 > k }
            if !objects.isEmpty { return objects }
        }
        return []
    }

    /// A preposition the parse hung inside its phrase (`from 8 % to 9 %` with `from` on `8`):
    /// the phrase's first word, when it is a `case` of a word within it.
    func openingCase(_ o: Int) -> Int? {
        guard let first = tree.subtree(o).first, first < o, tree.upos(first) == .adp, tree.is(first, [.case]),
              tree.children[first].isEmpty, let h = tree.head(first),
              tree.tokens[h].deprel != .nmod else { return nil }  // not a fronted part (`of which … four`)
        return first
    }

    /// `not`, `n't`, `never`, and `no longer`.
    func isNegator(_ i: Int) -> Bool {
        let word = tree.word(i)
        if ClauseLexicon.negators.contains(word) || ClauseLexicon.negators.contains(tree.lemma(i)) { return true }
        return (word == "longer" || word == "more") && tree.kids(i, [.advmod, .det]).contains { tree.word($0) == "no" }
    }

    /// `no country`, `neither side`.
    func hasNegativeDeterminer(_ i: Int) -> Bool {
        tree.kids(i, [.det]).contains { ["no", "neither"].contains(tree.word($0)) }
    }

    func isReciprocal(_ i: Int) -> Bool { tree.isReciprocal(i) }

    func isAccordingTo(_ marker: Int) -> Bool {
        tree.word(marker) == "according"
    }

    /// Reported speech: the complement of a verb of saying, or a clause with `…, he said` beside it.
    func attribute(_ c: inout Clause, built: [Int: Clause]) {
        let p = c.predicate
        if let h = tree.head(p), tree.is(p, [.ccomp]), RepairLexicon.speech.contains(tree.lemma(h)), let said = built[h] {
            c.speaker = said.subject
            if tree.lemma(h) == "deny" { c.negated = true }
            if c.modality == .asserted { c.modality = .reported }
        }
        for k in tree.kids(p, [.parataxis]) where RepairLexicon.speech.contains(tree.lemma(k)) {
            if let speaker = tree.kid(k, [.nsubj]) {
                c.speaker = speaker
                if c.modality == .asserted { c.modality = .reported }
            }
        }
        if c.speaker != nil, c.modality == .asserted { c.modality = .reported }
        // `claims that the army worked in Norland`, `fears that …`, `the ministry's denial that it was involved`:
        // what a noun of saying or supposing holds is no plain fact.
        if tree.is(p, [.acl, .ccomp]), let n = tree.head(p), tree.upos(n) == .noun, tree.kids(p, [.mark]).contains(where: { tree.word($0) == "that" }) {
            let noun = tree.lemma(n)
            if ClauseLexicon.denyingNouns.contains(noun) { c.negated = true }
            if ClauseLexicon.supposingNouns.contains(noun) {
                if c.modality == .asserted || c.modality == .reported { c.modality = .possible }
            } else if ClauseLexicon.sayingNouns.contains(noun), c.modality == .asserted {
                c.modality = .reported
            }
        }
    }
}
