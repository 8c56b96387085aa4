import Foundation

/// RFC 4180 CSV: records end in CRLF; a field is quoted when it holds a comma, a quote, CR or
/// LF, or starts or ends with a space, and quotes inside it are doubled.
enum CSV {
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
