/// Character references in HTML text and attribute values: numeric (`&#8217;`, `&#x2019;`) and
/// the named ones that occur in news pages. Unknown names are left as written.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": " ", "emsp": " ",
        "thinsp": " ", "zwj": "\u{200D}", "zwnj": "\u{200C}", "shy": "\u{AD}", "mdash": "—", "ndash": "–",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "bull": "•", "middot": "·", "copy": "©",
        "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "frac12": "½",
        "frac14": "¼", "frac34": "¾", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§",
        "para": "¶", "dagger": "†", "Dagger": "‡", "prime": "′", "Prime": "″", "iexcl": "¡", "iquest": "¿",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â", "auml": "ä",
        "Auml": "Ä", "atilde": "ã", "Atilde": "Ã", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ",
        "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê",
        "Ecirc": "Ê", "euml": "ë", "Euml": "Ë", "iacute": "í", "Iacute": "Í", "igrave": "ì", "Igrave": "Ì",
        "icirc": "î", "Icirc": "Î", "iuml": "ï", "Iuml": "Ï", "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó",
        "Oacute": "Ó", "ograve": "ò", "Ograve": "Ò", "ocirc": "ô", "Ocirc": "Ô", "ouml": "ö", "Ouml": "Ö",
        "otilde": "õ", "Otilde": "Õ", "oslash": "ø", "Oslash": "Ø", "uacute": "ú", "Uacute": "Ú", "ugrave": "ù",
        "Ugrave": "Ù", "ucirc": "û", "Ucirc": "Û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "Yacute": "Ý",
        "yuml": "ÿ", "szlig": "ß", "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "oelig": "œ",
        "OElig": "Œ",
    ]

    static func decode<S: StringProtocol>(_ text: S) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return String(text) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&", let (replacement, length) = reference(at: i, in: scalars) else {
                out.append(scalars[i])
                i += 1
                continue
            }
            out.append(contentsOf: replacement.unicodeScalars)
            i += length
        }
        return String(out)
    }

    /// The replacement for the reference starting at `start` (an `&`) and how many scalars it spans.
    private static func reference(at start: Int, in s: [Unicode.Scalar]) -> (String, Int)? {
        var j = start + 1
        if j < s.count, s[j] == "#" {
            j += 1
            let hex = j < s.count && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < s.count, j - digitsStart < 8, let digit = hexValue(s[j]), hex || digit < 10 {
                value = value &* (hex ? 16 : 10) &+ digit
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < s.count, s[j] == ";" { j += 1 }
            // Windows-1252 numbers that pages emit for curly quotes and dashes.
            let fixed: UInt32 = switch value {
            case 0x91: 0x2018
            case 0x92: 0x2019
            case 0x93: 0x201C
            case 0x94: 0x201D
            case 0x96: 0x2013
            case 0x97: 0x2014
            default: value
            }
            let scalar = fixed == 0 ? nil : Unicode.Scalar(fixed)
            return (String(scalar ?? "\u{FFFD}"), j - start)
        }
        var name = ""
        while j < s.count, j - start <= 10, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";", let replacement = named[name] else { return nil }
        return (replacement, j + 1 - start)
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 48
        case "a"..."f": c.value - 87
        case "A"..."F": c.value - 55
        default: nil
        }
    }
}
