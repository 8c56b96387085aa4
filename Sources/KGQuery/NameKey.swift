/// Folding of names for lookup, matching the store's alias keys: lower case, punctuation
/// removed, a leading "the" dropped (`The U.S.` → `us`). Two spellings are produced — with
/// punctuation deleted and with punctuation read as a space — so `North-Korea` finds
/// `North Korea` whichever way the store folded it.
enum NameKey {
    static func keys(_ name: String) -> [String] {
        let deleted = fold(name, punctuationAsSpace: false)
        let spaced = fold(name, punctuationAsSpace: true)
        return deleted == spaced ? [deleted] : [deleted, spaced]
    }

    static func fold(_ name: String, punctuationAsSpace: Bool) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(name, punctuationAsSpace: punctuationAsSpace) }
        var words: [String] = []
        var word = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character.isWhitespace || punctuationAsSpace {
                if !word.isEmpty { words.append(word); word = "" }
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// `fold` for ASCII names, on bytes: every entity name and alias is folded when a snapshot
    /// loads, and classifying `Character`s made that over half of `kg query`'s start-up.
    private static func foldASCII(_ name: String, punctuationAsSpace: Bool) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        var wordEnded = false
        for byte in name.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if wordEnded, !folded.isEmpty { folded.append(0x20) }
                wordEnded = false
                folded.append(lower)
            } else if lower == 0x20 || (lower >= 0x09 && lower <= 0x0D) || punctuationAsSpace {
                wordEnded = true
            }
        }
        // A leading "the" goes when other words follow.
        if folded.count > 4, folded[0] == 0x74, folded[1] == 0x68, folded[2] == 0x65, folded[3] == 0x20 {
            folded.removeFirst(4)
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
