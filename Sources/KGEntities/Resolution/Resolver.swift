import KGCore
import KGLanguage

/// Resolves the names of one article into entities: one node per real-world thing, named by its
/// longest full name (or the lexicon's canonical name), with every other form as an alias.
///
/// Names join when the lexicon gives them one canonical name (`U.S.`, `the United States`), when
/// they read the same (a web address as its name: `NorthPage.org`, `NorthPage`), when a short form is the last (or else first) word of exactly one person's
/// full name (`Biden`), when a plural adds an `s` (`Patriots`), and when an acronym spells the
/// initials of a phrase in the text (`NASAM`).
struct Resolver {
    let lexicon: Lexicon

    struct Item {
        var candidate: Candidate
        var surface: String
        var words: [String]
    }

    func resolve(_ sentences: [Sentence], found: [NameFinder.Result], literals: [Literal]) -> EntityAnalysis {
        var items: [Item] = []
        var itemIndex: [[Int]] = []
        for result in found {
            var indexes: [Int] = []
            for candidate in result.candidates {
                indexes.append(items.count)
                items.append(item(candidate, sentences))
            }
            itemIndex.append(indexes)
        }
        propagate(&items, sentences: sentences)
        var links: [(Int, Int)] = []
        linkAcronyms(&items, links: &links, sentences: sentences)
        // Unlicensed provisional acronyms go; indexes shift accordingly.
        var remap = [Int](repeating: -1, count: items.count)
        var kept: [Item] = []
        let licensed = Set(items.filter { !$0.candidate.provisional }.map(\.surface))
        for (i, item) in items.enumerated() where licensed.contains(item.surface) {
            remap[i] = kept.count
            kept.append(item)
        }
        items = kept
        links = links.compactMap { remap[$0.0] >= 0 && remap[$0.1] >= 0 ? (remap[$0.0], remap[$0.1]) : nil }
        itemIndex = itemIndex.map { $0.map { remap[$0] } }

        var groups = UnionFind(count: items.count)
        for (a, b) in links { groups.union(a, b) }
        var byKey: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            let key = item.candidate.canonical.map { "lexicon:" + $0 } ?? (ShapedNames.siteName(item.surface) ?? item.surface).nameKey
            if let first = byKey[key] { groups.union(first, i) } else { byKey[key] = i }
        }
        for (i, item) in items.enumerated() where item.candidate.canonical == nil {
            let key = item.surface.nameKey
            // Two people may differ by an `s` (William, Williams); anything else is a plural.
            if key.hasSuffix("s"), let singular = byKey[String(key.dropLast())],
               items[singular].candidate.type != .person || item.candidate.type != .person {
                groups.union(singular, i)
            }
        }
        linkShortForms(items, groups: &groups)
        linkRealNames(items, sentences: sentences, groups: &groups)
        linkRenamings(items, sentences: sentences, groups: &groups)

        // Entities in order of first mention.
        var entityOfRoot: [Int: Int] = [:]
        var members: [[Int]] = []
        for i in items.indices {
            let root = groups.find(i)
            if let entity = entityOfRoot[root] { members[entity].append(i) } else {
                entityOfRoot[root] = members.count
                members.append([i])
            }
        }
        var entities = members.map { entity(of: $0, items: items) }
        var mentions: [Mention] = []
        for (i, item) in items.enumerated() {
            let sentence = sentences[item.candidate.sentence]
            let range = item.candidate.tokens
            mentions.append(Mention(sentence: item.candidate.sentence, tokens: range,
                                    start: sentence.tokens[range.lowerBound].start, end: sentence.tokens[range.upperBound - 1].end,
                                    text: item.surface, entity: entityOfRoot[groups.find(i)]!))
        }
        mentions += Pronouns.resolve(sentences, mentions: mentions, entities: entities)
        mentions += Descriptions.mentions(sentences, names: mentions, entities: entities)

