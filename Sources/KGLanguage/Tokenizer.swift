import KGCore

/// Splits text into Penn-Treebank-style tokens the way UD English EWT does, so the tagger and
/// parser see the words they were trained on.
///
/// Offsets are Unicode-scalar offsets into `text` plus `offset` (pass a sentence's or
/// paragraph's start to get article offsets), and `text[start..<end]` is always the token.
///
/// ```swift
/// let tokens = Tokenizer().tokenize("Dr. Lee doesn't sell surface-to-air missiles.")
/// tokens.map(\.text)
/// // ["Dr.", "Lee", "does", "n't", "sell", "surface", "-", "to", "-", "air", "missiles", "."]
/// tokens[3].start  // 12: the "n" of "doesn't"
/// ```
///
/// Conventions (EWT's): clitics split off (`we'll` → `we` `'ll`, `can't` → `ca` `n't`,
/// `Romania’s` → `Romania` `’s`, `cannot` → `can` `not`); hyphens are tokens except after common
/// prefixes (`e-mail`, `co-founder`); `$` and `%` are tokens; abbreviations keep their full stop
/// (`U.S.`, `Jun.`, `J.`); numbers, times, dates, phone numbers, URLs and e-mail addresses stay whole.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String, offset: Int = 0) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokens(scalars, spans: spans(scalars, in: 0..<scalars.count), offset: offset)
    }

    /// The token spans inside `range` of `scalars`.
    func spans(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var scanner = Scanner(s: scalars)
        var i = range.lowerBound
        while i < range.upperBound {
            if scalars[i].isSpace { i += 1; continue }
            var end = i + 1
            while end < range.upperBound && !scalars[end].isSpace { end += 1 }
            scanner.chunk(i, end)
            i = end
        }
        return scanner.out
    }

    func tokens(_ scalars: [Unicode.Scalar], spans: [Range<Int>], offset: Int) -> [Token] {
        spans.map { span in
            Token(text: scalars.string(span), start: span.lowerBound + offset, end: span.upperBound + offset,
                  spaceAfter: span.upperBound < scalars.count && scalars[span.upperBound].isSpace)
        }
    }
}

extension Tokenizer {
    /// Cuts whitespace-free chunks into token spans, left to right, never looking back.
    struct Scanner {
        let s: [Unicode.Scalar]
        var out: [Range<Int>] = []

        init(s: [Unicode.Scalar]) { self.s = s }

        mutating func chunk(_ a: Int, _ b: Int) {
            var hasAt = false
            for k in a..<b where s[k] == "@" { hasAt = true; break }
            var i = a
            while i < b {
                let c = s[i]
                if let end = url(i, b) ?? (hasAt ? email(i, b) : nil) {
                    out.append(i..<end)
                    i = end
                } else if c.isAlphanumeric {
                    i = word(i, b)
                } else if c.isApostrophe, i > a, s[i - 1].isAlphanumeric, let end = clitic(i, b) {
                    out.append(i..<end)
                    i = end
                } else {
                    i = punctuation(i, b)
                }
            }
        }

        // MARK: Words

        /// Scans a word starting at `start` (an alphanumeric scalar) and emits its tokens.
        mutating func word(_ start: Int, _ b: Int) -> Int {
            if s[start].isDigit, let end = hyphenatedCode(start, b) { out.append(start..<end); return end }
            var j = start
            while j < b {
                let c = s[j]
                if c.isAlphanumeric {
                    if (c == "n" || c == "N") && isNegation(j, b) {
                        if j == start { out.append(j..<j + 3); return j + 3 }
                        break
                    }
                    j += 1
                    continue
                }
                guard j + 1 < b, joins(c, at: j, wordStart: start, b) else { break }
                j += 1
            }
            if j < b && s[j] == "." && !(j + 1 < b && s[j + 1] == ".") && isAbbreviation(start..<j) { j += 1 }
            emitWord(start..<j)
            return j
        }

