/// What Tab offers: commands and dot-commands at the start of a line, then keywords and
/// entity names. A multi-word name completes from its leading words already typed
/// (`North Ko` → `Korea`, since the editor only replaces the word under the cursor), and from
/// any of its words (`Kor` → `North Korea`).
public struct Completion: Sendable {
    /// Every spelling of every named entity, the most connected first.
    public var names: [String]
    /// Every spelling of every concept (a noun phrase such as "British jobs"), offered after
    /// the named entities: someone typing `Br` more likely means Gordon Brown.
    public var concepts: [String]

    public init(names: [String] = [], concepts: [String] = []) {
        self.names = names
        self.concepts = concepts
    }

    static let commands = ["path", "neighbors", "why", "entity", "find", "timeline", "dot"]
    static let dotCommands = [".help", ".quit", ".read", ".output", ".mode", ".timer", ".open", ".stats", ".bail", ".timeout", ".max-bindings"]
    static let keywords = ["max", "via", "all", "with", "evidence", "negated", "since", "until", "min", "confidence",
                           "limit", "depth", "out", "in", "both"]
    static let modes = ["table", "json", "tsv", "csv"]

    /// Replacements for `word`, the text between the last word break and the cursor, given
    /// everything typed before it on the line.
    public func candidates(for word: String, after before: String) -> [String] {
        let previousWords = before.split(whereSeparator: \.isWhitespace).map(String.init)
        if previousWords.isEmpty {
            if word.hasPrefix(".") { return Self.dotCommands.filter { $0.hasPrefix(word.lowercased()) } }
            return Self.matching(Self.commands, word) + nameCandidates(for: word, previousWords: [])
        }
        if previousWords.count == 1, previousWords[0].lowercased() == ".mode" { return Self.matching(Self.modes, word) }
        if previousWords.count == 1, ["on", "off"].contains(where: { $0.hasPrefix(word) }),
           [".timer", ".bail"].contains(previousWords[0].lowercased()) {
            return Self.matching(["on", "off"], word)
        }
        if previousWords[0].hasPrefix(".") { return [] }
        var result = nameCandidates(for: word, previousWords: previousWords)
        if !word.isEmpty { result += Self.matching(Self.keywords, word).filter { !result.contains($0) } }
        return result
    }

    private static func matching(_ list: [String], _ word: String) -> [String] {
        list.filter { $0.hasPrefix(word.lowercased()) }
    }

    private func nameCandidates(for word: String, previousWords: [String]) -> [String] {
        // The most words typed that begin a name win: after `entity Gordon Br` only the rest of
        // "Gordon Brown" is offered, not every name starting "Br".
        for count in stride(from: min(3, previousWords.count), through: 1, by: -1) {
            var leading = previousWords.suffix(count).map { $0 }
            leading[0] = String(leading[0].drop(while: { $0 == "\"" || $0 == "'" }))
            let typed = (leading + [word]).joined(separator: " ").lowercased()
            let skip = typed.count - word.count
            let found = Self.unique((names + concepts).lazy.filter { $0.lowercased().hasPrefix(typed) }
                .map { String($0.dropFirst(skip)) })
            if !found.isEmpty { return found }
        }
        guard !word.isEmpty else { return [] }
        return Self.unique(Self.wholeNames(names, containing: word) + Self.wholeNames(concepts, containing: word))
    }

    /// The word alone: names it begins, then names with a later word it begins, completed
    /// whole (`Kor` → `North Korea`).
    private static func wholeNames(_ names: [String], containing word: String) -> [String] {
        let typed = word.lowercased()
        var starting: [String] = [], inside: [String] = []
        for name in names {
            let lower = name.lowercased()
            if lower.hasPrefix(typed) {
                starting.append(name)
            } else if lower.contains(" " + typed) || lower.contains("-" + typed) {
                inside.append(name)
            }
        }
        return starting + inside
    }

    private static func unique(_ candidates: some Sequence<String>) -> [String] {
        var seen = Set<String>()
        return candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
