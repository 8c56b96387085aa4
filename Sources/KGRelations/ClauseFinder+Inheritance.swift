import KGRepair

/// Subjects a clause does not state itself: coordination (`met and thanked`), control
/// (`agreed to aid`, `asked Kyiv to wait`), adverbial and participial clauses, relative
/// clauses (the relative pronoun stands for its noun) and control through nouns
/// (`Romania's decision to send`).
extension ClauseFinder {
    func inherit(into c: inout Clause, built: [Int: Clause]) {
        let p = c.predicate
        guard let h = tree.head(p) else { return }
        if tree.is(p, [.aclRelcl, .advclRelcl]) { relative(&c, antecedent: h); return }
        switch tree.tokens[p].deprel.universal {
        case .conj:
            guard let governor = built[h], governor.subject != nil || !tree.is(h, [.parataxis]) else {
                // A verb the parse coordinated with a noun (`are known as X and can be applied`) shares the subject
                // of the clause that noun is in.
                var v = h
                // A phrase set beside the clause that is no clause itself (`, mainly at right-back ,`) is still in it.
                let boundary = { (v: Int) in
                    tree.is(v, [.acl, .advcl, .ccomp])
                        || tree.is(v, [.parataxis]) && ([.verb, .aux].contains(tree.upos(v)) || tree.kid(v, [.nsubj]) != nil)
                }
                while built[v]?.subject == nil, let up = tree.head(v), !boundary(v) { v = up }
                if [.verb, .aux].contains(tree.upos(p)), let clause = built[v], let s = clause.subject, s < h {
                    c.subject = s
                    c.substitutions.merge(clause.substitutions) { a, _ in a }
                    c.subjectInherited = true
                }
                return
            }
            c.subject = governor.subject
            c.substitutions.merge(governor.substitutions) { a, _ in a }
            c.subjectInherited = true
            c.chain = governor.chain
            if c.kind != .copular && tree.kids(p, [.aux]).isEmpty && [.vb, .vbn, .vbg].contains(tree.tokens[p].xpos) {
                // Shared auxiliaries: `will meet and sign` → `will sign`.
                c.relationWords = (tree.kids(h, [.aux]) + c.relationWords).sorted()
                if governor.kind == .passive { c.kind = .passive }
            }
            if governor.modality != .asserted, c.modality == .asserted { c.modality = governor.modality }
            if governor.speaker != nil, c.speaker == nil { c.speaker = governor.speaker }
            // A phrase fronted before the shared subject (`In 1990 , she sold … and moved`) sets the scene for every conjunct.
            if let s = governor.subject, s < h {
                c.obliques += governor.obliques.filter { $0.head < s && !c.obliques.contains($0) }
            }
        case .xcomp:
            guard let governor = built[h], governor.subject != nil || !tree.is(h, [.parataxis]) else { return }
            // `asked Kyiv to wait`, `let Kyiv wait`: the object acts. After a verb that makes no one
            // else act, the infinitive says what the subject did it for (`left Nordbank to join Vela`).
            let infinitive = tree.kids(p, [.mark]).contains { tree.word($0) == "to" }
            if let object = governor.objects.first, governor.kind != .copular,
               !infinitive || ClauseLexicon.objectControl.contains(tree.lemma(h)) {
                c.subject = object
            } else {
                c.subject = governor.subject
                c.substitutions.merge(governor.substitutions) { a, _ in a }
            }
            c.subjectInherited = true
            control(&c, by: h, governor: governor)
            // `defended plans to end the embargo` with the infinitive hung on the verb: the plan's aim, not a deed.
            if infinitive, governor.objects.contains(where: { ClauseLexicon.planning.contains(tree.lemma($0)) }), c.modality == .asserted {
                c.modality = .planned
            }
        case .parataxis:
            // `He came in , sat down and waited`: a subjectless clause beside another shares its subject.
            guard let governor = built[h], c.subject == nil, p > h, !RepairLexicon.speech.contains(tree.lemma(p)) else { return }
            c.subject = governor.subject
            c.substitutions.merge(governor.substitutions) { a, _ in a }
            c.subjectInherited = true
        case .advcl:
            guard let governor = built[h], c.subject == nil else { return }
            let marker = tree.kids(p, [.mark, .case]).first.map { tree.word($0) }
            // `kept the dog from barking`: what is kept from doing is the object.
            if marker == "from", let object = governor.objects.first, governor.kind != .copular {
                c.subject = object
                c.subjectInherited = true
                return
            }
            // `The sauce is thickened by adding flour`: whoever adds is the passive's unnamed agent, not its subject.
            if marker == "by", governor.kind == .passive { return }
            c.subject = governor.subject
            c.substitutions.merge(governor.substitutions) { a, _ in a }
            c.subjectInherited = true
        case .acl:
            nominalControl(&c, noun: h, built: built)
        default:
            return
        }
    }

