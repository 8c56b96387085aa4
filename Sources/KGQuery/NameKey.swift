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
}
