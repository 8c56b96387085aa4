import KGCore
import KGLanguage

/// Constructions that news states around names rather than through a clause's arguments: a role
/// and its organisation before a name, a named thing's place, an event's holder, a phrase the
/// parse hung on an oblique noun that belongs to the verb.
extension SentenceReading {
    /// `the Kestrel mine in Western Australia`, `Acme Motors of the US`: a named thing with a
    /// place phrase of its own is located there (of an organisation, `of` says where it is based).
    mutating func placePhrases(into graph: inout FactCollector) {
        for m in tree.indices where tree.is(m, [.nmod]) {
            guard let place = tokenEntity[m], entities[place].type == .place, let h = tree.head(m),
                  let marker = tree.kid(m, [.case]), let holder = node(h, depth: 0)?.entity, holder != place,
                  [.organization, .place].contains(entities[holder].type) else { continue }  // a product bought in a city is not there
            let preposition = tree.lemma(marker)
            guard preposition == "in" || preposition == "of" && entities[holder].type == .organization else { continue }
            let start = sentence.tokens[min(h, m)].start, end = sentence.tokens[max(h, m)].end
            graph.add(Fact(subject: holder, relation: "located_in", phrase: tree.word(marker), object: place,
                           confidence: Confidence.score(.copula, named: 2, inherited: false, distance: abs(m - h), depth: tree.depth(m)),
                           evidence: Evidence(sentence: index, start: start, end: end)))
        }
    }

    /// `Oslo-based Nordbank`, `Oslo and Bergen-based Nordbank`: a place written before `-based`
    /// locates the named organisation the word stands before.
    mutating func basedPhrases(into graph: inout FactCollector) {
        for b in tree.indices where b + 1 < sentence.tokens.count && sentence.tokens[b].text.lowercased().hasSuffix("-based") {
            guard let holder = tokenEntity[b + 1], entities[holder].type == .organization else { continue }
            let prefix = String(sentence.tokens[b].text.dropLast("-based".count))
            var places = entities.firstIndex { $0.type != .person && $0.isSpelt(prefix) }.map { [($0, b)] } ?? []
            if b >= 2, ["and", "or"].contains(tree.word(b - 1)), let other = tokenEntity[b - 2], entities[other].type != .person {
                places.append((other, b - 2))
            }
            for (place, token) in places where place != holder {
                let start = sentence.tokens[token].start, end = sentence.tokens[b + 1].end
                graph.add(Fact(subject: holder, relation: "located_in", phrase: "based", object: place,
                               confidence: Confidence.score(.copula, named: 2, inherited: false, distance: b + 1 - token, depth: 1),
                               evidence: Evidence(sentence: index, start: start, end: end)))
            }
        }
    }

    /// `Acme Bank analyst Ana Ruiz`, `Acme's chief executive Ana Ruiz`: lower-case role nouns between an
    /// organisation and a person's name say the person's role there, with or without a title lexicon.
    /// With no role between them, an organisation's possessive before a name (`Acme's Ana Ruiz`, `the
    /// Greens' Mr Berg`) says the person belongs to it.
    mutating func rolesBeforeNames(into graph: inout FactCollector) {
        for t in tree.indices where t > 0 {
            // A name, not a pronoun resolved to one (`BNP voters he told`).
            guard let person = tokenEntity[t], entities[person].type == .person, tokenEntity[t - 1] != person,
                  tree.upos(t) == .propn else { continue }
            var j = t - 1
            if tokenEntity[j] == nil, ClauseLexicon.honorifics.contains(tree.word(j)) { j -= 1 }
            var roles: [Int] = []
            while j >= 0, tokenEntity[j] == nil, [.noun, .adj].contains(tree.upos(j)), sentence.tokens[j].text.first?.isLowercase == true {
                roles.insert(j, at: 0)
                j -= 1
            }
            let possessive = j >= 1 && ["'s", "'"].contains(tree.word(j))
            if possessive { j -= 1 }
            guard j >= 0, let holder = tokenEntity[j], holder != person, ![.time, .number, .concept].contains(entities[holder].type) else { continue }
            let start = sentence.tokens[j].start, end = sentence.tokens[t].end
            guard let head = roles.last else {
                guard possessive, entities[holder].type == .organization else { continue }
                graph.add(Fact(subject: person, relation: "member_of", phrase: "'s", object: holder,
                               confidence: Confidence.score(.possessive, named: 2, inherited: false, distance: t - j, depth: 1),
                               evidence: Evidence(sentence: index, start: start, end: end)))
                continue
            }
            guard tree.upos(head) == .noun else { continue }
            graph.add(Fact(subject: person, relation: RelationVocabulary.relation(role: (roles.dropLast().map(tree.word) + [tree.lemma(head)]).joined(separator: " ")),
                           phrase: tree.text(roles),
                           object: holder,
                           confidence: Confidence.score(.role, named: 2, inherited: false, distance: t - j, depth: 1),
                           evidence: Evidence(sentence: index, start: start, end: end)))
        }
    }

