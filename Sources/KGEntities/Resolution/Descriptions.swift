import KGCore
import KGLanguage

/// "the firm", "the party", "the band": a definite description is the one organisation of its
/// kind that the text has just named, and only when no other could be meant. It becomes a mention
/// only, never an alias, so no other article's "the firm" can join anything through it.
///
/// The text's own words give an organisation its kind ("water firm Acme", "Acme, the band", "the
/// Acme party"); a name ending in `Party` is a party; an organisation of no known kind may be a
/// company, and is a rival for every kind. Rivals are looked for in the two sentences before and
/// the sentence's own words before the description, else in the whole text before it: exactly one,
/// of the description's kind, resolves it; two, or none, leave it alone. A subject `it` is
/// resolved here too (`subjectIt`), since it names an organisation the same way.
enum Descriptions {
    enum Kind { case company, party, club, band }

    static let nouns: [String: Kind] = [
        "firm": .company, "company": .company, "group": .company, "bank": .company,
        "carrier": .company, "airline": .company, "operator": .company, "retailer": .company, "insurer": .company,
        "lender": .company, "maker": .company, "manufacturer": .company, "broadcaster": .company,
        "conglomerate": .company, "supplier": .company, "giant": .company, "chain": .company, "label": .company,
        "studio": .company, "publisher": .company, "miner": .company,
        "party": .party, "club": .club, "side": .club, "team": .club, "band": .band,
    ]
    /// Words that make a name a public body, a school or an association, never a company.
    static let publicWords: Set<String> = [
        "ministry", "department", "congress", "parliament", "senate", "assembly", "council", "committee",
        "commission", "court", "army", "navy", "police", "government", "cabinet", "university", "college",
        "school", "academy", "agency", "authority", "office", "bureau", "administration", "union",
        "federation", "league", "church", "museum", "hospital", "charity", "institute", "foundation",
        "association", "society", "board", "coalition", "movement", "front", "force", "forces", "guard",
        "service", "tribunal", "secretariat", "party", "club", "team",
    ]
    /// Modifiers that point away from the organisation just named ("the rival firm", "the new company").
    static let otherModifiers: Set<String> = [
        "other", "rival", "new", "former", "parent", "sister", "previous", "old", "another", "same", "next",
        "first", "second", "last", "joint", "merged", "combined", "holding", "subsidiary", "whole", "opposing",
        "home", "away", "visiting",
    ]

    static func mentions(_ sentences: [Sentence], names: [Mention], entities: [Entity]) -> [Mention] {
        let kinds = describedKinds(sentences, names: names, entities: entities)
        let ordered = names.sorted { ($0.sentence, $0.tokens.lowerBound) < ($1.sentence, $1.tokens.lowerBound) }
        var covered: [Int: Set<Int>] = [:]
        var places: [Int: Set<Int>] = [:]
        for mention in names {
            covered[mention.sentence, default: []].formUnion(mention.tokens)
            if entities[mention.entity].type == .place { places[mention.sentence, default: []].formUnion(mention.tokens) }
        }
        var found: [Mention] = []
        for (s, sentence) in sentences.enumerated() {
            let tokens = sentence.tokens
            for (i, token) in tokens.enumerated() where token.text.lowercased() == "the" {
                guard let n = descriptionNoun(after: i, in: tokens, places: places[s] ?? [], names: covered[s] ?? []),
                      let kind = nouns[tokens[n].text] else { continue }
                let before = ordered.filter { $0.sentence < s || $0.sentence == s && $0.tokens.upperBound <= i }
                func rivals(_ mentions: some Sequence<Mention>) -> Set<Int> {
                    Set(mentions.map(\.entity).filter { mayBe($0, kind, entities: entities, kinds: kinds) })
                }
                var choice = rivals(before.filter { $0.sentence >= s - 2 })
                if choice.isEmpty { choice = rivals(before) }
                guard choice.count == 1, let entity = choice.first, fits(entity, kind, entities: entities, kinds: kinds),
                      isMostNamed(entity, in: before, entities: entities, kinds: kinds),
                      before.contains(where: { $0.entity == entity && isSubject($0, in: sentences[$0.sentence]) }) else { continue }
                found.append(Mention(sentence: s, tokens: n..<(n + 1), start: tokens[n].start, end: tokens[n].end,
                                     text: tokens[n].text, entity: entity))
            }
        }
        return found + subjectIt(sentences, names: names, entities: entities)
    }