        /// Whether the non-alphanumeric `c` at `j` stays inside the word begun at `wordStart`.
        func joins(_ c: Unicode.Scalar, at j: Int, wordStart: Int, _ b: Int) -> Bool {
            let prev = s[j - 1], next = s[j + 1]
            switch c {
            case ".": return next.isAlphanumeric                                  // U.S, 4.25, example.com
            case ",", ":", "/": return prev.isDigit && next.isDigit              // 1,000 7:05 6/21/2024
            case "&": return prev.isLetter && next.isLetter                      // AT&T
            case "@", "_": return prev.isAlphanumeric && next.isAlphanumeric
            default:
                if c.isHyphen {
                    return next.isAlphanumeric && Tokenizer.hyphenPrefixes.contains(lowercased(wordStart..<j))
                }
                if c.isApostrophe { return next.isLetter && clitic(j, b) == nil }  // O'Brien
                return false
            }
        }

        /// `n't` at `j` ending a word: `doesn't`, `can’t`.
        func isNegation(_ j: Int, _ b: Int) -> Bool {
            j + 2 < b && s[j + 1].isApostrophe && (s[j + 2] == "t" || s[j + 2] == "T")
                && (j + 3 == b || !s[j + 3].isLetter)
        }

        /// The end of a clitic (`'s`, `’ll`, `'re`, `'ve`, `'m`, `'d`) whose apostrophe is at `i`.
        func clitic(_ i: Int, _ b: Int) -> Int? {
            var j = i + 1
            while j < b && s[j].isLetter { j += 1 }
            switch j - i - 1 {
            case 1: return s.matches("s", at: i + 1) || s.matches("m", at: i + 1) || s.matches("d", at: i + 1) ? j : nil
            case 2: return s.matches("ll", at: i + 1) || s.matches("re", at: i + 1) || s.matches("ve", at: i + 1) ? j : nil
            default: return nil
            }
        }

        func isAbbreviation(_ r: Range<Int>) -> Bool {
            if r.count == 1 { return s[r.lowerBound].isUppercase }               // initial: J.
            var segment = 0, hasDot = false
            for k in r {
                if s[k] == "." {
                    hasDot = true
                    segment = 0
                } else if s[k].isLetter {
                    segment += 1
                    if segment > 2 { hasDot = false; break }
                } else { hasDot = false; break }
            }
            if hasDot { return true }                                           // U.S. p.m. Ph.D.
            return r.count <= 7 && Tokenizer.abbreviations.contains(s.string(r))
        }

        /// The end of a hyphenated code EWT keeps whole: phone numbers (`713-853-3989`, `853-3989`),
        /// ZIP+4 (`20006-3700`), extensions (`3-5213`) and dates (`2024-06-21`, `01-Feb-02`).
        /// Other hyphens between numbers are ranges (`5-10`, `1969-1970`) and split.
        func hyphenatedCode(_ i: Int, _ b: Int) -> Int? {
            var first = i
            while first < b && s[first].isDigit { first += 1 }
            guard first < b, s[first].isHyphen else { return nil }
            var groups: [(length: Int, letters: Bool)] = []
            var k = i
            while k < b {
                let start = k
                let letters = s[k].isLetter
                while k < b && (letters ? s[k].isLetter : s[k].isDigit) { k += 1 }
                if k == start { return nil }
                groups.append((k - start, letters))
                guard k + 1 < b, s[k].isHyphen, s[k + 1].isAlphanumeric, groups.count < 3 else { break }
                k += 1
            }
            guard groups.count > 1, k == b || !s[k].isAlphanumeric else { return nil }
            let shape = groups.map { $0.letters ? -$0.length : $0.length }
            switch shape {
            case [3, 3, 4], [3, 4], [5, 4], [1, 4], [4, 2, 2], [1, -3, 2], [2, -3, 2], [1, -3, 4], [2, -3, 4]: return k
            default: return nil
            }
        }

        /// Emits a scanned word, splitting fused words (`cannot`, `dont`) and units glued to numbers (`7:30PM`).
        mutating func emitWord(_ r: Range<Int>) {
            if r.count == 5 || r.count == 6, let first = Tokenizer.fusedWords[lowercased(r)] {
                out.append(r.lowerBound..<r.lowerBound + first)
                out.append(r.lowerBound + first..<r.upperBound)
                return
            }
            if r.count >= 4 && r.count <= 8 && s.matches("nt", at: r.upperBound - 2)
                && Tokenizer.negatedAuxiliaries.contains(lowercased(r.lowerBound..<r.upperBound - 2)) {
                out.append(r.lowerBound..<r.upperBound - 2)
                out.append(r.upperBound - 2..<r.upperBound)
                return
            }
            if s[r.lowerBound].isDigit, let cut = r.firstIndex(where: { s[$0].isLetter }), cut > r.lowerBound,
               Tokenizer.numberSuffixes.contains(lowercased(cut..<r.upperBound)) {
                out.append(r.lowerBound..<cut)
                out.append(cut..<r.upperBound)
                return
            }
            out.append(r)
        }

