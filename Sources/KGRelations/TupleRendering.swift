import KGCore
import KGLanguage
import KGRepair

/// Renders a clause as open-IE tuples over the sentence's own words.
struct TupleRendering {
    let sentence: Sentence
    let tree: DependencyTree
    let options: OpenIE.Options
    /// The sentence as written, to give each token its original spelling (`-LRB-`, ``` `` ```).
    let scalars: [Unicode.Scalar]

    init(sentence: Sentence, options: OpenIE.Options) {
        self.sentence = sentence
        self.tree = DependencyTree(sentence.tokens)
        self.options = options
        self.scalars = Array(sentence.text.unicodeScalars)
    }

    /// What hangs on a predicate as part of its clause rather than of its phrase.
    static let clauseLevel: DependencyRelations = [.nsubj, .cop, .aux, .mark, .cc, .conj, .obl, .advcl, .csubj, .ccomp, .expl, .parataxis, .punct, .discourse]

    /// Branches left out of an argument: clauses that are tuples of their own.
    static let argumentPruned: DependencyRelations = [.aclRelcl, .advclRelcl, .appos, .parataxis, .dep]

    func tuples(_ c: Clause) -> [OpenIETuple] {
        guard let subject = c.subject else { return [] }
        switch c.kind {
        case .nominal: return []
        case .apposition:
            guard options.appositions else { return [] }
            var pair = [subject, c.predicate].sorted()
            // Without a comma, bracket or quotation mark between them the two are one name (`Attack
            // Squadron 209`) or a role before a name (`vocalist Ana Ruiz`), said name first like a title.
            let dependent = tree.head(c.predicate) == subject ? c.predicate : subject
            let start = tree.subtree(dependent).first { !tree.isPunct($0) } ?? dependent
            // A quoted name right after its noun (`the film `` Aurora ''`) is set off by nothing but its quotes.
            let quotedName = start > 1 && opensQuote(start - 1) && !tree.isPunct(start - 2)
            let noun = dependent == subject ? c.predicate : subject
            if quotedName {
                guard tree.upos(noun) == .noun, noun < dependent else { return [] }
                pair = [dependent, noun]
            } else if start == 0 || !tree.isPunct(start - 1) {
                guard tree.upos(c.predicate) == .noun, tree.upos(subject) == .propn, c.predicate < subject else { return [] }
                pair = [subject, c.predicate]
            }
            let (first, second) = (bare(pair[0], c), bare(pair[1], c))
            guard !first.isEmpty, !second.isEmpty else { return [] }
            let located = isPlaceAfterName(pair[1], second, after: pair[0])
            return [tuple(.apposition, c, relation: be(pair[0], timeless: true) + (located ? " in" : ""), arguments: [first, second])]
        default: break
        }
        // A governing verb with nothing of its own is said through its complement (`agreed to aid`).
        // So is one whose complement is a copula (`was considered to be the saint`).
        if c.objects.isEmpty && c.complement == nil && c.kind != .copular,
           tree.kids(c.predicate, [.xcomp]).contains(where: { [.verb, .aux].contains(tree.upos($0)) || tree.kid($0, [.cop]) != nil }) {
            return []
        }
        // So is an adjective with nothing but a verb complement (`were able to leave`).
        if c.kind == .copular, tree.upos(c.predicate) == .adj, c.objects == [c.predicate], c.obliques.isEmpty,
           tree.kids(c.predicate, [.xcomp]).contains(where: { [.verb, .aux].contains(tree.upos($0)) }) {
            return []
        }
        var relation = chainWords(c) + c.relationWords
        var arguments: [String] = []
        // A subject taken from a prepositional phrase (`most of the songs , written by …`) leaves its preposition behind.
        var arg1 = span(subject, c, dropping: Set(tree.kids(subject, [.case])))
        guard !arg1.isEmpty else { return [] }
        // `there were riots in Lima`: `there` opens the tuple and what exists is its object.
        let existential = tree.kid(c.predicate, [.expl]).map { tree.word($0) == "there" && $0 < c.predicate && subject > c.predicate } ?? false
        if existential, let there = tree.kid(c.predicate, [.expl]) {
            arguments.append(arg1)
            arg1 = written(there)
        }
        var objectHeads = c.objects
        // The predicate nominal of a copula, without what the clause hangs on it.
        let clauseLevel = Set(tree.kids(c.predicate, Self.clauseLevel.union([.advmod]))
            .filter { !(tree.is($0, [.advmod]) && $0 > c.predicate) })
        if c.kind == .copular, let predicate = c.objects.first, predicate == c.predicate {
            objectHeads.removeFirst()
            if tree.upos(predicate) == .adj, c.obliques.contains(where: { $0.head > predicate && $0.marker != nil }) {
                relation.append(predicate)  // `is familiar with | she | the law`: the adjective and its preposition
            } else {
                arguments.append(span(predicate, c, dropping: clauseLevel.union(relation)))
            }
        }
        for o in objectHeads { arguments.append(span(o, c)) }
        // A passive's agent is an argument like any other (`was founded by | the school | a group`).
        var obliques = (c.obliques + [c.agent].compactMap { $0 }.map { a in Clause.Oblique(head: a, marker: tree.kid(a, [.case])) })
            .sorted { $0.head < $1.head }
        var splitOblique: (head: Int, dropped: Set<Int>)?
        // What a speaker after a quotation says comes before any phrase the parse hung on the verb
        // (`“…,” said Ana Ruiz , head of Lyon Bus Co.` with `Co.` on `said`).
        if arguments.isEmpty, let complement = c.complement, let reported = reportedBefore(c, complement.head) {
            arguments.append(reported)
        }
        // The first oblique after the verb joins the relation (`led to`); a fronted one (`In 1990 , …`) stays an argument.
        // (A copula's own predicate with a preposition, `is at the hall`, counts as after the verb.)
        if arguments.isEmpty, let at = obliques.firstIndex(where: { $0.head > c.predicate || $0.head == c.predicate && $0.marker != nil }) {
            let first = obliques.remove(at: at)
            if let marker = first.marker {
                relation.append(marker)
                relation += tree.kids(marker, [.fixed])
            }
            let drop = Set([first.marker].compactMap { $0 }).union(first.head == c.predicate ? clauseLevel : [])
            arguments.append(span(first.head, c, dropping: drop.union(relation)))
            if first.head != c.predicate { splitOblique = (first.head, drop.union(relation)) }
        }
        if arguments.isEmpty, let complement = c.complement {
            if let marker = complement.marker { relation.append(marker) }
            arguments.append(span(complement.head, c, dropping: Set([complement.marker].compactMap { $0 })))
        }
        // An adverbial clause keeps its subordinator (`by firing it`).
        // A relative word whose noun the parse lost (`… , during which he suffered …`) says nothing on its own.
        // (Not `that`, which after a preposition is a demonstrative: `after that`.)
        let unresolved = { (i: Int) in
            ClauseLexicon.relativePronouns.subtracting(["that"]).contains(tree.word(i)) && c.substitutions[i] == nil
        }
        for oblique in obliques where !unresolved(oblique.head) { arguments.append(span(oblique.head, c, keepingMarker: true)) }
        // A control chain ending in a verb with nothing of its own says the verb as its object
        // (`began to | Ana | sing loudly`).
        var verbWords = Set(chainWords(c) + c.relationWords)
        if arguments.isEmpty, !chainWords(c).isEmpty, c.kind == .verbal {
            let own = span(c.predicate, c, dropping: Set(chainWords(c)))
            if !own.isEmpty {
                arguments.append(own)
                verbWords = Set(chainWords(c))
                relation = []
            }
        }
        // Verb words in sentence order, then a preposition moved in from the first argument.
        let relationText = text(verbWords.sorted() + relation.filter { !verbWords.contains($0) })
        guard !relationText.isEmpty else { return [] }
        // A coordinated object is also given one tuple per member below.
        let objectSplit = options.splitConjuncts && objectHeads.first.map { tree.conjuncts($0).count > 1 } == true
        let whole = tuple(.clause, c, relation: relationText, arguments: [arg1] + arguments.filter { !$0.isEmpty }, splitObject: objectSplit)
        var result = [whole]
        // What the subject became or served as, it is (`became the captain`, `joined the club as a coach`).
        if c.kind == .verbal, !existential {
            var roles = c.obliques.filter { o in o.marker.map { tree.word($0) == "as" } == true && tree.upos(o.head) == .noun }.map(\.head)
            if ClauseLexicon.becoming.contains(tree.lemma(c.predicate)) { roles += c.objects.filter { tree.upos($0) == .noun } }
            for r in roles where !bare(r, c).isEmpty {
                result.append(tuple(.role, c, relation: be(subject, timeless: true), arguments: [arg1, bare(r, c)]))
            }
        }
        // Shorter readings, ranked below every other tuple: subject and object alone; the object
        // without its modifiers; one member of a coordinated first oblique.
        if whole.arguments.count >= 3 {
            result.append(tuple(.alternative, c, relation: relationText, arguments: Array(whole.arguments.prefix(2))))
        }
        if let first = objectHeads.first, arguments.first == span(first, c) {
            let bare = span(first, c, pruning: Self.argumentPruned.union([.nmod, .acl, .conj, .cc]))
            if bare != arguments.first, !bare.isEmpty {
                result.append(tuple(.alternative, c, relation: relationText, arguments: [arg1, bare]))
            }
        }
        if options.splitConjuncts, let (head, dropped) = splitOblique, tree.conjuncts(head).count > 1 {
            for o in tree.conjuncts(head) {
                let single = span(o, c, dropping: dropped, pruning: Self.argumentPruned.union([.conj, .cc]))
                result.append(tuple(.alternative, c, relation: relationText, arguments: [arg1, single] + whole.arguments.dropFirst(2)))
            }
        }
        // One tuple per coordinated object as well (`bought jets and tanks` → jets; tanks).
        if options.splitConjuncts, let first = objectHeads.first, tree.conjuncts(first).count > 1 {
            for o in tree.conjuncts(first) {
                let single = span(o, c, pruning: Self.argumentPruned.union([.conj, .cc]))
                var args = [arg1, single] + arguments.dropFirst().filter { !$0.isEmpty }
                if arguments.first != span(first, c) { args = [arg1] + arguments.filter { !$0.isEmpty } }
                result.append(tuple(.objectConjunct, c, relation: relationText, arguments: args))
            }
        }
        // And per coordinated subject (`Chile and Peru agreed` → Chile …; Peru …).
        if options.splitConjuncts, !existential, tree.conjuncts(subject).count > 1 {
            for s in tree.conjuncts(subject) {
                let single = span(s, c, pruning: Self.argumentPruned.union([.conj, .cc]))
                result.append(tuple(.subjectConjunct, c, relation: relationText, arguments: [single] + whole.arguments.dropFirst()))
            }
        }
        return result
    }

