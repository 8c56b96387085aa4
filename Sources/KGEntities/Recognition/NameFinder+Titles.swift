import KGCore
import KGLanguage

/// Titles before and after person names: "White House National Security Communications Advisor
/// John Kirby", "Ukrainian President Volodymyr Zelenskyy", "William Pomeranz, director of …".
extension NameFinder {
    func isTitleWord(_ word: String) -> Bool { lexicon.isTitle(word) }
    func isHonorific(_ word: String) -> Bool { lexicon.honorifics.contains(word.lowercased()) }

    /// Cuts title words off the front of names and records them, with what the title is of when
    /// a name, demonym or possessive stands right before it. A name whose front is a title run
    /// followed by capitalised words becomes a person (`President Biden`); what stood before the
    /// title inside the same span stays a name of its own (`White House`).
    /// `nominal[i]`: whether word `i` can belong to a noun phrase (a noun, adjective or name, or
    /// any word of an untagged sentence).
    func splitTitles(_ candidates: [Candidate], words: [String], nominal: [Bool], titles: inout [TitleUse]) -> [Candidate] {
        let firstNewTitle = titles.count
        var result: [Candidate] = []
        let candidates = candidates.map { addressedAsPerson($0, words: words) }
        // A span that ends in a title word is a title, not a name ("Ukrainian President"), unless a
        // title already stands before the name it ends ("MP Ana Dean", "Ms Dean").
        for candidate in candidates where !(candidate.evidence < .lexicon && isTitleWord(words[candidate.tokens.upperBound - 1])
            && candidate.tokens.allSatisfy({ isTitleWord(words[$0]) || words[$0].startsUppercase })
            && !isTitledName(candidate.tokens, words: words)) {
            let range = candidate.tokens
            // The last title word inside the span that still leaves a capitalised name after it
            // ("Secretary of State" ends after its `of` phrase).
            guard var titleEnd = range.dropLast().last(where: { isTitleWord(words[$0]) }) else {
                result.append(candidate)
                continue
            }
            if titleEnd + 3 < range.upperBound, words[titleEnd + 1] == "of", words[titleEnd + 2].startsUppercase { titleEnd += 2 }
            guard words[(titleEnd + 1)..<range.upperBound].allSatisfy({ $0.startsUppercase || $0 == "-" }),  // "Mr Ashby-Vane"
                  candidate.evidence < .lexicon,
                  !lexicon.organizationWords.contains(words[range.upperBound - 1].lowercased()) else {
                result.append(candidate)
                continue
            }
            // Walk left from the title word over the title run; the rest of the span is a name of its own.
            var titleStart = titleEnd
            while titleStart > range.lowerBound, belongsToTitle(words, titleStart - 1, sentenceStart: false) { titleStart -= 1 }
            if titleStart > range.lowerBound {
                var before = candidate
                before.tokens = range.lowerBound..<titleStart
                if let name = lexicon.name(words[before.tokens]) {
                    before.type = name.type
                    before.evidence = .lexicon
                    before.canonical = name.canonical
                }
                result.append(typedByCues(before, words: words))
            }
            var person = candidate
            // "Prince Aldric": a title before a given name stays part of the name (`PersonNames`).
            person.tokens = (PersonNames.isGivenNameTitle(words[titleEnd]) ? titleEnd : titleEnd + 1)..<range.upperBound
            person.type = .person
            person.evidence = .cue
            result.append(person)
        }
        // Now every person's title run lies left of its name: find it and what it is of.
        var absorbed: Set<Int> = []
        for index in result.indices where result[index].type == .person {
            // A given-name title the tagger left out of the name joins it ("Prince" + "Aldric").
            let first = result[index].tokens.lowerBound
            if first > 0, PersonNames.isGivenNameTitle(words[first - 1]), !result.contains(where: { $0.tokens.contains(first - 1) }) {
                result[index].tokens = (first - 1)..<result[index].tokens.upperBound
            }
            let candidate = result[index]
            // Such a title inside the name is still the person's title ("the prince" is Prince Aldric).
            let ownTitle = candidate.tokens.count > 1 && PersonNames.isGivenNameTitle(words[candidate.tokens.lowerBound])
            var start = candidate.tokens.lowerBound
            while start > 0, belongsToTitle(words, start - 1, sentenceStart: start - 1 == 0) {
                if let other = result.firstIndex(where: { $0.tokens.contains(start - 1) }) {
                    // Common words the tagger took for a name belong to the title ("National Security Advisor").
                    if result[other].type != .person, result[other].evidence < .lexicon, !absorbed.contains(other),
                       result[other].tokens.allSatisfy({ isCommonWord(words[$0]) && belongsToTitle(words, $0, sentenceStart: $0 == 0) }) {
                        absorbed.insert(other)
                        start = result[other].tokens.lowerBound
                        continue
                    }
                    // A tagger span may have swallowed the title's first words ("White House National
                    // Security | Communications Advisor"): cut it after its last organisation word.
                    let span = result[other].tokens
                    if result[other].type != .person, result[other].evidence < .lexicon,
                       let cut = span.dropLast().last(where: { lexicon.organizationWords.contains(words[$0].lowercased()) }),
                       words[cut + 1] != "of",  // "Bank of Iceland chief": the of-phrase is the bank's
                       words[(cut + 1)..<candidate.tokens.lowerBound].contains(where: isTitleWord) {
                        result[other].tokens = span.lowerBound..<(cut + 1)
                        result[other].type = .organization
                        result[other].evidence = .cue
                        start = cut + 1
                    }
                    break
                }
                start -= 1
            }
            guard ownTitle || start < candidate.tokens.lowerBound
                    && words[start..<candidate.tokens.lowerBound].contains(where: isTitleWord) else { continue }
            // Lower-case words before the title belong to it when an owner precedes them
            // ("the European Union's foreign policy chief"); a verb or preposition ends the noun
            // phrase ("Labour asked party leader …" is no title "asked party leader" of Labour).
            var extended = start
            while extended > 0, start - extended < 3, words[extended - 1].count > 1, words[extended - 1].allSatisfy(\.isLowercase),
                  nominal[extended - 1], !Self.determiners.contains(words[extended - 1]) { extended -= 1 }
            if extended < start, owner(before: extended, in: result, words: words) != nil { start = extended }
            // An honorific is cut off the name but is no office ("Mr Blair", "Foreign Secretary Mr Straw").
            var end = candidate.tokens.lowerBound
            while end > start, isHonorific(words[end - 1]) { end -= 1 }
            if ownTitle { end = candidate.tokens.lowerBound + 1 }
            guard words[start..<end].contains(where: { isTitleWord($0) && !isHonorific($0) }) else { continue }
            titles.append(TitleUse(holder: index, tokens: start..<end,
                                   of: owner(before: start, in: result, words: words)))
        }
        guard !absorbed.isEmpty else { return result }
        var renumber: [Int: Int] = [:]
        var kept: [Candidate] = []
        for (i, candidate) in result.enumerated() where !absorbed.contains(i) {
            renumber[i] = kept.count
            kept.append(candidate)
        }
        for t in firstNewTitle..<titles.count {
            titles[t].holder = renumber[titles[t].holder] ?? -1  // holders are people, never absorbed
            if case .candidate(let of)? = titles[t].of { titles[t].of = renumber[of].map { .candidate($0) } }
        }
        return kept
    }