        var roles: [Role] = []
        for (s, result) in found.enumerated() {
            for title in result.titles {
                let holder = entityOfRoot[groups.find(itemIndex[s][title.holder])]!
                var of: Int?
                switch title.of {
                case .candidate(let local): of = itemIndex[s][local] < 0 ? nil : entityOfRoot[groups.find(itemIndex[s][local])]
                case .country(let name):
                    if let known = entities.firstIndex(where: { $0.name == name }) { of = known } else {
                        of = entities.count
                        entities.append(Entity(name: name, type: .place))
                    }
                case nil: of = nil
                }
                let sentence = sentences[s]
                roles.append(Role(entity: holder, title: sentence.surface(title.tokens), of: of, sentence: s, tokens: title.tokens,
                                  start: sentence.tokens[title.tokens.lowerBound].start,
                                  end: sentence.tokens[title.tokens.upperBound - 1].end))
            }
        }
        mentions += RoleNouns.mentions(sentences, roles: roles, entities: entities, taken: mentions, titleWords: lexicon.titleWords)
        return EntityAnalysis(entities: entities, mentions: mentions.sorted { ($0.sentence, $0.tokens.lowerBound) < ($1.sentence, $1.tokens.lowerBound) },
                              roles: roles, literals: literals)
    }

    private func item(_ candidate: Candidate, _ sentences: [Sentence]) -> Item {
        let sentence = sentences[candidate.sentence]
        return Item(candidate: candidate, surface: sentence.surface(candidate.tokens),
                    words: sentence.tokens[candidate.tokens].map(\.text))
    }

    /// The canonical name and type of a group of mentions. The type with the strongest evidence
    /// wins (lexicon over cue words over the tagger, each mention voting).
    private func entity(of members: [Int], items: [Item]) -> Entity {
        var votes: [EntityType: Int] = [:]
        var counts: [String: Int] = [:]
        for i in members {
            let evidence = items[i].candidate.evidence.rawValue
            votes[items[i].candidate.type, default: 0] += evidence * evidence
            counts[items[i].surface, default: 0] += 1
        }
        let type = votes.max { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }!.key
        // A line-up's "M Corry" is a short form of the Martin Corry the report names.
        func spelledOut(_ item: Item) -> Int { item.words.count < 2 || item.words[0].filter(\.isLetter).count > 1 ? 1 : 0 }
        let name = members.lazy.compactMap { items[$0].candidate.canonical }.first
            ?? members.map { items[$0] }.max { a, b in
                (a.words.count, spelledOut(a), counts[a.surface]!, -a.surface.count)
                    < (b.words.count, spelledOut(b), counts[b.surface]!, -b.surface.count)
            }!.surface
        let aliases = counts.keys.filter { $0 != name }.sorted()
        return Entity(name: name, type: type, aliases: aliases)
    }

    /// A name found once is a name wherever else it is written the same way (and a product's
    /// plural too: `Patriots`). A one-word name is not trusted at the start of a sentence, where
    /// any word is capitalised, unless the lexicon or a cue word typed it.
    private func propagate(_ items: inout [Item], sentences: [Sentence]) {
        var known: [[String]: Candidate] = [:]
        for item in items where item.words.contains(where: { $0.contains(where: \.isUppercase) }) {
            if known[item.words].map({ $0.evidence < item.candidate.evidence }) ?? true { known[item.words] = item.candidate }
            if item.candidate.type == .object, item.words.count == 1 {
                known[[item.words[0] + "s"]] = known[[item.words[0] + "s"]] ?? item.candidate
            }
        }
        // A person's surname alone is that person even first in a sentence ("Cook said …"), and
        // over the tagger's guess at the surname alone elsewhere.
        for item in items where item.candidate.type == .person && item.words.count > 1 {
            guard let surname = item.words.last, surname.startsUppercase,
                  known[[surname]].map({ $0.evidence < .cue }) ?? true else { continue }
            var candidate = item.candidate
            candidate.evidence = .cue
            known[[surname]] = candidate
        }
        var covered: [Int: Set<Int>] = [:]
        for item in items { covered[item.candidate.sentence, default: []].formUnion(item.candidate.tokens) }
        let longest = known.keys.map(\.count).max() ?? 0
        for (s, sentence) in sentences.enumerated() {
            let words = sentence.tokens.map(\.text)
            var i = 0
            while i < words.count {
                var matched = 0
                for length in stride(from: min(longest, words.count - i), through: 1, by: -1) {
                    let range = i..<(i + length)
                    guard let source = known[Array(words[range])], !range.contains(where: { covered[s]?.contains($0) ?? false }) else { continue }
                    if i == 0, length == 1, source.evidence == .tagger { continue }
                    if NameFinder.isCurrencyPrefix(range, in: sentence, lexicon: lexicon) { continue }
                    var candidate = source
                    candidate.sentence = s
                    candidate.tokens = range
                    items.append(item(candidate, sentences))
                    covered[s, default: []].formUnion(range)
                    matched = length
                    break
                }
                i += max(matched, 1)
            }
        }
    }

    /// A one-word name joins the one person whose full name ends (or else starts) with it, or the
    /// one organisation whose name starts (or else ends) with it (`Lockheed` → `Lockheed Martin`,
    /// `United` → `Westbridge United`, also beside `Fans United`) unless it is a place; a person's
    /// longer surname joins the one full name it ends (`Da Costa` → `Luis Da Costa`), a first and
    /// last name the one longer name with the same first and last words (`Ana Ruiz` → `Ana M Ruiz`),
    /// and an initial and surname the one full name they abbreviate (`T Marsh` → `Tom Marsh`).
    private func linkShortForms(_ items: [Item], groups: inout UnionFind) {
        for (i, item) in items.enumerated() where item.candidate.type == .person && item.words.count > 1 {
            let words = item.words.map { $0.lowercased() }
            let owners = Set(items.indices.filter { items[$0].candidate.type == .person && items[$0].words.count > item.words.count }
                .filter { o in
                    let longer = items[o].words.map { $0.lowercased() }
                    // "Da Costa" ends "Luis Da Costa"; "Ana Ruiz" leaves out the middle of "Ana M Ruiz".
                    return longer.suffix(words.count).elementsEqual(words)
                        || words.count == 2 && longer.first == words.first && longer.last == words.last
                }
                .map { groups.find($0) })
            if owners.count == 1 { groups.union(owners.first!, i) }
        }
        // "T Marsh" in a line-up is the one Tom Marsh of the article.
        for (i, item) in items.enumerated() where item.candidate.type == .person && item.words.count == 2 {
            let initial = item.words[0].hasSuffix(".") ? String(item.words[0].dropLast()) : item.words[0]
            guard initial.count == 1 else { continue }
            let owners = Set(items.indices.filter { o in
                let words = items[o].words
                return items[o].candidate.type == .person && words.count > 1 && words[0].count > 2 && words[0].hasPrefix(initial)
                    && words.last == item.words.last
            }.map { groups.find($0) })
            if owners.count == 1 { groups.union(owners.first!, i) }
        }
        let people = items.indices.filter { items[$0].candidate.type == .person && items[$0].words.count > 1 }
        let organizations = items.indices.filter { items[$0].candidate.type == .organization && items[$0].words.count > 1 }
        // A club or firm the tagger took for a place ("Leeds United") still owns its last word.
        let otherNames = items.indices.filter { items[$0].candidate.type != .person && items[$0].words.count > 1
            && items[$0].candidate.canonical == nil }
        for (i, item) in items.enumerated() where item.words.count == 1 && item.candidate.canonical == nil {
            let word = item.words[0].lowercased()
            var choices = [(people, \[String].last), (people, \[String].first)]
            // A place standing alone is the place, not the firm named after it (Texas, Texas Instruments).
            if !isPlace(item) {
                choices.append((organizations, \[String].first))
                // An organisation word alone ("Bank", "Group") is too common to be one firm's short form.
                if !lexicon.organizationWords.contains(word) { choices.append((otherNames, \[String].last)) }
            }
            for (names, position) in choices {
                let named = names.filter { items[$0].words[keyPath: position]?.lowercased() == word }
                var owners = Set(named.map { groups.find($0) })
                // Of two names ending in the word, the one that only adds a place before it is the
                // one the word stands for ("United" is Westbridge United, not Fans United).
                if owners.count > 1, position == \[String].last {
                    owners = Set(named.filter { isPlace(words: items[$0].words.dropLast()) }.map { groups.find($0) })
                    if owners.count != 1 { break }
                }
                if owners.count == 1 {
                    groups.union(owners.first!, i)
                    break
                }
                if owners.count > 1 { break }  // two names share the word: leave it apart
            }
        }
    }

    /// "Kay-Q, real name Kevin Quinn" and "Kay-Q (real name …)": a stage name and the person's own
    /// name are one person.
    private func linkRealNames(_ items: [Item], sentences: [Sentence], groups: inout UnionFind) {
        for (i, item) in items.enumerated() where item.candidate.type == .person {
            let tokens = sentences[item.candidate.sentence].tokens
            let start = item.candidate.tokens.lowerBound
            guard start >= 3, tokens[start - 2].text.lowercased() == "real", tokens[start - 1].text.lowercased() == "name",
                  [",", "("].contains(tokens[start - 3].text),
                  let named = items.indices.first(where: { items[$0].candidate.sentence == item.candidate.sentence
                      && items[$0].candidate.tokens.upperBound == start - 3 }) else { continue }
            groups.union(named, i)
        }
    }

    /// "Fairvote, the Open Ballot Alliance, was launched …": an organisation named again in an
    /// apposition by another name is one organisation. A list ("Nordtel, the Vantek Group, and
    /// Halcyon") goes on after the second comma with a name or a conjunction; an apposition does not.
    private func linkRenamings(_ items: [Item], sentences: [Sentence], groups: inout UnionFind) {
        for (i, item) in items.enumerated() where item.candidate.type == .organization && item.candidate.canonical == nil {
            let words = sentences[item.candidate.sentence].tokens.map(\.text)
            let end = item.candidate.tokens.upperBound
            guard end + 2 < words.count, words[end] == ",", words[end + 1].lowercased() == "the",
                  let renamed = items.indices.first(where: { items[$0].candidate.sentence == item.candidate.sentence
                      && items[$0].candidate.tokens.lowerBound == end + 2 }),
                  items[renamed].candidate.type == .organization, items[renamed].candidate.canonical == nil else { continue }
            let after = items[renamed].candidate.tokens.upperBound
            guard after + 1 < words.count, words[after] == ",", !words[after + 1].startsUppercase,
                  !CoordinatedNames.conjunctions.contains(words[after + 1]), words[after + 1] != "nor" else { continue }
            groups.union(i, renamed)
        }
    }

    /// Links each acronym to the phrase its letters spell: another name in the text, or a
    /// capitalised phrase (extended over the words after it) that then becomes a name itself.
    private func linkAcronyms(_ items: inout [Item], links: inout [(Int, Int)], sentences: [Sentence]) {
        // Each mention of an acronym would scan the whole text again; the phrase depends only on the letters.
        var spelled: [String: (Int, Range<Int>)?] = [:]
        // Each name's initials once, not once per acronym that is compared with it.
        var initials = items.map { Acronyms.initials($0.words) }
        for a in items.indices where items[a].candidate.canonical == nil {
            guard let letters = Acronyms.letters(items[a].surface) else { continue }
            // Two letters are never a place's code in running text (the lexicon keeps `US` and `UK`):
            // `SA` beside South Africa is more often a firm's suffix, `NE` a postcode.
            let placesAllowed = letters.count > 2
            if let b = items.indices.first(where: { $0 != a && items[$0].words.count > 1
                && (placesAllowed || !isPlace(items[$0]))
                && Acronyms.matches(letters, initials[$0]) }) {
                links.append((a, b))
                items[a].candidate.provisional = false
                items[a].candidate.type = items[b].candidate.type
                continue
            }
            if spelled[letters] == nil { spelled[letters] = .some(spelledOut(letters, in: sentences)) }
            guard let (s, range) = spelled[letters]!, placesAllowed || !items.contains(where: {
                $0.candidate.sentence == s && isPlace($0) && $0.candidate.tokens.overlaps(range)
            }) && !isPlace(item(Candidate(sentence: s, tokens: range, type: .object, evidence: .tagger), sentences)) else { continue }
            items[a].candidate.provisional = false
            let words = sentences[s].tokens[range].map(\.text)
            let last = words.last!.lowercased()
            let type: EntityType = lexicon.organizationWords.contains(last) ? .organization
                : lexicon.eventWords.contains(last) ? .event : .object
            let candidate = Candidate(sentence: s, tokens: range, type: type, evidence: .cue)
            // The phrase absorbs names inside it (`National Advanced` tagged on its own).
            items[a].candidate.type = type
            for i in items.indices where items[i].candidate.sentence == s && items[i].candidate.tokens.overlaps(range) {
                items[i].candidate.tokens = range
                items[i].candidate.type = type
                items[i].candidate.evidence = .cue
                items[i].candidate.canonical = nil  // "Israel" inside "Israel Defense Forces" is no longer the country
                items[i].surface = sentences[s].surface(range)
                items[i].words = words
                initials[i] = Acronyms.initials(words)
                links.append((a, i))
            }
            if !links.contains(where: { $0.0 == a }) {
                items.append(item(candidate, sentences))
                initials.append(Acronyms.initials(items[items.count - 1].words))
                links.append((a, items.count - 1))
            }
        }
    }

    /// Whether a name is a place by its type, the lexicons (`Los Angeles` is a place hint) or its
    /// first word (`Northern Ireland`), whatever the tagger typed it.
    private func isPlace(_ item: Item) -> Bool {
        item.candidate.type == .place || isPlace(words: item.words[...])
    }

    /// Whether words name a place by the lexicons or their first word, whatever their type.
    private func isPlace(words: ArraySlice<String>) -> Bool {
        guard let first = words.first else { return false }
        return lexicon.name(words)?.type == .place || lexicon.hints.name(words) != nil
            || NameFinder.placeModifiers.contains(first.lowercased())
    }

    /// The first phrase in the text, starting with a capitalised word, whose initials spell `letters`.
    private func spelledOut(_ letters: String, in sentences: [Sentence]) -> (Int, Range<Int>)? {
        for (s, sentence) in sentences.enumerated() {
            let words = sentence.tokens.map(\.text)
            for start in words.indices where words[start].startsUppercase && !Acronyms.skipped.contains(words[start].lowercased()) {
                var end = start + 1
                var initials = ""  // grown a word at a time: a phrase's initials are its words' in turn
                while end <= words.count, end - start <= 12 {
                    initials += Acronyms.initials(CollectionOfOne(words[end - 1]))
                    if initials.count > letters.count + 1 { break }
                    if Acronyms.matches(letters, initials), NameFinder.isWordish(words[end - 1]) { return (s, start..<end) }
                    guard end < words.count, NameFinder.isWordish(words[end]) || words[end] == "-" else { break }
                    end += 1
                }
            }
        }
        return nil
    }
}

/// Disjoint sets over item indexes.
struct UnionFind {
    private var parent: [Int]
    init(count: Int) { parent = Array(0..<count) }
    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }
    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
