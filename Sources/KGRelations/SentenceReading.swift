import KGCore
import KGLanguage
import KGRepair
import KGEntities

/// The facts of one sentence: each clause's ends mapped to entities (or concept nodes), its
/// verb and preposition normalised, its flags and confidence carried over.
struct SentenceReading {
    let sentence: Sentence
    let index: Int
    let tree: DependencyTree
    let entities: [Entity]
    let options: RelationExtractor.Options
    /// Token → entity of the longest mention covering it.
    let tokenEntity: [Int: Int]

    /// Tokens of time and number expressions: attributes, never ends of a fact.
    let literalTokens: Set<Int>

    init(sentence: Sentence, index: Int, mentions: [Mention], literals: [Literal], entities: [Entity],
         options: RelationExtractor.Options) {
        self.sentence = sentence
        self.index = index
        self.tree = DependencyTree(sentence.tokens)
        self.entities = entities
        self.options = options
        var tokenEntity: [Int: Int] = [:]
        for mention in mentions.sorted(by: { $0.tokens.count < $1.tokens.count }) where entities.indices.contains(mention.entity) {
            for t in mention.tokens { tokenEntity[t] = mention.entity }
        }
        self.tokenEntity = tokenEntity
        self.literalTokens = Set(literals.flatMap { Array($0.tokens) })
    }

    /// One end of a fact: an entity, or a concept to be added under this name.
    struct Node {
        var entity: Int?
        var concept: String?
        var token: Int
        var named: Bool { entity != nil }
    }

    mutating func read(into graph: inout FactCollector) {
        for clause in ClauseFinder(tokens: sentence.tokens).clauses() {
            facts(of: clause, into: &graph)
        }
        possessives(into: &graph)
        rolesBeforeNames(into: &graph)
        placePhrases(into: &graph)
        basedPhrases(into: &graph)
        eventOwners(into: &graph)
    }

    /// Event nouns with a named owner (`Vale's bid`, `a bid by Vale`, with or without an object),
    /// remembered for the event's later mentions in the article (`ownedEvent`).
    func eventOwners(into graph: inout FactCollector) {
        for n in tree.indices where tree.upos(n) == .noun && RelationVocabulary.relation(noun: tree.lemma(n)) != nil {
            let by = tree.kids(n, [.nmod]).first { m in tree.kid(m, [.case]).map { tree.lemma($0) == "by" } == true }
            guard let holder = tree.kid(n, [.nmodPoss]) ?? by, let owner = node(holder, depth: 0)?.entity else { continue }
            graph.eventOwners[tree.lemma(n)] = owner
        }
    }

    // MARK: Ends

    func node(_ token: Int, _ clause: Clause) -> Node? {
        var h = clause.substitutions[token] ?? token
        if h != token, let again = clause.substitutions[h], again != h { h = again }
        return node(h, depth: 0, substitutions: clause.substitutions)
    }

    func node(_ h: Int, depth: Int, substitutions: [Int: Int] = [:]) -> Node? {
        if let e = tokenEntity[h] { return Node(entity: e, token: h) }
        let upos = tree.upos(h)
        if upos == .noun || upos == .propn {
            // `a Patriot missile system` names the Patriot; `the bank Santander` names Santander.
            for k in tree.kids(h, [.compound, .flat]) { if let e = tokenEntity[k] { return Node(entity: e, token: k) } }
            // `the bank Santander`, `the largest miner - Andina Holdings`: a name set beside the noun names it.
            if upos == .noun, let k = tree.kids(h, [.appos]).first(where: { $0 > h && tokenEntity[$0] != nil }), let e = tokenEntity[k] {
                return Node(entity: e, token: k)
            }
        }
        if depth < 2 && (upos == .num || RepairLexicon.quantifiers.contains(tree.lemma(h))),
           let of = tree.kids(h, [.nmod, .obl]).first(where: { m in tree.kid(m, [.case]).map { tree.lemma($0) == "of" } == true }) {
            return node(substitutions[of] ?? of, depth: depth + 1)  // `seven of the systems`, `seven of which`
        }
        if upos == .pron || ClauseLexicon.personalPronouns.contains(tree.word(h)) || literalTokens.contains(h) { return nil }
        guard [.noun, .propn].contains(upos), upos == .propn || !ClauseLexicon.timeNouns.contains(tree.lemma(h)) else { return nil }
        let words = conceptWords(h)
        guard !words.isEmpty, words.count <= options.conceptWords else { return nil }
        // A rank (`the fourth seed`, `world number 31`) describes an end without naming one.
        if upos == .noun, words.contains(where: { ClauseLexicon.isOrdinal(tree.word($0)) })
            || tree.lemma(h) == "number" && tree.kid(h, [.nummod]) != nil { return nil }
        let name = words.map { i in tree.upos(i) == .propn ? tree.tokens[i].text : tree.tokens[i].text.lowercased() }
            .joined(separator: " ")
        return Node(concept: name, token: h)
    }

