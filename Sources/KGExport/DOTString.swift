/// Quoting for DOT: every ID, label and tooltip kg writes goes through `DOTString.quoted`.
///
/// Graphviz reads a quoted string twice: the DOT lexer only unescapes `\"`, then labels and
/// tooltips are "escString"s where `\n`, `\l`, `\N`… are layout escapes and `&name;` is an HTML
/// entity. So a name must survive both: `"` → `\"`, `\` → `\\`, `&` → `&amp;`, line breaks
/// → `\n` (a centred line). Control characters and Unicode noncharacters are dropped, since
/// Graphviz and the SVG/XML it writes cannot carry them.
enum DOTString {
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 2)
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\n" where previous == "\r": continue
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": out += "\\n"
            case "\t": out += " "
            default:
                if isDropped(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// C0 and C1 controls (including NUL) and the noncharacters XML forbids or reserves.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value)
            || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }
}
