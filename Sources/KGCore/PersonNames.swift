/// What the words of a person's name say about which of them may stand for the person alone.
///
/// A royal, religious or noble title is followed by a given name ("Prince Aldric", "Pope Linus",
/// "Sheikh Hamad"), not a surname: the title stays part of the name, and the word after it is no
/// surname that another "… Aldric" could share. A given name alone is too common to name one
/// person across articles, so it is never an alias that crosses articles.
public enum PersonNames {
    /// Lower-case titles that go before a given name rather than a surname.
    public static let givenNameTitles: Set<String> = [
        "king", "queen", "prince", "princess", "emperor", "empress", "pope", "sheikh", "sultan",
        "emir", "tsar", "czar", "duke", "duchess", "archduke", "archduchess",
    ]

    /// Whether `word` is a capitalised title that goes before a given name ("Prince", not "prince").
    public static func isGivenNameTitle(_ word: some StringProtocol) -> Bool {
        word.first?.isUppercase == true && givenNameTitles.contains(word.lowercased())
    }

    /// Whether a person's name opens with such a title before a capitalised word: its last word is
    /// then no surname ("Prince Aldric"; not "Prince of Dunmere", a title named after a place).
    public static func opensWithGivenNameTitle(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count > 1 && isGivenNameTitle(words[0]) && words[1].first?.isUppercase == true
    }

    /// Whether a one-word `alias` of the person named `name` is a given name: the name's first word
    /// ("Aldric" of "Aldric Vane"), or any word after a given-name title ("Aldric" of "Prince Aldric").
    public static func isGivenName(_ alias: String, of name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count > 1, !alias.contains(" ") else { return false }
        let given = opensWithGivenNameTitle(name) ? words.dropFirst() : words.prefix(1)
        return given.contains { $0.lowercased() == alias.lowercased() }
    }
}