    /// Whether a span ending in a title word is a name whose surname is one (`King`, `Bishop`): an
    /// abbreviated honorific stands right before it (`Ms King`; not `Lord Chancellor`: the lexicon lists
    /// the dotted forms of the abbreviations), or a capitalised title before a word that is none.
    func isTitledName(_ range: Range<Int>, words: [String]) -> Bool {
        let before = range.lowerBound - 1
        if before >= 0, words[before].startsUppercase, isHonorific(words[before].hasSuffix(".") ? words[before] : words[before] + ".") {
            return true
        }
        return stride(from: max(before, 0), to: range.upperBound - 2, by: 1).contains { i in
            words[i].startsUppercase && isTitleWord(words[i]) && !isTitleWord(words[i + 1]) && words[i + 1].startsUppercase
        }
    }

    /// A name right after a capitalised honorific is a person's, whatever the tagger guessed
    /// ("Sir Peter Lund" read as a place for the town of Lund).
    func addressedAsPerson(_ candidate: Candidate, words: [String]) -> Candidate {
        let before = candidate.tokens.lowerBound - 1
        guard candidate.evidence < .lexicon, before >= 0, words[before].startsUppercase, isHonorific(words[before]) else { return candidate }
        var person = candidate
        person.type = .person
        person.evidence = .cue
        return person
    }

