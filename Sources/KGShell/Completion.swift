/// What Tab offers: commands and dot-commands at the start of a line, then keywords and
/// entity names. A multi-word name completes from any of its leading words already typed
/// (`North Ko` → `North Korea`), since the editor only replaces the word under the cursor.
public struct Completion: Sendable {
    public var names: [String]

    public init(names: [String] = []) { self.names = names }

    static let commands = ["path", "neighbors", "why", "entity", "find", "timeline", "dot"]
    static let dotCommands = [".help", ".quit", ".read", ".output", ".mode", ".timer", ".open", ".stats", ".bail"]
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
        var result: [String] = []
        // Try the typed word alone, then with up to three words before it as a name's start.
        for count in 0...min(3, previousWords.count) {
            var leading = previousWords.suffix(count).map { $0 }
            if let first = leading.first { leading[0] = String(first.drop(while: { $0 == "\"" || $0 == "'" })) }
            let typed = (leading + [word]).joined(separator: " ").lowercased()
            if typed.isEmpty { continue }
            let skip = typed.count - word.count
            for name in names where name.lowercased().hasPrefix(typed) {
                let candidate = String(name.dropFirst(skip))
                if !candidate.isEmpty, !result.contains(candidate) { result.append(candidate) }
            }
        }
        return result.sorted()
    }
}
