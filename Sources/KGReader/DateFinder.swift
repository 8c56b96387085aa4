import KGCore

/// Finds calendar dates written the ways news sites write them and returns ISO days (`2024-06-21`).
///
/// Recognised: `2024-06-21` (with or without a time after it), `2024/06/21`, `20240621`, `Jun 21, 2024`,
/// `June 21st 2024`, `Sept. 21, 2024`, `21 June 2024`, `Fri, 21 Jun 2024 19:05:00 GMT`, and
/// `21/06/2024` or `06/21/2024` only when the order is unambiguous. Impossible dates are ignored.
enum DateFinder {
    private enum Token: Equatable {
        case word(String)      // lower-cased letters
        case number(String)    // digits
        case mark(Character)   // any other non-space character
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
        "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    ]
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// The first date in `text` (only its first 400 characters are searched: dates sit near the front).
    static func firstDate<S: StringProtocol>(in text: S) -> String? {
        let tokens = tokenize(text.prefix(400))
        for start in tokens.indices {
            if let day = date(at: start, in: tokens) { return day }
        }
        return nil
    }

    /// ISO day of a Unix timestamp in seconds (or milliseconds, when it is too large for seconds).
    static func day(fromTimestamp value: Double) -> String? {
        guard value.isFinite, value > 0 else { return nil }
        let seconds = value > 1e11 ? value / 1000 : value
        let days = Int((seconds / 86_400).rounded(.down))
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return iso(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    private static func date(at i: Int, in t: [Token]) -> String? {
        func number(_ j: Int, digits: ClosedRange<Int>) -> Int? {
            guard j < t.count, case .number(let s) = t[j], digits.contains(s.count) else { return nil }
            return Int(s)
        }
        func month(_ j: Int) -> Int? {
            guard j < t.count, case .word(let w) = t[j] else { return nil }
            return months[w]
        }
        func isMark(_ j: Int, _ marks: Set<Character>) -> Bool {
            guard j < t.count, case .mark(let c) = t[j] else { return false }
            return marks.contains(c)
        }
        func isWord(_ j: Int, _ words: Set<String>) -> Bool {
            guard j < t.count, case .word(let w) = t[j] else { return false }
            return words.contains(w)
        }

        // 2024-06-21, 2024/06/21, 2024.06.21
        if let year = number(i, digits: 4...4), isMark(i + 1, ["-", "/", "."]),
           let m = number(i + 2, digits: 1...2), isMark(i + 3, ["-", "/", "."]), let d = number(i + 4, digits: 1...2) {
            return iso(year: year, month: m, day: d)
        }
        // 20240621, as some <meta> tags write it
        if let compact = number(i, digits: 8...8), (1800_0101...2200_1231).contains(compact) {
            return iso(year: compact / 10_000, month: compact / 100 % 100, day: compact % 100)
        }
        // Jun 21, 2024 · June 21st 2024 · Sept. 21, 2024
        if let m = month(i) {
            var j = i + 1
            if isMark(j, ["."]) { j += 1 }
            if let d = number(j, digits: 1...2) {
                j += 1
                if isWord(j, ordinalSuffixes) { j += 1 }
                if isMark(j, [","]) { j += 1 }
                if let year = number(j, digits: 4...4) { return iso(year: year, month: m, day: d) }
            }
        }
        // 21 June 2024 · 21st of June, 2024 · 21 Jun. 2024
        if let d = number(i, digits: 1...2) {
            var j = i + 1
            if isWord(j, ordinalSuffixes) { j += 1 }
            if isWord(j, ["of"]) { j += 1 }
            if let m = month(j) {
                j += 1
                if isMark(j, ["."]) { j += 1 }
                if isMark(j, [","]) { j += 1 }
                if let year = number(j, digits: 4...4) { return iso(year: year, month: m, day: d) }
            }
            // 21/06/2024 or 06/21/2024 when only one reading is a real date
            if isMark(i + 1, ["/"]), let b = number(i + 2, digits: 1...2), isMark(i + 3, ["/"]),
               let year = number(i + 4, digits: 4...4) {
                let dayFirst = iso(year: year, month: b, day: d)
                let monthFirst = iso(year: year, month: d, day: b)
                if (dayFirst == nil) != (monthFirst == nil) || d == b { return dayFirst ?? monthFirst }
            }
        }
        return nil
    }

    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1800...2200).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    private static func tokenize<S: StringProtocol>(_ text: S) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var kind: UInt8 = 0  // 1 letters, 2 digits
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(kind == 1 ? .word(current.lowercased()) : .number(current))
            current = ""
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let letter = (65...90).contains(v) || (97...122).contains(v)
            let digit = (48...57).contains(v)
            if letter || digit {
                let k: UInt8 = letter ? 1 : 2
                if kind != k { flush(); kind = k }
                current.unicodeScalars.append(scalar)
            } else {
                flush()
                kind = 0
                if !(v == 32 || (9...13).contains(v) || (v > 0x7f && scalar.properties.isWhitespace)) { tokens.append(.mark(Character(scalar))) }
            }
        }
        flush()
        return tokens
    }
}
