// Scalar classes the tokenizer and splitter branch on. ASCII is answered by comparisons so the
// hot loops never touch Unicode property tables for plain English text.
extension Unicode.Scalar {
    /// Whitespace, plus the invisible separators (zero-width space, byte-order mark, word
    /// joiner) that pasted web text carries and that must never become tokens.
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x200B, 0x2060, 0xFEFF: return true
        case 0..<0x80: return false
        default: return properties.isWhitespace
        }
    }

    /// Letters, combining marks and the invisible joiners inside words (soft hyphen, ZWNJ, ZWJ).
    var isLetter: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xAD, 0x200C, 0x200D: return true
        case 0..<0x80: return false
        default:
            switch properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    var isDigit: Bool {
        switch value {
        case 0x30...0x39: return true
        case 0..<0x80: return false
        default: return properties.numericType == .decimal
        }
    }

    var isAlphanumeric: Bool { isLetter || isDigit }

    var isUppercase: Bool {
        switch value {
        case 0x41...0x5A: return true
        case 0..<0x80: return false
        default: return properties.isUppercase
        }
    }

    var isLowercase: Bool {
        switch value {
        case 0x61...0x7A: return true
        case 0..<0x80: return false
        default: return properties.isLowercase
        }
    }

    /// Straight and curly apostrophes (U+0027, U+2019) and the backtick some writers use for them.
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 || value == 0x60 }

    /// Hyphen-minus and the Unicode hyphens that join words.
    var isHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }

    /// Marks that end a sentence: . ! ? and the ellipsis character.
    var isSentenceFinal: Bool { value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026 }

    /// Closing quotes and brackets that stay with the sentence they follow.
    var isClosing: Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB: return true
        default: return false
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars in `range` as a String.
    func string(_ range: Range<Int>) -> String {
        // Writing UTF-8 straight into the string's storage is several times faster than
        // appending to a UnicodeScalarView, and this runs once per token.
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var n = 0
            for k in range {
                for unit in UTF8.encode(self[k])! {
                    buffer[n] = unit
                    n += 1
                }
            }
            return n
        }
    }

    /// Whether the scalars at `i…` spell `word` (ASCII, compared case-insensitively).
    func matches(_ word: StaticString, at i: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i >= 0, i + count <= self.count else { return false }
        let bytes = word.utf8Start
        for k in 0..<count {
            var a = self[i + k].value
            if a >= 0x41 && a <= 0x5A { a += 0x20 }
            if a != UInt32(bytes[k]) { return false }
        }
        return true
    }
}