    /// The words of a short noun phrase: the head with its compounds, adjectives and numbers,
    /// without determiners, possessors or clauses.
    func conceptWords(_ h: Int) -> [Int] {
        var words = [h]
        var frontier = [h]
        while let top = frontier.popLast() {
            for k in tree.kids(top, [.compound, .amod, .flat, .nummod]) where !words.contains(k) {
                words.append(k)
                frontier.append(k)
            }
        }
        words.sort()
        // Only a contiguous run around the head is a name.
        guard let first = words.first, let last = words.last, last - first + 1 == words.count else { return [h] }
        return words.filter { !tree.isPunct($0) }
    }

    func resolve(_ node: Node, into graph: inout FactCollector) -> Int {
        if let e = node.entity { return e }
        return graph.concept(node.concept ?? tree.tokens[node.token].text)
    }

    // MARK: Facts

    /// The words that state the relation: control chain, infinitive markers, auxiliaries, verb, particles.
    func phrase(_ c: Clause, extra: [Int] = []) -> [Int] {
        var words = Set(c.chain + c.relationWords + extra)
        for e in c.chain.dropFirst() + [c.predicate] {
            for m in tree.kids(e, [.mark]) where tree.word(m) == "to" { words.insert(m) }
        }
        return words.sorted()
    }

    func conjuncts(_ heads: [Int]) -> [Int] { heads.flatMap { tree.conjuncts($0) } }

    /// The preposition as a word or two (`according to`, `out of`).
    func preposition(_ marker: Int) -> String {
        ([marker] + tree.kids(marker, [.fixed])).sorted().map { tree.word($0) }.joined(separator: " ")
    }

    /// The verb lemma with its particle (`hand over`).
    func verb(_ c: Clause) -> String {
        let particle = tree.kids(c.predicate, [.compoundPrt]).first.map { " " + tree.word($0) } ?? ""
        return tree.lemma(c.predicate) + particle
    }

    mutating func facts(of c: Clause, into graph: inout FactCollector) {
        switch c.kind {
        case .verbal, .passive: verbal(c, into: &graph)
        case .copular, .apposition: copular(c, into: &graph)
        case .nominal: nominal(c, into: &graph)
        }
    }

    mutating func verbal(_ c: Clause, into graph: inout FactCollector) {
        var agents = conjuncts([c.subject].compactMap { $0 })
        var patients = conjuncts(c.objects)
        var pattern = Confidence.Pattern.object
        if c.kind == .passive {
            if let agent = c.agent {
                patients = agents + patients
                agents = conjuncts([agent])
            } else {
                patients = []
                pattern = .passiveWithoutAgent
            }
        }
        let lemma = verb(c)
        if c.reciprocal {
            reciprocal(c, sides: agents, relation: reciprocalRelation(c, lemma: lemma), into: &graph)
            return
        }
        if options.speechEdges, RepairLexicon.speech.contains(tree.lemma(c.predicate)), let complement = c.complement,
           let topic = tree.kid(complement.head, [.nsubj, .nsubjPass]) {
            // Asked for: the speaker –say→ whom the reported clause is about.
            for a in agents { emit(c, a, "say", false, topic, pattern: .object, phrase: phrase(c), into: &graph) }
        }
        possessedSubject(c, patients: patients, into: &graph)
        for a in agents {
            for o in patients {
                guard !isReciprocal(o) else { continue }
                let recipient = tree.is(o, [.iobj]) && !ClauseLexicon.addressing.contains(tree.lemma(c.predicate))
                let (relation, symmetric) = RelationVocabulary.relation(verb: lemma, preposition: recipient ? "to" : nil)
                emit(c, a, relation, symmetric, o, pattern: pattern, phrase: phrase(c), into: &graph)
                ownedEvent(c, a, relation, object: o, into: &graph)
                eventHolder(c, a, relation, end: o, extra: [], into: &graph)
                expand(c, a, object: o, into: &graph)
                misattached(c, a, object: o, into: &graph)
            }
            // A verb of saying's obliques (`said at a conference`, `said of the missiles`) are speech
            // edges too: only drawn when asked for, like the speaker's `say` edge.
            for oblique in c.obliques where options.speechEdges || !RepairLexicon.speech.contains(tree.lemma(c.predicate)) {
                guard let marker = oblique.marker else { continue }
                let prep = preposition(marker)
                let light = lightObject(c)
                let (relation, symmetric) = light.map { RelationVocabulary.relation(lightVerb: lemma, noun: tree.lemma($0), preposition: prep) }
                    ?? RelationVocabulary.relation(verb: lemma, preposition: prep)
                for o in conjuncts([oblique.head]) {
                    if idiom(c, a, oblique: o, marker: marker, into: &graph) { continue }
                    emit(c, a, relation, symmetric, o, pattern: pattern == .object ? .oblique : pattern,
                         phrase: phrase(c, extra: [marker] + (light.map { [$0] } ?? [])), into: &graph)
                    eventHolder(c, a, relation, end: o, extra: [marker], into: &graph)
                    reattached(c, a, oblique: o, into: &graph)
                }
            }
        }
    }

