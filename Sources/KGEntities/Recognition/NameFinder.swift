import KGCore
import KGLanguage

/// Finds the names of one sentence: the tagger's spans, corrected by the lexicon (country names
/// and codes win over the tagger's guess), typed by cue words (`Patriot missile` is a product,
/// `Kennan Institute` an organisation), with titles cut off person names and kept as `TitleUse`s.
struct NameFinder {
    let tagger: NameTagger
    var lexicon: Lexicon { tagger.lexicon }

    /// A title found before or after a person's name, not yet resolved to entities.
    struct TitleUse {
        var holder: Int  // candidate index in the sentence
        var tokens: Range<Int>
        var of: Of?
        enum Of { case candidate(Int), country(String) }
    }

    struct Result {
        var candidates: [Candidate]
        var titles: [TitleUse]
    }

    /// Words that may start a sentence without belonging to a title before a name.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "then", "now", "but", "and", "so", "when", "after", "before", "meanwhile", "however",
        "also", "while", "as", "if", "with", "for", "in", "on", "at", "by", "from", "to", "of", "said", "says",
    ]
    /// Words that make a new place out of the place name they go with (`South Sudan`, `East Jerusalem`).
    static let placeModifiers: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "greater", "new", "old", "northeast", "northwest", "southeast", "southwest", "gulf", "bay", "lake", "river",
        "mount", "cape", "island", "islands", "sea", "coast", "latin",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those"]
    static let pronouns: Set<String> = [
        "i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them", "his", "its", "our",
        "their", "my", "your", "this", "that", "who", "what",
    ]

    /// `articleText` asks for names a news reader would see: at least one capital letter or digit.
    /// `literals` are the sentence's `Literals.find`, when the caller has them.
    func find(in sentence: Sentence, index: Int, articleText: Bool = true, literals: [Literal]? = nil) -> Result {
        // Closures, not key paths: a key path is read through the runtime, token by token.
        let words = sentence.tokens.map { $0.text }
        let pos = sentence.tokens.allSatisfy({ $0.xpos != .untagged }) ? sentence.tokens.map { $0.xpos.label } : nil
        var candidates = NameSpan.spans(of: tagger.tag(words, pos: pos)).map { span in
            Candidate(sentence: index, tokens: span.tokens, type: Self.type(of: span.label), evidence: .tagger)
        }
        candidates = HyphenatedNames.widened(candidates.flatMap { trimmed($0, words: words) }, in: sentence.tokens, lexicon: lexicon)
        candidates = unglued(withLexiconNames(candidates, words: words, index: index), words: words)
        candidates = withProperNounRuns(candidates, sentence: sentence, index: index)
        candidates = ShapedNames.added(to: candidates, words: words, index: index)
        candidates = withAcronyms(candidates.map { twoLetterCodeAsAcronym($0, words: words) }, words: words, index: index)
        let coordination = CoordinatedNames(finder: self)
        candidates = coordination.added(to: coordination.split(candidates, words: words), words: words, index: index)
        var titles: [TitleUse] = []
        let nominal = sentence.tokens.map { [.noun, .adj, .propn, .untagged].contains($0.upos) }
        candidates = splitTitles(candidates, words: words, nominal: nominal, titles: &titles)
        candidates = candidates.map { typedByCues($0, words: words) }
        let joined = joinedOfPhrases(candidates, words: words)
        candidates = joined.candidates
        titles = titles.compactMap { title in
            // A holder swallowed by an organisation's `of` phrase is no longer a person with a title.
            guard let holder = joined.survivor[title.holder] else { return nil }
            var title = title
            title.holder = holder
            if case .candidate(let of)? = title.of { title.of = .candidate(joined.home[of]) }
            return title
        }
        candidates = candidates.map { typedByApposition($0, words: words) }
        candidates = withFirstNames(candidates, sentence: sentence, titles: titles)
        let literalTokens = Set((literals ?? Literals.find(in: sentence, index: index)).flatMap { Array($0.tokens) })
        // Drop what is not a node: demonyms, literals, pronouns, untyped leftovers, lower-case words.
        var keep: [Bool] = candidates.map { candidate in
            let text = words[candidate.tokens].joined(separator: " ")
            if lexicon.country(ofDemonym: text) != nil { return false }
            if Self.isCurrencyPrefix(candidate.tokens, in: sentence, lexicon: lexicon) { return false }
            if candidate.tokens.allSatisfy(literalTokens.contains) { return false }
            if candidate.tokens.count == 1, candidate.evidence < .lexicon, Self.pronouns.contains(text.lowercased()) { return false }
            if candidate.tokens.allSatisfy({ lexicon.isTitle(words[$0]) }),
               !isTitledName(candidate.tokens, words: words) { return false }
            if candidate.tokens.count == 1, candidate.evidence < .lexicon, lexicon.organizationWords.contains(text.lowercased()),
               isFragment(candidate.tokens.lowerBound, words: words) { return false }
            if articleText, !candidate.tokens.contains(where: { words[$0].contains(where: { $0.isUppercase || $0.isNumber }) }),
               ShapedNames.siteName(text) == nil { return false }
            if candidate.type == .object, candidate.evidence == .tagger { return Self.looksLikeProduct(words[candidate.tokens]) }
            return true
        }
        // Titles whose holder was dropped go with it.
        for (i, title) in titles.enumerated() where !keep[title.holder] { titles[i].holder = -1 }
        var renumber: [Int: Int] = [:]
        var kept: [Candidate] = []
        for (i, candidate) in candidates.enumerated() where keep[i] {
            renumber[i] = kept.count
            kept.append(candidate)
        }
        keep = []
        titles = titles.compactMap { title in
            guard let holder = renumber[title.holder] else { return nil }
            var title = title
            title.holder = holder
            if case .candidate(let of)? = title.of { title.of = renumber[of].map { .candidate($0) } }
            return title
        }
        titles += appositionTitles(kept, words: words)
        // An acronym a title is of ("FBI Director …") names something, licensed or not.
        for title in titles { if case .candidate(let owner)? = title.of { kept[owner].provisional = false } }
        return Result(candidates: kept, titles: titles)
    }

    /// Currency words a country's name qualifies ("US dollars", "Hong Kong dollar").
    static let currencyWords: Set<String> = ["dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "yuan", "peso", "pesos"]

    /// Whether a name only says which currency: a country before a currency word, or capitals written
    /// against a `$` (`A$7`, `US$`): money, not a mention of the country.
    static func isCurrencyPrefix(_ tokens: Range<Int>, in sentence: Sentence, lexicon: Lexicon) -> Bool {
        let words = sentence.tokens
        guard tokens.upperBound < words.count else { return false }
        let next = words[tokens.upperBound]
        if next.text == "$", words[tokens.upperBound - 1].end == next.start,
           words[tokens].allSatisfy({ $0.text.allSatisfy(\.isUppercase) }) { return true }
        return currencyWords.contains(next.text.lowercased()) && lexicon.name(words[tokens].map(\.text))?.type == .place
    }

    /// Whether a one-word name sits against a comma or another capitalised word (`Analyst Team 1`,
    /// `Broadband Services`, `, Inc.`): a piece of a longer name the tagger cut short, not a name.
    func isFragment(_ i: Int, words: [String]) -> Bool {
        let before = i > 0 ? words[i - 1] : ""
        let after = i + 1 < words.count ? words[i + 1] : ""
        let capitalisedBefore = before.startsUppercase && Self.isWordish(before) && (i > 1 || !Self.sentenceOpeners.contains(before.lowercased()))
        return before == "," || capitalisedBefore || (after.startsUppercase && Self.isWordish(after))
    }

    static func type(of label: String) -> EntityType {
        switch label {
        case "PER": .person
        case "LOC": .place
        case "ORG": .organization
        default: .object
        }
    }

    /// A name the tagger called MISC is kept as a product only when it looks like one: `iPhone`,
    /// `F-16`, `S-400`.
    static func looksLikeProduct(_ words: ArraySlice<String>) -> Bool {
        words.contains { word in
            word.contains(where: \.isNumber) || word.dropFirst().contains(where: \.isUppercase) && word.contains(where: \.isLowercase)
        }
    }

    /// Without leading determiners and trailing possessives or punctuation; split at an inner
    /// possessive (`Wilson Center 's Kennan Institute` → two names).
    func trimmed(_ candidate: Candidate, words: [String]) -> [Candidate] {
        var range = candidate.tokens
        while !range.isEmpty, Self.determiners.contains(words[range.lowerBound].lowercased()) || !Self.isWordish(words[range.lowerBound]) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while !range.isEmpty, words[range.upperBound - 1].isPossessive || !Self.isWordish(words[range.upperBound - 1]) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        guard !range.isEmpty else { return [] }
        if let cut = range.dropFirst().first(where: { words[$0].isPossessive }), cut + 1 < range.upperBound,
           words[cut + 1].startsUppercase {
            var left = candidate, right = candidate
            left.tokens = range.lowerBound..<cut
            right.tokens = (cut + 1)..<range.upperBound
            return trimmed(left, words: words) + trimmed(right, words: words)
        }
        var result = candidate
        result.tokens = range
        return [result]
    }

    static func isWordish(_ word: String) -> Bool {
        word.contains { $0.isLetter || $0.isNumber }
    }

    /// The longest lexicon name at each position (capitalised, or a code as written) replaces the
    /// tagger spans it overlaps, except a larger name around it (`Bank of Russia`, `Georgia Smith`);
    /// a place span ending or starting with a country is cut in two (`Invercargill New Zealand`).
    func withLexiconNames(_ candidates: [Candidate], words: [String], index: Int) -> [Candidate] {
        var result = candidates
        var i = 0
        while i < words.count {
            var found: (Int, Lexicon.Name)?
            // Every length's name starts with this word: one test turns most words away.
            if words[i].startsUppercase, lexicon.startsName(words[i]) {
                for length in stride(from: min(lexicon.longestName, words.count - i), through: 1, by: -1) {
                    if let name = lexicon.name(words[i..<(i + length)]), !words[i + length - 1].isPossessive {
                        found = (length, name)
                        break
                    }
                }
            }
            // A country code the tagger did not see as a name is more likely an abbreviation (`PS`, `PR`, `DM`).
            guard let (length, name) = found,
                  !name.caseSensitive || name.type != .place || result.contains(where: { $0.tokens.overlaps(i..<(i + length)) }) else {
                i += 1
                continue
            }
            let match = Candidate(sentence: index, tokens: i..<(i + length), type: name.type, evidence: .lexicon,
                                  canonical: name.canonical)
            var replaced = false
            var next: [Candidate] = []
            for candidate in result {
                guard candidate.tokens.overlaps(match.tokens) else {
                    next.append(candidate)
                    continue
                }
                let inside = candidate.tokens.lowerBound <= match.tokens.lowerBound && candidate.tokens.upperBound >= match.tokens.upperBound
                if inside && candidate.tokens != match.tokens {
                    let atEdge = candidate.tokens.lowerBound == match.tokens.lowerBound || candidate.tokens.upperBound == match.tokens.upperBound
                    var rest = candidate
                    rest.tokens = candidate.tokens.lowerBound == match.tokens.lowerBound
                        ? match.tokens.upperBound..<candidate.tokens.upperBound
                        : candidate.tokens.lowerBound..<match.tokens.lowerBound
                    // `South Vietnam`, `Georgetown University` and `Gulf of Mexico` stay whole.
                    let restIsName = !rest.tokens.contains { i in
                        let word = words[i].lowercased()
                        return Self.placeModifiers.contains(word) || lexicon.organizationWords.contains(word) || !words[i].startsUppercase
                    }
                    if candidate.type == .place && atEdge && name.type == .place && restIsName {
                        next.append(rest)
                    } else {
                        next.append(candidate)
                        replaced = true  // the larger name stands; no separate lexicon mention
                        continue
                    }
                }
            }
            if !replaced { next.append(match) }
            result = next.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            i += length
        }
        return result
    }

    /// Proper-noun runs from the parse that the tagger missed, when a cue word types them
    /// (`Patriot` before `missile`, `Kennan Institute`).
    /// Capitalised words after the first word of the sentence count too, unless the parse calls
    /// them verbs or function words ("Supreme" in "Supreme Council" is an adjective).
    func withProperNounRuns(_ candidates: [Candidate], sentence: Sentence, index: Int) -> [Candidate] {
        let tokens = sentence.tokens
        func proper(_ i: Int) -> Bool {
            if tokens[i].upos == .propn { return true }
            guard i > 0, tokens[i].text.startsUppercase, NameFinder.isWordish(tokens[i].text) else { return false }
            return [.untagged, .adj, .noun, .num, .x].contains(tokens[i].upos)
        }
        var result = candidates
        var i = 0
        while i < tokens.count {
            guard proper(i), !result.contains(where: { $0.tokens.contains(i) }) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, proper(end), !result.contains(where: { $0.tokens.contains(end) }) { end += 1 }
            let run = Candidate(sentence: index, tokens: i..<end, type: .object, evidence: .tagger)
            let typed = typedByCues(run, words: tokens.map { $0.text })
            if typed.evidence == .cue { result.append(typed) }
            i = end
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// All-capitals words the tagger missed (`OFC`), as provisional names; a shouted sentence has none.
    func withAcronyms(_ candidates: [Candidate], words: [String], index: Int) -> [Candidate] {
        guard words.contains(where: { $0.contains(where: \.isLowercase) }) else { return candidates }
        var result = candidates
        for (i, word) in words.enumerated() where Acronyms.letters(word) != nil && !isTitleWordOrLiteral(word)
            && !result.contains(where: { $0.tokens.contains(i) }) {
            var candidate = Candidate(sentence: index, tokens: i..<(i + 1), type: .organization, evidence: .tagger)
            candidate.provisional = true
            result.append(candidate)
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A two-letter capitals word the tagger calls a place (`NY`, `SD`, `IV`) is an abbreviation to
    /// be licensed by the text like any other: in running text such codes mean firms, offices and
    /// numerals more often than places; the lexicon's own codes (`US`, `UK`) were typed before this.
    func twoLetterCodeAsAcronym(_ candidate: Candidate, words: [String]) -> Candidate {
        guard candidate.type == .place, candidate.evidence < .lexicon, candidate.tokens.count == 1,
              Acronyms.letters(words[candidate.tokens.lowerBound])?.count == 2 else { return candidate }
        var acronym = candidate
        acronym.type = .organization
        acronym.provisional = true
        return acronym
    }

    private func isTitleWordOrLiteral(_ word: String) -> Bool {
        lexicon.isTitle(word) || Literals.isLiteral(word)
    }

    /// Where each old candidate went when `of` phrases were joined: `home` is the index of the
    /// candidate that now holds its tokens, `survivor` the same but nil for one joined onto another.
    struct JoinedCandidates {
        var candidates: [Candidate]
        var home: [Int]
        var survivor: [Int: Int]
    }

    /// "Supreme Council" + "of" + "National Defence" is one organisation: a name ending in an
    /// organisation word takes the capitalised name after its `of`.
    func joinedOfPhrases(_ candidates: [Candidate], words: [String]) -> JoinedCandidates {
        var joined = JoinedCandidates(candidates: [], home: [], survivor: [:])
        for (index, candidate) in candidates.enumerated() {
            if var last = joined.candidates.last, last.evidence < .lexicon || last.type == .organization,
               lexicon.organizationWords.contains(words[last.tokens.upperBound - 1].lowercased()),
               candidate.tokens.lowerBound == last.tokens.upperBound + 1, words[last.tokens.upperBound] == "of",
               words[candidate.tokens].allSatisfy({ $0.startsUppercase }) {
                last.tokens = last.tokens.lowerBound..<candidate.tokens.upperBound
                last.type = .organization
                last.evidence = .cue
                last.canonical = nil
                joined.candidates[joined.candidates.count - 1] = last
            } else {
                joined.survivor[index] = joined.candidates.count
                joined.candidates.append(candidate)
            }
            joined.home.append(joined.candidates.count - 1)
        }
        return joined
    }

    /// Words that head an apposition saying what kind of place a name is ("Kharkiv, a city in …").
    static let placeNouns: Set<String> = [
        "city", "town", "village", "capital", "country", "region", "province", "state", "island", "port", "district",
    ]

    /// "Raytheon, an American defense company": the apposition's head noun types the name.
    func typedByApposition(_ candidate: Candidate, words: [String]) -> Candidate {
        guard candidate.evidence < .lexicon, candidate.type != .person || candidate.evidence == .tagger else { return candidate }
        var i = candidate.tokens.upperBound
        guard i + 1 < words.count, words[i] == ",", Self.determiners.contains(words[i + 1].lowercased()) else { return candidate }
        i += 2
        let end = min(words.count, i + 5)
        while i < end, words[i].allSatisfy({ $0.isLetter || $0 == "-" }) {
            let word = words[i].lowercased()
            var typed = candidate
            typed.evidence = .cue
            if lexicon.organizationWords.contains(word) {
                typed.type = .organization
                return typed
            }
            if Self.placeNouns.contains(word) {
                typed.type = .place
                return typed
            }
            i += 1
        }
        return candidate
    }

    /// Cue words decide the type over the tagger: a product head noun right after the name,
    /// an organisation or event word ending it or heading its `of` phrase ("Bank of Iceland").
    func typedByCues(_ candidate: Candidate, words: [String]) -> Candidate {
        guard candidate.evidence < .lexicon else { return candidate }
        var typed = candidate
        let last = words[candidate.tokens.upperBound - 1].lowercased()
        let head = candidate.tokens.dropFirst().first { words[$0] == "of" }.map { words[$0 - 1].lowercased() } ?? last
        let after = candidate.tokens.upperBound < words.count ? words[candidate.tokens.upperBound].lowercased() : ""
        if lexicon.organizationWords.contains(last) || lexicon.organizationWords.contains(head) {
            typed.type = .organization
        } else if lexicon.eventWords.contains(last), candidate.tokens.count > 1 {
            typed.type = .event
        } else if lexicon.productWords.contains(after), candidate.type != .person || candidate.tokens.count == 1 {
            typed.type = .object
        } else {
            return candidate
        }
        typed.evidence = .cue
        return typed
    }
}
