import Foundation

/// The folded form under which names are matched across articles: lower case, accents
/// and punctuation removed, spelled-out initials joined, a leading "the" dropped.
///
///     AliasKey.fold("U.S.") == AliasKey.fold("US") == "us"
///     AliasKey.fold("The United States") == "united states"
///     AliasKey.fold("Zelenskyy") == AliasKey.fold("ZELENSKYY")
public enum AliasKey {
    public static func fold(_ name: String) -> String {
        // Foundation's folding is slow; most names are ASCII and need only lower-casing.
        let plain = name.utf8.allSatisfy { $0 < 0x80 }
            ? name.lowercased()
            : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
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
}