    /// Verbs whose subject `it` is most often no organisation ("it is", "it emerged", "it means").
    static let impersonalVerbs: Set<String> = [
        "be", "seem", "appear", "emerge", "remain", "happen", "mean", "take", "look", "become", "matter", "cost",
        "come", "follow", "make", "give", "help", "leave", "go", "need", "allow", "include", "work",
    ]

    /// "Acme said sales rose. It owns two mines.": a subject `it` of an acting verb is the
    /// organisation that is the nearest subject before it (earlier in its sentence, else the main
    /// subject of the sentence before); a nearer subject that is no organisation ("the deal") wins.
    static func subjectIt(_ sentences: [Sentence], names: [Mention], entities: [Entity]) -> [Mention] {
        var entityAt: [Int: [Int: Int]] = [:]
        for mention in names { for t in mention.tokens { entityAt[mention.sentence, default: [:]][t] = mention.entity } }
        var found: [Mention] = []
        for (s, sentence) in sentences.enumerated() {
            let tokens = sentence.tokens
            for (t, token) in tokens.enumerated() where token.text.lowercased() == "it" && entityAt[s]?[t] == nil {
                guard token.deprel.universal == .nsubj, tokens.indices.contains(token.head), tokens[token.head].upos == .verb,
                      !impersonalVerbs.contains(tokens[token.head].lemma) else { continue }
                let subject: (sentence: Int, token: Int)?
                if let near = (0..<t).last(where: { tokens[$0].deprel.universal == .nsubj }) {
                    subject = (s, near)
                } else if s > 0, let root = sentences[s - 1].tokens.firstIndex(where: { $0.deprel.universal == .root }),
                          let main = sentences[s - 1].tokens.indices.first(where: {
                              sentences[s - 1].tokens[$0].head == root && sentences[s - 1].tokens[$0].deprel.universal == .nsubj }) {
                    subject = (s - 1, main)
                } else { subject = nil }
                guard let subject, let entity = entityAt[subject.sentence]?[subject.token],
                      entities[entity].type == .organization else { continue }
                found.append(Mention(sentence: s, tokens: t..<(t + 1), start: token.start, end: token.end, text: token.text, entity: entity))
            }
        }
        return found
    }

    /// The description noun of "the [modifiers] NOUN" starting at `the`, if it is one: written in
    /// lower case and singular, at most two modifiers (lower-case words or a demonym), and not
    /// followed by what makes it another organisation ("the bank of …", "the firm Acme", "the
    /// company that …") or a modifier itself ("the group stage").
    private static func descriptionNoun(after the: Int, in tokens: [Token], places: Set<Int>, names: Set<Int>) -> Int? {
        var n = the + 1
        while n < tokens.count, n - the <= 3, nouns[tokens[n].text] == nil {
            let word = tokens[n].text
            // A demonym or country says where the organisation is; another name makes it that one ("the Acme cinema chain").
            let modifier = places.contains(n) || !names.contains(n) && word.first?.isLowercase == true
                && [.adj, .noun].contains(tokens[n].upos) && !otherModifiers.contains(word)
            guard modifier else { return nil }
            n += 1
        }
        guard n < tokens.count, n - the <= 3, nouns[tokens[n].text] != nil, !names.contains(n),
              tokens[n].deprel.universal != .compound else { return nil }
        if n + 1 < tokens.count {
            let next = tokens[n + 1].text
            if ["of", "that", "which", "who", "whose"].contains(next) || next.startsUppercase { return nil }
        }
        // "Acme, the firm" and "the firm, Acme," say what Acme is: the name is there already.
        if the >= 2, tokens[the - 1].text == ",", names.contains(the - 2) { return nil }
        if n + 2 < tokens.count, tokens[n + 1].text == ",", names.contains(n + 2) { return nil }
        return n
    }