    /// Modality and negation flow down a control chain: `refused to send`, `plans to buy`.
    func control(_ c: inout Clause, by h: Int, governor: Clause) {
        c.chain = governor.chain + [h]
        let lemma = tree.lemma(h)
        if governor.negated || ClauseLexicon.negating.contains(lemma) { c.negated = true }
        if ClauseLexicon.planning.contains(lemma) {
            c.modality = .planned
        } else if governor.modality != .asserted && c.modality == .asserted {
            c.modality = governor.modality
        }
        if c.speaker == nil { c.speaker = governor.speaker }
    }

    /// A relative clause: the pronoun (or the gap) stands for the noun it modifies.
    func relative(_ c: inout Clause, antecedent a: Int) {
        let p = c.predicate
        guard [.noun, .propn, .pron, .num].contains(tree.upos(a)) else { return }
        let pronoun = tree.subtree(p).first { i in
            i != p && ClauseLexicon.relativePronouns.contains(tree.word(i))
                && [.wdt, .wp, .wpPossessive, .wrb].contains(tree.tokens[i].xpos)
                && (tree.head(i) == p || tree.head(i).map { tree.head($0) == p } == true)
        } ?? tree.kids(p, [.nsubj, .obj]).first { tree.word($0) == "that" }
        if let pronoun {
            c.substitutions[pronoun] = a
            if c.subject == nil && tree.tokens[pronoun].xpos != .wrb && tree.head(pronoun) == p && !tree.is(pronoun, [.obj, .obl, .advmod]) {
                c.subject = pronoun
            }
        } else if c.subject == nil {
            c.subject = a  // `the man standing there` parsed as a reduced relative
            c.subjectInherited = true
        } else if c.objects.isEmpty && c.kind == .verbal && c.complement == nil {
            c.objects.append(a)  // `the jets Poland bought`
            c.substitutions[a] = a
        }
    }

    /// `Romania's decision to send`, `a plan by Hungary to build`, `the decision of Italy to buy`;
    /// a participle modifying a noun (`missiles made in Ohio`, `troops guarding the border`).
    func nominalControl(_ c: inout Clause, noun n: Int, built: [Int: Clause]) {
        let p = c.predicate
        let infinitive = tree.kids(p, [.mark]).contains { tree.word($0) == "to" }
        guard infinitive else {
            // `the idea of running …` has no subject to give.
            guard c.subject == nil, tree.kid(p, [.mark, .case]) == nil else { return }
            // `Ana became a regular , making her debut in May`: an -ing clause set off by a comma after
            // the object says what the clause's subject did next, not what the object does.
            if tree.tokens[p].xpos == .vbg, let start = tree.subtree(p).first(where: { !tree.isPunct($0) }), start > 0, tree.word(start - 1) == ",",
               tree.is(n, [.obj]), let v = tree.head(n), let governor = built[v], let s = governor.subject {
                c.subject = s
                c.substitutions.merge(governor.substitutions) { a, _ in a }
                c.subjectInherited = true
                return
            }
            c.subject = n
            c.subjectInherited = true
            if tree.tokens[p].xpos == .vbn { c.kind = .passive }
            return
        }
        guard c.subject == nil else { return }
        c.chain = [n]
        if ClauseLexicon.planning.contains(tree.lemma(n)) { c.modality = .planned }
        if let possessor = tree.kid(n, [.nmodPoss]) {
            c.subject = possessor
        } else if let agent = tree.kids(n, [.nmod]).first(where: { m in tree.kid(m, [.case]).map { ["by", "of"].contains(tree.lemma($0)) } == true }) {
            c.subject = agent
        } else if let v = tree.head(n), let governor = built[v], tree.is(n, [.obj, .nsubj, .nsubjPass]) {
            // `Poland made a decision to buy`; `The plan to buy … was approved` has no holder.
            if tree.is(n, [.obj]) {
                c.subject = governor.subject
                c.substitutions.merge(governor.substitutions) { a, _ in a }
            }
        }
        c.subjectInherited = true
    }
}