    /// `intensified its attacks on Kyiv`: an object that is no entity passes the fact on to
    /// the entity after its preposition.
    mutating func expand(_ c: Clause, _ a: Int, object o: Int, into graph: inout FactCollector) {
        guard node(o, c)?.named != true, tree.upos(o) == .noun else { return }
        let light = lightObject(c) == o
        for m in tree.kids(o, [.nmod]) {
            // `by` names who acted (`the purchase by Vale`), not what was acted on: see `eventHolder`;
            // `of` only after a light verb (`took control of`).
            guard let marker = tree.kid(m, [.case]), tree.lemma(marker) != "by", tree.lemma(marker) != "of" || light else { continue }
            let prep = preposition(marker)
            // `signed artists including Ana Ruiz`: the examples are what the verb acts on.
            let (relation, symmetric) = ClauseLexicon.exampleMarkers.contains(prep) ? RelationVocabulary.relation(verb: verb(c))
                : light ? RelationVocabulary.relation(lightVerb: verb(c), noun: tree.lemma(o), preposition: prep)
                : RelationVocabulary.relation(noun: tree.lemma(o)) ?? RelationVocabulary.relation(verb: verb(c), preposition: prep)
            for target in conjuncts([m]) {
                emit(c, a, relation, symmetric, target, pattern: .expanded, phrase: phrase(c, extra: [o, marker]), into: &graph)
            }
        }
    }

    func isReciprocal(_ i: Int) -> Bool { tree.isReciprocal(i) }

    /// The object noun that gives a light verb its meaning (`made a complaint`), if the clause has one.
    func lightObject(_ c: Clause) -> Int? {
        guard c.kind == .verbal, ClauseLexicon.lightVerbs.contains(tree.lemma(c.predicate)),
              tree.kid(c.predicate, [.compoundPrt]) == nil else { return nil }
        return c.objects.first { tree.upos($0) == .noun && node($0, c)?.named != true && !literalTokens.contains($0) }
    }

    /// `Vale's bid for Alcoa … Alcoa rejected the bid`: a definite mention of an event that an
    /// earlier sentence of the article gave an owner stands for that owner too, so the fact
    /// reaches the one who made the bid (`Alcoa –reject→ Vale`).
    mutating func ownedEvent(_ c: Clause, _ a: Int, _ relation: String, object o: Int, into graph: inout FactCollector) {
        guard tree.upos(o) == .noun, node(o, c)?.named == false, tree.kid(o, [.nmodPoss, .compound]) == nil,
              let determiner = tree.kid(o, [.det]), ["the", "this", "that"].contains(tree.word(determiner)),
              let owner = graph.eventOwners[tree.lemma(o)], let s = node(a, c), s.entity != owner else { return }
        emit(c, s, relation, false, Node(entity: owner, token: o), pattern: .expanded, phrase: phrase(c, extra: [determiner, o]),
             into: &graph)
    }

    static let directional: Set<String> = ["to", "into", "onto", "toward", "towards"]