    /// `rejected Vale's bid`, `is opposed to any takeover by Vale`: an event an end names with its
    /// holder reaches the holder too (`reject`, `opposed_to` Vale).
    mutating func eventHolder(_ c: Clause, _ a: Int, _ relation: String, end o: Int, extra: [Int], into graph: inout FactCollector) {
        guard tree.upos(o) == .noun, node(o, c)?.named != true, RelationVocabulary.relation(noun: tree.lemma(o)) != nil else { return }
        let by = tree.kids(o, [.nmod]).first { m in tree.kid(m, [.case]).map { tree.lemma($0) == "by" } == true }
        guard let holder = tree.kid(o, [.nmodPoss]) ?? by, let s = node(a, c), let h = node(holder, c), h.named, h.entity != s.entity else { return }
        emit(c, s, relation, false, h, pattern: .expanded, phrase: phrase(c, extra: extra + [o]), into: &graph)
    }

    /// `won 5,000 in damages from Nordbank`: a phrase the parse hung on an oblique noun that is no
    /// name (`damages`) belongs to the verb when it ends in a name.
    /// Only a phrase of whom the act comes from, goes to or is done with: `in a match against X`
    /// and `since her win in X` say where, not what the verb did.
    mutating func reattached(_ c: Clause, _ a: Int, oblique o: Int, into graph: inout FactCollector) {
        guard tree.upos(o) == .noun, node(o, c)?.named != true, RelationVocabulary.relation(noun: tree.lemma(o)) == nil,
              let own = c.obliques.first(where: { $0.head == o })?.marker, ["in", "at", "on"].contains(tree.lemma(own)) else { return }
        for m in tree.kids(o, [.nmod]) where tokenEntity[m] != nil {
            guard let marker = tree.kid(m, [.case]), ["from", "to", "with"].contains(tree.lemma(marker)) else { continue }
            let (relation, symmetric) = RelationVocabulary.relation(verb: verb(c), preposition: preposition(marker))
            emit(c, a, relation, symmetric, m, pattern: .expanded, phrase: phrase(c, extra: [marker]), into: &graph)
        }
    }

    /// `was put in charge of Vela`, `voted in favour of the deal`: a noun phrase that is an idiom
    /// with its preposition says the relation to what follows its own preposition. Whether the
    /// oblique is such an idiom: then it is no end itself (never `located_in` "charge").
    mutating func idiom(_ c: Clause, _ a: Int, oblique o: Int, marker: Int, into graph: inout FactCollector) -> Bool {
        guard tree.upos(o) == .noun, tree.kid(o, [.det, .nmodPoss]) == nil,
              let idiom = RelationVocabulary.idiom(preposition(marker) + " " + tree.lemma(o)) else { return false }
        guard c.kind != .passive || idiom.state else { return true }
        for m in tree.kids(o, [.nmod]) {
            guard let inner = tree.kid(m, [.case]), preposition(inner) == idiom.preposition else { continue }
            for target in conjuncts([m]) {
                emit(c, a, idiom.relation, idiom.symmetric, target, pattern: .oblique, phrase: phrase(c, extra: [marker, o, inner]), into: &graph)
            }
        }
        return true
    }

    /// `Nordbank's clients include Vela`: what a name's members, clients or artists include, the
    /// name has (`Nordbank –has_client→ Vela`).
    mutating func possessedSubject(_ c: Clause, patients: [Int], into graph: inout FactCollector) {
        guard c.kind == .verbal, ClauseLexicon.including.contains(tree.lemma(c.predicate)), let s = c.subject,
              tree.upos(s) == .noun, tokenEntity[s] == nil, let owner = tree.kid(s, [.nmodPoss]), tokenEntity[owner] != nil else { return }
        let relation = RelationVocabulary.label("has " + tree.lemma(s))
        for o in patients {
            emit(c, owner, relation, false, o, pattern: .possessive, phrase: phrase(c, extra: [s]), into: &graph)
        }
    }
}
