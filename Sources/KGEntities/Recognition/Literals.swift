import KGCore
import KGLanguage

/// Finds time and number expressions: weekdays, months, years, clock times, and numerals.
enum Literals {
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.",
        "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
    ]
    static let days: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "mon.", "tue", "tue.", "wed", "wed.", "thu", "thu.", "fri", "fri.", "sat", "sat.", "sun", "sun.",
        "today", "yesterday", "tomorrow",
    ]
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "billion", "billions", "trillion", "dozen", "dozens",
    ]

    /// Whether `word` alone, with nothing beside it, is a date, time or number.
    static func isLiteral(_ word: String) -> Bool {
        kind(Token(text: word, start: 0, end: 0), next: nil) != nil
    }

    static func kind(_ token: Token, next: Token?) -> EntityType? {
        let lower = mayBeListed(token.text) ? token.text.lowercased() : ""
        // "May" and "March" are names and verbs too; a month needs a day or year beside it.
        if months.contains(lower) {
            if lower == "may" || lower == "march" {
                return next.map { $0.text.first?.isNumber ?? false } == true ? .time : nil
            }
            return .time
        }
        if days.contains(lower) || lower == "am" && token.text == "AM" || lower == "pm" && token.text == "PM"
            || lower == "a.m." || lower == "p.m." { return .time }
        if token.text.contains(":"), token.text.split(separator: ":").allSatisfy({ $0.allSatisfy(\.isNumber) && !$0.isEmpty }) {
            return .time
        }
        if token.text.count == 4, let year = Int(token.text), (1800...2100).contains(year) { return .time }
        if token.text.first?.isNumber == true, token.text.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == "%" }) {
            return .number
        }
        if numberWords.contains(lower), token.upos == .untagged || token.upos == .num { return .number }
        return nil
    }

    /// Whether `text` may lower-case to a word of the lists above (all of them two to nine ASCII
    /// letters and dots, starting with a letter): most tokens are turned away without lower-casing.
    private static func mayBeListed(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        guard let first = text.utf8.first, (2...9).contains(text.utf8.count) else { return false }
        return (65...90).contains(first) || (97...122).contains(first)
    }

    /// Runs of literal tokens (commas inside dates joined: `Jun 21, 2024`).
    static func find(in sentence: Sentence, index: Int) -> [Literal] {
        var literals: [Literal] = []
        let tokens = sentence.tokens
        var i = 0
        while i < tokens.count {
            guard var type = kind(tokens[i], next: tokens.indices.contains(i + 1) ? tokens[i + 1] : nil) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count {
                if let next = kind(tokens[end], next: tokens.indices.contains(end + 1) ? tokens[end + 1] : nil) {
                    if next == .time { type = .time }
                    end += 1
                } else if tokens[end].text == ",", end + 1 < tokens.count, type == .time,
                          kind(tokens[end + 1], next: nil) != nil {
                    end += 1
                } else { break }
            }
            literals.append(Literal(type: type, sentence: index, tokens: i..<end, start: tokens[i].start,
                                    end: tokens[end - 1].end, text: sentence.surface(i..<end)))
            i = end
        }
        return literals
    }
}