        func lowercased(_ r: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            for k in r {
                let c = s[k]
                view.append(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 0x20)! : c)
            }
            return String(view)
        }

        // MARK: URLs and e-mail addresses

        /// The end of a URL starting at `i` (`https://…`, `www.…`), trailing punctuation excluded.
        func url(_ i: Int, _ b: Int) -> Int? {
            switch s[i] {
            case "h", "H", "f", "F", "m", "M", "w", "W": break
            default: return nil
            }
            guard s.matches("http://", at: i) || s.matches("https://", at: i) || s.matches("ftp://", at: i)
                    || s.matches("mailto:", at: i)
                    || (s.matches("www.", at: i) && i + 4 < b && s[i + 4].isAlphanumeric) else { return nil }
            var end = i
            while end < b && !isURLStop(s[end]) { end += 1 }
            var open = 0
            for k in i..<end { if s[k] == "(" { open += 1 } else if s[k] == ")" { open -= 1 } }
            // Trailing punctuation belongs to the sentence, but a `)` closing a `(` in the URL stays.
            while end > i && isTrailing(s[end - 1]) && !(s[end - 1] == ")" && open >= 0) {
                if s[end - 1] == ")" { open += 1 }
                end -= 1
            }
            return end
        }

        /// The end of an e-mail address starting at `i`.
        func email(_ i: Int, _ b: Int) -> Int? {
            var j = i
            while j < b && (s[j].isAlphanumeric || s[j] == "." || s[j] == "_" || s[j] == "%" || s[j] == "+" || s[j].isHyphen) { j += 1 }
            guard j > i, j < b, s[j] == "@" else { return nil }
            var end = j + 1, dots = 0
            while end < b && (s[end].isAlphanumeric || s[end] == "." || s[end].isHyphen) {
                if s[end] == "." { dots += 1 }
                end += 1
            }
            while end > j + 1 && (s[end - 1] == "." || s[end - 1].isHyphen) { end -= 1; if s[end] == "." { dots -= 1 } }
            return dots > 0 && end > j + 1 ? end : nil
        }

        func isURLStop(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x22, 0x3C, 0x3E, 0x201C, 0x201D, 0x2018, 0x2019: return true
            default: return false
            }
        }

        func isTrailing(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case ".", ",", ";", ":", "!", "?", ")", "]", "}", "'": return true
            default: return false
            }
        }

        // MARK: Punctuation and symbols

        /// Emits one punctuation or symbol token at `i`: runs like `...`, `?!`, `--`, `>>` stay whole.
        mutating func punctuation(_ i: Int, _ b: Int) -> Int {
            if let end = emoticon(i, b) { out.append(i..<end); return end }
            let c = s[i]
            var j = i + 1
            if c == "." || c == "!" || c == "?" {
                while j < b && (s[j] == "." || s[j] == "!" || s[j] == "?") { j += 1 }
            } else if c.isHyphen || "<>=*_~`'#".unicodeScalars.contains(c) || c.value == 0x2026 {
                while j < b && s[j] == c { j += 1 }
            } else {
                // Keep emoji sequences whole: variation selectors, skin tones, zero-width joiners.
                while j < b {
                    let v = s[j].value
                    if (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v) { j += 1 }
                    else if v == 0x200D && j + 1 < b { j += 2 }
                    else { break }
                }
            }
            out.append(i..<j)
            return j
        }

        /// The end of an emoticon at `i` (`:)`, `;-)`, `:D`, `^^`) standing apart from any word.
        func emoticon(_ i: Int, _ b: Int) -> Int? {
            guard i == 0 || !s[i - 1].isAlphanumeric else { return nil }
            for face in Tokenizer.emoticons {
                let scalars = face.unicodeScalars
                guard i + scalars.count <= b, zip(scalars, s[i...]).allSatisfy({ $0 == $1 }) else { continue }
                let end = i + scalars.count
                if end == b || !s[end].isAlphanumeric { return end }
            }
            return nil
        }
    }
}
