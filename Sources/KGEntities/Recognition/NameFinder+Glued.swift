/// Words the tagger glues onto a name that are no part of it: a lower-case role noun and what it
/// is of ("Oasis singer Liam Gallagher", "UK bank Norbank"); before a person's name, a party ("Tory Neil Hamilton"),
/// a capitalised role noun opening the sentence ("Striker Nicolas Anelka"), and lower-case words
/// or a possessive's noun after any name ("Manchester United's board").
extension NameFinder {
    /// Lower-case words that do belong inside names (`Charles de Gaulle`, `Osama bin Laden`,
    /// `Bank of England`).
    static let nameParticles: Set<String> = [
        "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el", "bin", "ibn", "ben",
        "y", "dos", "das", "do", "zu", "ter", "of", "and", "the", "for", "&", "on", "upon", "in",
    ]

    /// Nouns that, after a demonym, name a country's state acting ("the Argentine State", "the
    /// French Government"): the country, as a country acting is anyway.
    static let governmentNouns: Set<String> = ["state", "government", "administration", "authorities"]

    func unglued(_ candidates: [Candidate], words: [String]) -> [Candidate] {
        candidates.flatMap { candidate -> [Candidate] in
            var range = candidate.tokens
            if range.count == 2, candidate.evidence < .lexicon, let country = lexicon.country(ofDemonym: words[range.lowerBound]),
               Self.governmentNouns.contains(words[range.upperBound - 1].lowercased()) {
                return [Candidate(sentence: candidate.sentence, tokens: range, type: .place, evidence: .lexicon, canonical: country)]
            }
            // Trailing lower-case words are never a name's end ("… United 's board" was cut at the 's),
            // unless hyphenated onto it (`Blu-ray`, see HyphenatedNames).
            while range.count > 1, isLowerCaseWord(words[range.upperBound - 1]), words[range.upperBound - 2] != "-" {
                range = range.lowerBound..<(range.upperBound - 1)
            }
            // A demonym after a name of two words or more belongs to the lower-case noun after it
            // ("the Bay City Rovers American football team"); "London Irish" stays whole.
            while range.count > 2, candidate.evidence < .lexicon, range.upperBound < words.count,
                  lexicon.country(ofDemonym: words[range.upperBound - 1]) != nil, isLowerCaseWord(words[range.upperBound]) {
                range = range.lowerBound..<(range.upperBound - 1)
            }
            var trimmed = candidate
            trimmed.tokens = range
            guard trimmed.evidence < .lexicon else { return [trimmed] }
            guard trimmed.type == .person else { return splitAtRole(trimmed, words: words) }
            return splitPerson(trimmed, words: words)
        }
    }

    /// "Oasis singer Liam Gallagher", "UK bank Norbank": the name starts after the last lower-case
    /// word; what is before the role noun is what the role is of, most often a band, club or firm
    /// (or a place the lexicon knows). The role says what the name is when it is an organisation
    /// word (`bank`, `club`) or a title; otherwise the name keeps its type. Returns the pieces, the
    /// name last.
    private func splitAtRole(_ candidate: Candidate, words: [String]) -> [Candidate] {
        let range = candidate.tokens
        guard let role = range.dropLast().last(where: { isLowerCaseWord(words[$0]) && !Self.nameParticles.contains(words[$0]) }),
              words[role + 1].startsUppercase else { return [candidate] }
        var pieces: [Candidate] = []
        var ownerEnd = role
        while ownerEnd > range.lowerBound, isLowerCaseWord(words[ownerEnd - 1]) { ownerEnd -= 1 }  // "lead singer"
        let owner = range.lowerBound..<ownerEnd
        if !owner.isEmpty, owner.allSatisfy({ words[$0].startsUppercase || Self.nameParticles.contains(words[$0]) }) {
            if let known = lexicon.name(words[owner]) {
                pieces.append(Candidate(sentence: candidate.sentence, tokens: owner, type: known.type, evidence: .lexicon,
                                        canonical: known.canonical))
            } else {
                var organization = candidate
                organization.tokens = owner
                organization.type = .organization
                organization.evidence = .tagger
                pieces.append(organization)
            }
        }
        var name = candidate
        name.tokens = (role + 1)..<range.upperBound
        let roleWord = words[role].lowercased()
        if lexicon.organizationWords.contains(roleWord) {
            name.type = .organization
            name.evidence = .cue
        } else if candidate.type != .person, lexicon.isTitle(roleWord) {
            name.type = .person
            name.evidence = .cue
        }
        return pieces + [name]
    }

    private func splitPerson(_ person: Candidate, words: [String]) -> [Candidate] {
        let range = person.tokens
        let split = splitAtRole(person, words: words)
        // "UK bank Norbank": the role made the name an organisation's.
        guard let named = split.last, named.type == .person else { return split }
        var pieces = Array(split.dropLast())
        var start = named.tokens.lowerBound
        // "Tory Neil Hamilton": a known organisation before the name is apart from it.
        if start + 1 < range.upperBound, let known = lexicon.name([words[start]]), known.type == .organization {
            pieces.append(Candidate(sentence: person.sentence, tokens: start..<(start + 1), type: .organization,
                                    evidence: .lexicon, canonical: known.canonical))
            start += 1
        }
        // "Striker Nicolas Anelka" opening a sentence: a common noun before a two-word name.
        if start == 0, range.upperBound - start >= 3, isCommonWord(words[start]), !isTitleWord(words[start]) { start += 1 }
        var name = person
        name.tokens = start..<range.upperBound
        if start > range.lowerBound { name.evidence = .cue }
        return pieces + [name]
    }

    private func isLowerCaseWord(_ word: String) -> Bool {
        word.contains(where: \.isLetter) && !word.contains(where: { $0.isUppercase || $0.isNumber })
    }
}
