import Foundation

/// The folded form under which names are matched: lower case, accents and punctuation removed,
/// spelled-out initials joined, a leading "the" dropped. The store keys aliases by it and the
/// query language looks names up by it, so `kg merge` and the shell resolve a name alike.
///
///     AliasKey.fold("U.S.") == AliasKey.fold("US") == "us"
///     AliasKey.fold("The United States") == "united states"
///     AliasKey.fold("Zelenskyy") == AliasKey.fold("ZELENSKYY")
public enum AliasKey {
    public static func fold(_ name: String) -> String {
        // Foundation's folding is slow and every name and alias is folded when a snapshot
        // loads; most names are ASCII and are folded on bytes.
        name.utf8.allSatisfy { $0 < 0x80 } ? foldASCII(name) : foldUnicode(name)
    }

    static func foldUnicode(_ name: String) -> String {
        let plain = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var word = ""
        for scalar in plain.unicodeScalars {
            if scalar.isASCII ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) : CharacterSet.alphanumerics.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "\u{2019}" {
                // Periods of initials ("U.S.") and apostrophes ("O'Neill") join rather than split.
                if scalar == "." && !word.isEmpty { words.append(word); word = "" }
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1 && words[0] == "the" { words.removeFirst() }
        return joinInitials(words).joined(separator: " ")
    }

    /// "u s a" → "usa": runs of single letters are one spelled-out abbreviation.
    static func joinInitials(_ words: [String]) -> [String] {
        var result: [String] = []
        var run = ""
        for word in words {
            if word.count == 1 && word.first!.isLetter {
                run += word
            } else {
                if !run.isEmpty { result.append(run); run = "" }
                result.append(word)
            }
        }
        if !run.isEmpty { result.append(run) }
        return result
    }

    /// `foldUnicode` for ASCII names, on bytes in one pass (every name and alias is folded when a
    /// snapshot loads); the property tests hold the two to one result. Each word is written after a
    /// space as it is read; the space goes again once the word turns out to be an initial after an
    /// initial, and a leading `the` once a second word follows it.
    static func foldASCII(_ name: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        var wordStart = -1, wordCount = 0
        var previousWasInitial = false, startsWithThe = false
        func endWord() {
            guard wordStart >= 0 else { return }
            let length = folded.count - wordStart
            let isInitial = length == 1 && folded[wordStart] >= 0x61
            wordCount += 1
            if wordCount == 1 {
                startsWithThe = length == 3 && folded[0] == 0x74 && folded[1] == 0x68 && folded[2] == 0x65
            } else if wordCount == 2 && startsWithThe {
                folded.removeFirst(4)
            } else if isInitial && previousWasInitial {
                folded[wordStart - 1] = folded[wordStart]
                folded.removeLast()
            }
            previousWasInitial = isInitial
            wordStart = -1
        }
        for byte in name.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if wordStart < 0 {
                    if !folded.isEmpty { folded.append(0x20) }
                    wordStart = folded.count
                }
                folded.append(lower)
            } else if lower != 0x27 {
                // An apostrophe joins; a period or anything else ends the word.
                endWord()
            }
        }
        endWord()
        return String(decoding: folded, as: UTF8.self)
    }
}