    /// Phrases a parser tends to hang on the object that belong to the verb: a direction
    /// (`sent a system to Kyiv`) and a verbless adverbial clause (`briefed him while in Rome`).
    mutating func misattached(_ c: Clause, _ a: Int, object o: Int, into graph: inout FactCollector) {
        for m in tree.kids(o, [.nmod]) {
            guard let marker = tree.kid(m, [.case]) else { continue }
            let adverbial = tree.kid(m, [.mark]) != nil
            guard adverbial || Self.directional.contains(preposition(marker)) else { continue }
            var targets = [(m, marker)]
            if adverbial {
                targets += tree.kids(m, [.obl, .nmod]).compactMap { n in tree.kid(n, [.case]).map { (n, $0) } }
            }
            for (target, marker) in targets {
                let (relation, symmetric) = RelationVocabulary.relation(verb: verb(c), preposition: preposition(marker))
                for t in conjuncts([target]) {
                    emit(c, a, relation, symmetric, t, pattern: .oblique, phrase: phrase(c, extra: [marker]), into: &graph)
                }
            }
        }
    }

    /// A reciprocal under a verb of agreeing states a pact (`agreed to defend each other`).
    func reciprocalRelation(_ c: Clause, lemma: String) -> String {
        if (c.chain + [c.predicate]).contains(where: { ClauseLexicon.agreeing.contains(tree.lemma($0)) }) { return "pact" }
        return RelationVocabulary.relation(verb: lemma).relation
    }

    mutating func reciprocal(_ c: Clause, sides: [Int], relation: String, into graph: inout FactCollector) {
        guard sides.count >= 2 else { return }
        var extra: [Int] = []
        for o in c.objects + c.obliques.map(\.head) {
            for r in [o] + tree.kids(o, [.nmodPoss, .det]) where isReciprocal(r) {
                extra += [r] + tree.kids(r, [.fixed, .det])
            }
        }
        for (i, a) in sides.enumerated() {
            for b in sides[(i + 1)...] {
                emit(c, a, relation, true, b, pattern: .reciprocal, phrase: phrase(c, extra: extra), into: &graph)
            }
        }
    }

    /// `X is the capital of Y`, `X, director of Y`, `X is Y's envoy`, `X is in Y`.
    mutating func copular(_ c: Clause, into graph: inout FactCollector) {
        let subjects = conjuncts([c.subject].compactMap { $0 })
        for p in c.objects {
            let of = tree.kids(p, [.nmod]).first { m in tree.kid(m, [.case]).map { tree.lemma($0) == "of" } == true }
                ?? employer(of: p)
            guard let owner = of ?? tree.kid(p, [.nmodPoss]), !isReciprocal(owner) else { continue }
            // The role's own modifiers say which role (`parent company`, `chief executive`).
            let modifiers = tree.kids(p, [.compound, .amod]).filter { $0 < p && tree.subtree($0).count == 1 }
            let relation = RelationVocabulary.relation(role: (modifiers.sorted().map(tree.word) + [tree.lemma(p)]).joined(separator: " "))
            let extra = [p] + modifiers + (of.flatMap { tree.kid($0, [.case]) }.map { [$0] } ?? [])
            for s in subjects {
                for o in conjuncts([owner]) {
                    emit(c, s, relation, false, o, pattern: c.kind == .apposition ? .apposition : .copula,
                         phrase: phrase(c, extra: extra), into: &graph)
                }
            }
        }
        for oblique in c.obliques {
            guard let marker = oblique.marker else { continue }
            // `is opposed to`, `is critical of`: an adjective with its preposition says the relation, not `be`.
            let adjective = tree.upos(c.predicate) == .adj && oblique.head != c.predicate && tree.upos(marker) == .adp
            let (relation, symmetric) = adjective
                ? (RelationVocabulary.joined(RelationVocabulary.label(tree.word(c.predicate)), preposition: preposition(marker)), false)
                : RelationVocabulary.relation(verb: "be", preposition: preposition(marker))
            let extra = adjective ? [marker, c.predicate] : [marker]
            for s in subjects {
                for o in conjuncts([oblique.head]) where o != c.predicate || oblique.head == c.predicate {
                    if idiom(c, s, oblique: o, marker: marker, into: &graph) { continue }
                    emit(c, s, relation, symmetric, o, pattern: .copula, phrase: phrase(c, extra: extra), into: &graph)
                    eventHolder(c, s, relation, end: o, extra: extra, into: &graph)
                }
            }
        }
    }

    /// `an executive at Acme`, `a lawyer for the Trust`: a role held in a named organisation.
    func employer(of role: Int) -> Int? {
        tree.kids(role, [.nmod]).first { m in
            guard let marker = tree.kid(m, [.case]), ["at", "for", "with"].contains(tree.lemma(marker)),
                  let e = tokenEntity[m] else { return false }
            return entities[e].type == .organization
        }
    }

