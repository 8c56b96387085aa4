import KGCore

/// Words whose shape only a name has, found once is enough: a capital inside a word after a
/// lower-case letter (`MetroLink`, `NorthPage`, `iPod`) and a web address (`Qrio.com`). A
/// lower-case start is a product's style; otherwise the weakest guess, an organisation, which
/// other mentions and cue words overrule.
enum ShapedNames {
    static let domains: Set<String> = ["com", "org", "net", "co.uk", "org.uk", "info", "tv", "biz"]
    /// Surname prefixes that put a capital inside a person's name (`McCall`, `MacRae`, `DiCaprio`).
    static let surnamePrefixes = ["Mc", "Mac", "Di", "De", "Le", "La", "Van", "Von", "O'"]

    static func added(to candidates: [Candidate], words: [String], index: Int) -> [Candidate] {
        var result = candidates
        for (i, word) in words.enumerated() where !candidates.contains(where: { $0.tokens.contains(i) }) {
            let site = isWebAddress(word)
            guard site || isCamelCase(word) else { continue }
            let type: EntityType = word.first!.isLowercase && !site ? .object : .organization
            result.append(Candidate(sentence: index, tokens: i..<(i + 1), type: type, evidence: .tagger))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    static func isCamelCase(_ word: String) -> Bool {
        let letters = Array(word)
        guard letters.count >= 4, letters.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." }),
              !surnamePrefixes.contains(where: { word.hasPrefix($0) }) else { return false }
        // A capitalised word or one lower-case letter before the capitals (`iPod`, `eBay`); the inner
        // capital starts a part of its own ("guitarHe" and "TraX" are typing slips or spellings).
        guard letters[0].isUppercase || letters[1].isUppercase else { return false }
        return letters.indices.dropFirst().dropLast().contains {
            letters[$0].isUppercase && letters[$0 - 1].isLowercase && letters[$0 + 1].isLowercase
        }
    }

    /// The name a web address is of, for joining the two (`NorthPage.org` and `NorthPage`).
    static func siteName(_ word: String) -> String? {
        guard isWebAddress(word), let dot = word.firstIndex(of: ".") else { return nil }
        return String(word[..<dot])
    }

    /// `name.com`, `name.co.uk`: a dotted word ending in a common top-level domain, not a URL's path.
    static func isWebAddress(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard let dot = lower.firstIndex(of: "."), dot > lower.startIndex,
              lower.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return false }
        return domains.contains(String(lower[lower.index(after: dot)...]))
    }
}
