import KGCore

/// A forgiving, non-recursive HTML tokenizer: it never fails, whatever the bytes, and keeps no
/// tree, so unclosed, misnested or 10,000-deep markup costs one pass and no stack.
struct HTMLScanner: IteratorProtocol {
    enum Token: Equatable {
        /// Text as written (character references not yet decoded).
        case text(Substring)
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
    }

    /// Elements whose content is text up to their own end tag, never markup.
    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"]

    private let bytes: [UInt8]
    private var i = 0
    private var rawTextEnd: [UInt8]?  // "</script" while inside a raw-text element

    init(_ html: String) { bytes = Array(html.utf8) }

    mutating func next() -> Token? {
        while i < bytes.count {
            if let end = rawTextEnd {
                rawTextEnd = nil
                let start = i
                i = find(end, from: i, caseInsensitive: true) ?? bytes.count
                if i > start { return .text(text(start, i)) }
                continue
            }
            if bytes[i] != UInt8(ascii: "<") {
                let start = i
                i = find([UInt8(ascii: "<")], from: i) ?? bytes.count
                return .text(text(start, i))
            }
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            if startsWith("<!--", at: i) {
                i = (find(Array("-->".utf8), from: i + 4).map { $0 + 3 }) ?? bytes.count
            } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                i = (find([UInt8(ascii: ">")], from: i).map { $0 + 1 }) ?? bytes.count
            } else if next == UInt8(ascii: "/"), i + 2 < bytes.count, isLetter(bytes[i + 2]) {
                i += 2
                let name = readName()
                i = (find([UInt8(ascii: ">")], from: i).map { $0 + 1 }) ?? bytes.count
                return .end(name: name)
            } else if isLetter(next) {
                i += 1
                return startTag()
            } else {
                i += 1
                return .text("<")
            }
        }
        return nil
    }

    private mutating func startTag() -> Token {
        let name = readName()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: ">") { i += 1; break }
            if isSpace(c) || c == UInt8(ascii: "/") {
                selfClosing = c == UInt8(ascii: "/")
                i += 1
                continue
            }
            selfClosing = false
            let nameStart = i
            while i < bytes.count, !isSpace(bytes[i]), !"=>/".utf8.contains(bytes[i]) { i += 1 }
            if i == nameStart { i += 1; continue }  // a stray "=": skip it
            let attribute = text(nameStart, i).lowercased()
            skipSpaces()
            var value = ""
            if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                i += 1
                skipSpaces()
                value = readValue()
            }
            if attributes[attribute] == nil { attributes[attribute] = HTMLEntities.decode(value) }
        }
        if Self.rawTextElements.contains(name), !selfClosing { rawTextEnd = Array("</\(name)".utf8) }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private mutating func readValue() -> String {
        guard i < bytes.count else { return "" }
        let quote = bytes[i]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = i + 1
            let end = find([quote], from: start) ?? bytes.count
            i = min(end + 1, bytes.count)
            return String(text(start, end))
        }
        let start = i
        while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
        return String(text(start, i))
    }

    private mutating func readName() -> String {
        let start = i
        while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
        return text(start, i).lowercased()
    }

    private mutating func skipSpaces() { while i < bytes.count, isSpace(bytes[i]) { i += 1 } }

    private func text(_ start: Int, _ end: Int) -> Substring {
        Substring(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func startsWith(_ prefix: String, at position: Int) -> Bool {
        bytes[position...].starts(with: prefix.utf8)
    }

    /// Index of the next occurrence of `needle` at or after `from` (ASCII case folding optional).
    private func find(_ needle: [UInt8], from: Int, caseInsensitive: Bool = false) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var k = from
        while k + needle.count <= bytes.count {
            if fold(bytes[k], caseInsensitive) == fold(first, caseInsensitive) {
                var m = 1
                while m < needle.count, fold(bytes[k + m], caseInsensitive) == fold(needle[m], caseInsensitive) { m += 1 }
                if m == needle.count { return k }
            }
            k += 1
        }
        return nil
    }

    private func fold(_ b: UInt8, _ on: Bool) -> UInt8 { on && b >= 65 && b <= 90 ? b + 32 : b }
    private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
    private func isSpace(_ b: UInt8) -> Bool { b == 32 || (9...13).contains(b) }
}
