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

    /// `foldUnicode` for ASCII names, on bytes; the property tests hold the two to one result.
    static func foldASCII(_ name: String) -> String {
        var words: [ArraySlice<UInt8>] = []
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var wordStart = 0
        func endWord() {
            if bytes.count > wordStart { words.append(bytes[wordStart...]) }
            wordStart = bytes.count
        }
        for byte in name.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                bytes.append(lower)
            } else if lower != 0x27 {
                // An apostrophe joins; a period or anything else ends the word.
                endWord()
            }
        }
        endWord()
        if words.count > 1, words[0].elementsEqual("the".utf8) { words.removeFirst() }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count + words.count)
        var previousWasInitial = false
        for word in words {
            let isInitial = word.count == 1 && word.first! >= 0x61
            if !folded.isEmpty && !(isInitial && previousWasInitial) { folded.append(0x20) }
            folded.append(contentsOf: word)
            previousWasInitial = isInitial
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