    /// A word that is rarely a name: the treebank seldom tags it a proper noun, or the dictionary
    /// lists it in lower case.
    func isCommonWord(_ word: String) -> Bool {
        guard let bucket = tagger.classes.buckets[word.lowercased()] else { return false }
        return bucket <= 1 || bucket == 6
    }

    /// Whether `words[i]` can be part of a title run: a title word, a capitalised word that is not
    /// an organisation word or name, a demonym or a sentence opener, or `of` between two such words.
    func belongsToTitle(_ words: [String], _ i: Int, sentenceStart: Bool) -> Bool {
        let word = words[i]
        if isTitleWord(word) { return true }
        // A demonym, a party, a country or another known name before a title is what the title is of
        // ("Tory MP …", "NATO Secretary General …", "US Secretary of State …"), not part of it.
        if demonym(endingAt: i, words) != nil || lexicon.organizationWords.contains(word.lowercased())
            || lexicon.name([word]) != nil { return false }
        if word == "of" { return i > 0 && (isTitleWord(words[i - 1]) || words[i - 1].startsUppercase) }
        if sentenceStart && Self.sentenceOpeners.contains(word.lowercased()) { return false }
        return word.startsUppercase && word.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// What a title starting at `start` is of: a demonym (`Ukrainian`), a name just before it
    /// (`White House`), or a possessive name (`Russia's`).
    func owner(before start: Int, in candidates: [Candidate], words: [String]) -> TitleUse.Of? {
        guard start > 0 else { return nil }
        let previous = start - 1
        if let country = demonym(endingAt: previous, words) { return .country(country) }
        // A possessive is `'s`, or `'` then `s` when the tokenizer cut it so (`U.K.'s`).
        let end = words[previous].isPossessive ? previous
            : words[previous] == "s" && previous > 0 && words[previous - 1].isPossessive ? previous - 1 : start
        if let owner = candidates.firstIndex(where: { $0.tokens.upperBound == end && $0.type != .person }) {
            return .candidate(owner)
        }
        return nil
    }

    /// The country of a one- or two-word demonym ending at `i` (`Ukrainian`, `South Korean`).
    func demonym(endingAt i: Int, _ words: [String]) -> String? {
        if i > 0, let country = lexicon.country(ofDemonym: words[i - 1] + " " + words[i]) { return country }
        return lexicon.country(ofDemonym: words[i])
    }

    /// "NAME, [the] title words of [the] OWNER": a title after a person, of an organisation or place
    /// (the last of a possessive chain: "the Wilson Center's Kennan Institute" → Kennan Institute).
    func appositionTitles(_ candidates: [Candidate], words: [String]) -> [TitleUse] {
        var titles: [TitleUse] = []
        for (index, candidate) in candidates.enumerated() where candidate.type == .person {
            var i = candidate.tokens.upperBound
            guard i < words.count, words[i] == "," else { continue }
            i += 1
            if i < words.count, Self.determiners.contains(words[i].lowercased()) { i += 1 }
            let start = i
            while i < words.count, i - start < 6, words[i] != "of", words[i].allSatisfy({ $0.isLetter || $0 == "-" }),
                  !candidates.contains(where: { $0.tokens.contains(i) }) { i += 1 }
            guard i > start, i < words.count, words[i] == "of",
                  words[start..<i].contains(where: isTitleWord) else { continue }
            var j = i + 1
            if j < words.count, Self.determiners.contains(words[j].lowercased()) { j += 1 }
            guard var owner = candidates.firstIndex(where: { $0.tokens.lowerBound == j && $0.type != .person }) else { continue }
            while candidates[owner].tokens.upperBound < words.count, words[candidates[owner].tokens.upperBound].isPossessive,
                  let next = candidates.firstIndex(where: { $0.tokens.lowerBound == candidates[owner].tokens.upperBound + 1 }) {
                owner = next
            }
            titles.append(TitleUse(holder: index, tokens: start..<i, of: .candidate(owner)))
        }
        return titles
    }
}