    /// The kinds the text gives each entity: a description noun right before a mention ("water
    /// firm Acme"), right after it ("the Acme party") or in an apposition ("Acme, the band").
    private static func describedKinds(_ sentences: [Sentence], names: [Mention], entities: [Entity]) -> [Int: Set<Kind>] {
        var kinds: [Int: Set<Kind>] = [:]
        for mention in names {
            let tokens = sentences[mention.sentence].tokens
            // "the band's singer Ana Ruiz" describes no person; "UK bank Brightco" describes Brightco, not the UK.
            let type = entities[mention.entity].type
            guard type != .person else { continue }
            var near = [mention.tokens.lowerBound - 1]
            if type == .organization { near.append(mention.tokens.upperBound) }
            if mention.tokens.upperBound + 1 < tokens.count, tokens[mention.tokens.upperBound].text == ",",
               ["the", "a", "an"].contains(tokens[mention.tokens.upperBound + 1].text.lowercased()) {
                near += (mention.tokens.upperBound + 2)..<min(mention.tokens.upperBound + 5, tokens.count)
            }
            for t in near where tokens.indices.contains(t) {
                if let kind = nouns[tokens[t].text] { kinds[mention.entity, default: []].insert(kind) }
            }
        }
        return kinds
    }

    /// News calls the organisation it is about "the company": one that a more often named
    /// organisation or product overshadows ("Acme … its unit Brightco … the company") is not meant.
    private static func isMostNamed(_ entity: Int, in before: [Mention], entities: [Entity], kinds: [Int: Set<Kind>]) -> Bool {
        var counts: [Int: Int] = [:]
        for mention in before where [.organization, .object].contains(entities[mention.entity].type) || kinds[mention.entity] != nil {
            counts[mention.entity, default: 0] += 1
        }
        return counts.values.allSatisfy { $0 <= counts[entity] ?? 0 }
    }

    /// Whether a mention is a clause's subject or inside its subject's phrase ("Shares in Acme
    /// fell", "an Acme spokesman said"): what the text is about, not whom it told or cited ("told
    /// the Daily Planet", "according to the Daily Planet").
    private static func isSubject(_ mention: Mention, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        for start in mention.tokens {
            var t = start
            for _ in 0..<3 {
                let relation = tokens[t].deprel.universal
                if relation == .nsubj { return true }
                guard [.compound, .flat, .nmod, .appos, .conj].contains(relation), tokens.indices.contains(tokens[t].head) else { break }
                t = tokens[t].head
            }
        }
        return false
    }

    private static func isParty(_ entity: Int, entities: [Entity], kinds: [Int: Set<Kind>]) -> Bool {
        kinds[entity]?.contains(.party) == true || entities[entity].name.split(separator: " ").last?.lowercased() == "party"
    }

    /// An organisation the text gave no kind: it may be any.
    private static func isUnknownOrganization(_ entity: Int, entities: [Entity], kinds: [Int: Set<Kind>]) -> Bool {
        entities[entity].type == .organization && kinds[entity] == nil && !isParty(entity, entities: entities, kinds: kinds)
            && !entities[entity].name.lowercased().split(separator: " ").contains { publicWords.contains(String($0)) }
    }

    private static func fits(_ entity: Int, _ kind: Kind, entities: [Entity], kinds: [Int: Set<Kind>]) -> Bool {
        switch kind {
        case .company: kinds[entity]?.contains(.company) == true || isUnknownOrganization(entity, entities: entities, kinds: kinds)
        case .party: isParty(entity, entities: entities, kinds: kinds)
        case .club, .band: kinds[entity]?.contains(kind) == true
        }
    }

    private static func mayBe(_ entity: Int, _ kind: Kind, entities: [Entity], kinds: [Int: Set<Kind>]) -> Bool {
        fits(entity, kind, entities: entities, kinds: kinds) || isUnknownOrganization(entity, entities: entities, kinds: kinds)
    }
}
