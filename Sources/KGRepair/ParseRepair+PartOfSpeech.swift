import KGCore
import KGLanguage

/// Repairs for tagging errors that the parse then builds on (verbs read as nouns, nouns read as
/// verbs) that need more than a tree pattern.
extension ParseRepair {
    /// `The plant produces glass` with `produces` tagged a plural noun: a noun that has a
    /// subject right before it but no copula, or has an auxiliary, is a verb; so is the root of a
    /// sentence with no predicate at all when it is a plural noun after a noun phrase
    /// (`The choir performs in Lyon` parsed as one long noun phrase).
    static func verbReadAsNoun(_ tokens: inout [Token], _ tree: DependencyTree) {
        for n in tree.indices where tree.upos(n) == .noun && tree.kid(n, [.cop]) == nil {
            let subject: Int
            if tree.kid(n, [.aux]) != nil, let s = tree.kids(n, [.nsubj]).last(where: { $0 < n }) {
                subject = s
            } else if let s = tree.kids(n, [.nsubj]).last(where: { $0 < n }), tokens[n].xpos == .nns,
                      let end = tree.subtree(s).last, ((end + 1)..<n).allSatisfy({ tree.upos($0) == .adv }) {
                subject = s
            } else if tree.head(n) == nil, tokens[n].xpos == .nns, !tree.indices.contains(where: tree.isPredicate),
                      let s = tree.children[n].last(where: { $0 < n && [.noun, .propn, .num].contains(tree.upos($0)) }),
                      tree.children[n].contains(where: { $0 > n && [.nmod, .obl, .obj, .advmod].contains(tree.tokens[$0].deprel.universal) }) {
                subject = s
                for d in tree.children[n] where d < s { tokens[d].head = s }
            } else {
                continue
            }
            tokens[n].upos = .verb
            tokens[n].xpos = tree.kid(n, [.aux]) != nil ? .vb : .vbz
            tokens[subject].deprel = .nsubj
            for d in tree.children[n] where tree.is(d, [.nmod]) && d > n {
                tokens[d].deprel = tree.kid(d, [.case]) == nil ? .obj : .obl
            }
            for d in tree.children[n] where tokens[d].deprel == .acl && d > n {
                tokens[d].deprel = tree.kids(d, [.mark]).contains { tree.word($0) == "to" } ? .xcomp : .advcl  // `plans to hire`
            }
        }
    }

    /// `In May , demand for steel has risen` with `demand` tagged a base-form verb heading the
    /// sentence and `has risen` hung on it without a subject: a root verb in its base form with no
    /// subject, auxiliary or complementiser, followed by a clause of its own that has an auxiliary
    /// but no subject, is a noun, that clause's subject; that clause heads the sentence.
    static func nounReadAsVerb(_ tokens: inout [Token], _ tree: DependencyTree) {
        guard let r = tree.indices.first(where: { tree.head($0) == nil }), tokens[r].xpos == .vb,
              tree.kid(r, [.nsubj, .nsubjPass, .aux, .mark, .obj]) == nil,
              let v = tree.kids(r, [.advcl, .conj, .ccomp, .parataxis]).first(where: { $0 > r }),
              tree.upos(v) == .verb, tree.kid(v, [.aux, .auxPass]) != nil, tree.kid(v, [.nsubj, .nsubjPass, .mark, .cc]) == nil,
              ((r + 1)..<(tree.subtree(v).first ?? v)).allSatisfy({ tree.dominates(r, $0) }) else { return }
        tokens[v].head = -1
        tokens[v].deprel = .root
        tokens[r].head = v
        tokens[r].deprel = .nsubj
        tokens[r].upos = .noun
        tokens[r].xpos = .nn
        for d in tree.children[r] where d != v {
            if d < r, !tree.isPunct(d) {
                tokens[d].head = v  // `In May`: the fronted phrase is the clause's
            } else if tree.is(d, [.obl]) {
                tokens[d].deprel = .nmod  // `demand for steel`
            } else if tree.isPunct(d) && d > v {
                tokens[d].head = v
            }
        }
    }

