/// One JSON object on one line, keys sorted, written directly rather than through
/// `JSONSerialization` (which boxes every value and sorts through `AnyHashable`: an eighth of a
/// worker's time on a long article). Escapes what RFC 8259 requires; everything else is UTF-8 as is.
///
///     var line = JSONLine()
///     line["kind"] = "entity"
///     line["id"] = 3
///     line.text   // {"id":3,"kind":"entity"}
struct JSONLine {
    private var fields: [(key: String, value: String)] = []

    subscript(key: String) -> String? {
        get { nil }
        set { if let newValue { fields.append((key, Self.quoted(newValue))) } }
    }

    subscript(key: String) -> Int? {
        get { nil }
        set { if let newValue { fields.append((key, String(newValue))) } }
    }

    subscript(key: String) -> Double {
        get { 0 }
        set { fields.append((key, newValue == newValue.rounded() && abs(newValue) < 1e15 ? String(Int(newValue)) : String(newValue))) }
    }

    subscript(key: String) -> Bool {
        get { false }
        set { fields.append((key, newValue ? "true" : "false")) }
    }

    subscript(key: String) -> [String] {
        get { [] }
        set { fields.append((key, "[" + newValue.map(Self.quoted).joined(separator: ",") + "]")) }
    }

    subscript(key: String) -> [Int] {
        get { [] }
        set { fields.append((key, "[" + newValue.map(String.init).joined(separator: ",") + "]")) }
    }

    var text: String {
        "{" + fields.sorted { $0.key < $1.key }.map { Self.quoted($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }

    static func quoted(_ string: String) -> String {
        var result = "\""
        result.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