    /// `Poland's purchase of jets`, `talks between Kyiv and Warsaw`.
    mutating func nominal(_ c: Clause, into graph: inout FactCollector) {
        guard let holder = c.subject else { return }
        let lemma = tree.lemma(c.predicate)
        let named = RelationVocabulary.relation(noun: lemma) ?? RelationVocabulary.relation(gerund: tree.word(c.predicate))
        if c.reciprocal {
            reciprocal(c, sides: tree.conjuncts(holder), relation: named?.relation ?? lemma, into: &graph)
            return
        }
        for a in tree.conjuncts(holder) {
            for o in conjuncts(c.objects) {
                emit(c, a, named?.relation ?? lemma, named?.symmetric ?? false, o, pattern: .nominal,
                     phrase: phrase(c, extra: tree.kid(o, [.case]).map { [$0] } ?? []), into: &graph)
            }
            for oblique in c.obliques {
                guard let marker = oblique.marker else { continue }
                let relation = RelationVocabulary.joined(named?.relation ?? RelationVocabulary.label(lemma), preposition: preposition(marker))
                for o in conjuncts([oblique.head]) {
                    emit(c, a, relation, false, o, pattern: .nominal, phrase: phrase(c, extra: [marker]), into: &graph)
                }
            }
        }
    }

    /// `the Wilson Center's Kennan Institute`: one organisation's possessive before another names a part.
    mutating func possessives(into graph: inout FactCollector) {
        for (t, e) in tokenEntity.sorted(by: { $0.key < $1.key }) {
            guard let h = tree.head(t), tree.is(t, [.nmodPoss]), let whole = tokenEntity[h] ?? nil,
                  whole != e, entities[e].type == .organization, entities[whole].type == .organization else { continue }
            let start = sentence.tokens[t].start, end = sentence.tokens[h].end
            graph.add(Fact(subject: whole, relation: "part_of", phrase: "'s", object: e,
                           confidence: Confidence.score(.possessive, named: 2, inherited: false, distance: h - t, depth: tree.depth(h)),
                           evidence: Evidence(sentence: index, start: start, end: end)))
        }
    }

    mutating func emit(_ c: Clause, _ subjectToken: Int, _ relation: String, _ symmetric: Bool, _ objectToken: Int,
                       pattern: Confidence.Pattern, phrase words: [Int], into graph: inout FactCollector) {
        guard let s = node(subjectToken, c), let o = node(objectToken, c) else { return }
        emit(c, s, relation, symmetric, o, pattern: pattern, phrase: words, into: &graph)
    }

    mutating func emit(_ c: Clause, _ s: Node, _ relation: String, _ symmetric: Bool, _ o: Node,
                       pattern: Confidence.Pattern, phrase words: [Int], into graph: inout FactCollector) {
        // A concept is only ever what a fact is about, never who acts (`the set can pause TV`,
        // `life goes on in Iraq`); a symmetric fact puts its named side first, and the patient of
        // a passive without an agent (`the drones were not delivered to Kenya`) is what it is about.
        var (s, o) = (s, o)
        if symmetric && !s.named { swap(&s, &o) }
        guard s.named || pattern == .passiveWithoutAgent && o.named else { return }
        if let e = o.entity, [.time, .number].contains(entities[e].type) { return }
        if let e = s.entity, [.time, .number].contains(entities[e].type) { return }
        let subject = resolve(s, into: &graph), object = resolve(o, into: &graph)
        let span = words + [s.token, o.token]
        let start = span.map { sentence.tokens[$0].start }.min() ?? sentence.start
        let end = span.map { sentence.tokens[$0].end }.max() ?? sentence.end
        let confidence = Confidence.score(pattern, named: (s.named ? 1 : 0) + (o.named ? 1 : 0),
                                          inherited: c.subjectInherited, distance: abs(s.token - o.token),
                                          depth: tree.depth(c.predicate))
        let speaker = c.speaker.map { tree.text(tree.subtree($0, pruning: [.acl, .appos, .punct, .case])) }
        graph.add(Fact(subject: subject, relation: relation, phrase: tree.text(words), object: object,
                       negated: c.negated, modality: c.modality, symmetric: symmetric, confidence: confidence,
                       evidence: Evidence(sentence: index, start: start, end: end), speaker: speaker))
    }
}