    /// `After the storm , Lake Creek enters the valley` with `enters` tagged a plural noun whose
    /// `compound` is the name before it and whose `obj` is the valley: a noun with an object is a
    /// verb, the nominal just before it its subject. When the parse made it a conjunct inside a
    /// subordinate clause that heads the sentence (`Upon exiting …`), it heads the sentence instead.
    static func nounWithAnObject(_ tokens: inout [Token], _ tree: DependencyTree) {
        var tree = tree
        let finite: Set<XPOS> = [.vbz, .vbd, .vbp, .md]
        for n in tree.indices where tree.upos(n) == .noun && [.nns, .nn].contains(tokens[n].xpos) {
            guard tree.kid(n, [.det, .nmodPoss, .case, .cop]) == nil,
                  let subject = tree.kids(n, [.compound, .nsubj]).last(where: { $0 == n - 1 }),
                  [.noun, .propn].contains(tree.upos(subject)) else { continue }
            // What only a verb has: an object; a subordinator (`whereas the firm produces …`); or, in a
            // sentence without any finite verb, a prepositional phrase (`the academy specializes in …`).
            let object = tree.kid(n, [.obj]).map { $0 > n } ?? false
            let subordinate = tree.kids(n, [.mark]).contains { $0 < subject && tree.upos($0) == .sconj }
            let verbless = tokens[n].xpos == .nns && !tree.indices.contains { finite.contains(tokens[$0].xpos) }
                && tree.kids(n, [.nmod]).contains { $0 > n && tree.kid($0, [.case]) != nil }
            guard object || subordinate || verbless else { continue }
            tokens[n].upos = .verb
            tokens[n].xpos = tokens[n].xpos == .nns ? .vbz : .vbp
            tokens[subject].deprel = .nsubj
            for d in tree.children[n] where d < subject && !tree.is(d, [.mark, .cc]) { tokens[d].head = subject }
            for d in tree.children[n] where d > n {
                if tree.is(d, [.nmod]) { tokens[d].deprel = tree.kid(d, [.case]) == nil ? .obj : .obl }
                if tree.is(d, [.conj]), tree.kid(d, [.cc]) == nil, subordinate, !object { tokens[d].deprel = .obj }  // `produces | effects`
            }
            // `A , B and C Academy specializes in …` parsed as one more conjunct of A: the coordination is its subject.
            if tree.is(n, [.conj]), let first = tree.head(n), tree.head(first) == nil, verbless {
                tokens[n].head = -1
                tokens[n].deprel = .root
                tokens[first].head = n
                tokens[first].deprel = .nsubj
                tokens[subject].head = first
                tokens[subject].deprel = .conj
                for d in tree.children[n] where d < subject && tree.is(d, [.cc]) { tokens[d].head = subject }
                for d in tree.children[first] where d > n { tokens[d].head = n }
            }
            // Nominal conjuncts the parse hung on the noun it took the verb for belong to its phrase (`in : A , B , and C`).
            if verbless, let phrase = tree.kids(n, [.nmod]).first(where: { $0 > n }) {
                tree = DependencyTree(tokens)
                for d in tree.children[n] where d > phrase && tree.is(d, [.conj]) && [.noun, .propn].contains(tree.upos(d)) {
                    tokens[d].head = phrase
                }
            }
            tree = DependencyTree(tokens)
            guard let root = tree.indices.first(where: { tree.head($0) == nil }), root != n, tree.kid(root, [.mark]) != nil,
                  tree.is(n, [.conj]), tree.dominates(root, n) else { continue }
            tokens[n].head = -1
            tokens[n].deprel = .root
            tokens[root].head = n
            tokens[root].deprel = .advcl
            for d in tree.children[root] where d > n && (tree.is(d, [.conj]) || tree.isPunct(d)) { tokens[d].head = n }
            tree = DependencyTree(tokens)
        }
    }
}