    /// A tuple with its confidence, read from the construction and the shape of its parts.
    func tuple(_ kind: TupleEvidence.Kind, _ c: Clause?, relation: String, arguments: [String], splitObject: Bool = false) -> OpenIETuple {
        var e = TupleEvidence(kind: kind, relation: relation, arguments: arguments)
        e.splitObject = splitObject
        if let c, c.predicate >= 0 {
            e.inherited = c.subjectInherited
            e.depth = tree.depth(c.predicate)
            e.passive = c.kind == .passive
            e.copular = c.kind == .copular
            e.chain = !c.chain.isEmpty
            e.attachment = tree.tokens[c.predicate].deprel.universal
            e.negatedOrModal = c.negated || c.modality == .possible
            // A speaker after the quotation (`“…,” says Ana`) is the usual order, not a sign of a bad parse.
            let quotedFirst = RepairLexicon.speech.contains(tree.lemma(c.predicate)) && (c.complement?.head ?? .max) < c.predicate
            e.subjectAfter = (c.subject ?? 0) > c.predicate && !quotedFirst
            let auxiliaries = !tree.kids(c.predicate, [.aux, .cop]).isEmpty
            e.bareParticiple = !auxiliaries && [.vbg, .vbn].contains(tree.tokens[c.predicate].xpos)
        }
        return OpenIETuple(relation: relation, arguments: arguments, confidence: Confidence.openIE(e))
    }
}
