/// Acronyms licensed by the text: `NASAM` stands for a phrase whose initials spell it
/// ("National Advanced Surface-to-Air Missiles"); a trailing plural `s` on either side is allowed.
enum Acronyms {
    static let skipped: Set<String> = ["of", "and", "the", "for", "to", "on", "in", "at", "&", "de", "du", "la", "von", "van", "a"]

    /// The letters of `text` when it is written as an acronym (`NATO`, `U.S.`, `NASAMs`), else nil.
    static func letters(_ text: String) -> String? {
        // A word starting with a lower-case ASCII letter starts its letters with it: no acronym.
        if let first = text.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) { return nil }
        // Foundation's replacement is slow and most words have no period.
        var body = text.utf8.contains(UInt8(ascii: ".")) ? text.replacingOccurrences(of: ".", with: "") : text
        if body.hasSuffix("s"), body.count > 2 { body.removeLast() }
        guard (2...8).contains(body.count), body.allSatisfy({ $0.isUppercase || $0.isNumber }),
              body.contains(where: \.isLetter) else { return nil }
        return body
    }

    /// The upper-cased initials of a phrase, hyphenated words counting once per part.
    static func initials(_ words: some Sequence<String>) -> String {
        var result = ""
        for word in words {
            for part in word.split(whereSeparator: { $0 == "-" || $0 == "/" }) {
                let lower = part.lowercased()
                guard let first = part.first, first.isLetter || first.isNumber, !skipped.contains(lower) else { continue }
                result.append(Character(first.uppercased()))
            }
        }
        return result
    }

    /// Whether an acronym's letters match a phrase's initials.
    static func matches(_ letters: String, _ initials: String) -> Bool {
        initials.count >= 2 && (letters == initials || letters == initials + "S" || letters + "S" == initials)
    }
}
