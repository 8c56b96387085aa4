import KGCore

/// Names keyed by their token sequence, for longest-match lookups over a sentence: codes (`US`,
/// `USA`) match only as written, other names whatever their case.
public struct NameTable: Sendable {
    /// Known names keyed by their folded token sequence (`united states`, `u.s.`).
    public private(set) var names: [String: Lexicon.Name] = [:]
    /// The longest known name, in tokens.
    public private(set) var longest = 1
    /// The folded first token of every known name: most words start none, and `name` turns
    /// them away before joining any key.
    private var firstWords: Set<String> = []
    /// Every folded beginning of a known name of two tokens or more (`united`, `united states`):
    /// `marks` tries only the lengths whose beginnings are known.
    private var beginnings: Set<String> = []

    public init() {}

    public mutating func add(_ alias: String, canonical: String, type: EntityType, caseSensitive: Bool) {
        let parts = Lexicon.tokens(of: alias)
        guard !parts.isEmpty else { return }
        let key = caseSensitive ? parts.joined(separator: " ") : Lexicon.fold(parts)
        // The first entry wins: files list official and common names before looser variants.
        if names[key] == nil { names[key] = Lexicon.Name(canonical: canonical, type: type, caseSensitive: caseSensitive) }
        let folded = parts.map(Lexicon.foldWord)
        firstWords.insert(folded[0])
        for length in 1..<parts.count { beginnings.insert(folded[0..<length].joined(separator: " ")) }
        longest = max(longest, parts.count)
    }

    /// Whether some known name starts with `word` (a cheap test before trying every length).
    public func startsName(_ word: String) -> Bool { firstWords.contains(Lexicon.foldWord(word)) }

    /// The known name spelled by `tokens`, honouring case-sensitive codes.
    public func name(_ tokens: some Collection<String>) -> Lexicon.Name? {
        guard let first = tokens.first, startsName(first) else { return nil }
        return name(ArraySlice(tokens), folded: ArraySlice(tokens.map(Lexicon.foldWord)))
    }

    /// `name(tokens)` for tokens whose first word starts a name, given each token's `Lexicon.foldWord`.
    private func name(_ tokens: ArraySlice<String>, folded: ArraySlice<String>) -> Lexicon.Name? {
        if let name = names[tokens.joined(separator: " ")], name.caseSensitive { return name }
        if let name = names[folded.joined(separator: " ")], !name.caseSensitive { return name }
        return nil
    }

    /// Per token, `B-type`/`I-type` for the longest known name starting at each word, `-` elsewhere.
    func marks(_ words: [String]) -> [String] { marks(words, folded: words.map(Lexicon.foldWord)) }

    /// The length of the longest start of `folded` (words that start a name) that a known name
    /// may spell: a name of n tokens has all its beginnings of fewer tokens in `beginnings`.
    private func longestBeginning(_ folded: ArraySlice<String>) -> Int {
        var key = folded[folded.startIndex]
        var length = 1
        while length < folded.count, beginnings.contains(key) {
            key += " " + folded[folded.startIndex + length]
            length += 1
        }
        return length
    }

    /// `marks(words)` given each word's `Lexicon.foldWord`.
    func marks(_ words: [String], folded: [String]) -> [String] {
        var marks = Array(repeating: "-", count: words.count)
        var i = 0
        while i < words.count {
            let longest = firstWords.contains(folded[i]) ? longestBeginning(folded[i..<min(words.count, i + self.longest)]) : 0
            var matched = 1
            for length in stride(from: longest, through: 1, by: -1) {
                if let name = name(words[i..<(i + length)], folded: folded[i..<(i + length)]) {
                    marks[i] = "B-" + name.type.rawValue
                    for j in (i + 1)..<(i + length) { marks[j] = "I-" + name.type.rawValue }
                    matched = length
                    break
                }
            }
            i += matched
        }
        return marks
    }
}
