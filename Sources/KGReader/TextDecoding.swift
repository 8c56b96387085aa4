/// Bytes → text, deciding what is not text at all.
///
/// Invalid UTF-8 policy: kg never drops the text of a file for a few bad bytes. Each invalid
/// sequence becomes U+FFFD and the reader reports an error naming the line of the first one (the
/// article is still read; the run ends non-zero so the user notices). A file with no valid
/// multi-byte UTF-8 sequence at all but some bytes ≥ 0x80 is taken to be a legacy single-byte
/// file and decoded as Windows-1252 (a superset of Latin-1), reported the same way. UTF-8 and
/// UTF-16 byte-order marks are honoured. Binary files are skipped.
enum TextDecoding {
    struct Decoded {
        var text: String
        /// What was wrong with the bytes (text was still produced), with the 1-based line it concerns.
        var flaw: (line: Int?, reason: String)?
    }

    enum Failure: Error, Equatable {
        case empty
        case binary(String)

        var reason: String {
            switch self {
            case .empty: "empty file"
            case .binary(let kind): "binary file skipped (\(kind))"
            }
        }
    }

    /// Magic numbers of formats people keep next to their articles.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4b, 0x03, 0x04], "ZIP archive"),
        ([0x1f, 0x8b], "gzip data"),
        ([0x89, 0x50, 0x4e, 0x47], "PNG image"),
        (Array("GIF8".utf8), "GIF image"),
        ([0xff, 0xd8, 0xff], "JPEG image"),
        ([0x7f, 0x45, 0x4c, 0x46], "executable"),
        (Array("SQLite format 3".utf8), "SQLite database"),
        ([0xd0, 0xcf, 0x11, 0xe0], "Office document"),
    ]

    /// Why `prefix` (the first few kilobytes of an input) is not text, or nil when it looks like text.
    static func binaryKind(_ prefix: ArraySlice<UInt8>) -> String? {
        if prefix.starts(with: [0xff, 0xfe]) || prefix.starts(with: [0xfe, 0xff]) { return nil }  // UTF-16 text
        for signature in signatures where prefix.starts(with: signature.bytes) { return signature.name }
        let sample = prefix.prefix(8192)
        if sample.contains(0) { return "contains NUL bytes" }
        // Control characters other than tab, newlines, form feed and escape are rare in text.
        let controls = sample.lazy.filter { $0 < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].contains($0) }.count
        if sample.count >= 32 && controls * 10 > sample.count { return "mostly control characters" }
        return nil
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> Result<Decoded, Failure> {
        if let kind = binaryKind(bytes) { return .failure(.binary(kind)) }
        var body = bytes
        if body.starts(with: [0xef, 0xbb, 0xbf]) { body = body.dropFirst(3) }
        if body.starts(with: [0xff, 0xfe]) || body.starts(with: [0xfe, 0xff]) {
            return finish(Decoded(text: utf16(body)))
        }
        if let text = String(validating: body, as: UTF8.self) { return finish(Decoded(text: text)) }

        var iterator = body.makeIterator()
        var decoder = UTF8()
        var line = 1, firstBadLine: Int?, invalid = 0, multiByte = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 } else if scalar.value >= 0x80 { multiByte += 1 }
            case .error:
                invalid += 1
                if firstBadLine == nil { firstBadLine = line }
            case .emptyInput:
                break loop
            }
        }
        if multiByte == 0 {
            let text = String(String.UnicodeScalarView(body.map(windows1252)))
            return finish(Decoded(text: text, flaw: (nil, "not valid UTF-8; read as Windows-1252")))
        }
        let text = String(decoding: body, as: UTF8.self)
        let count = invalid == 1 ? "1 invalid UTF-8 sequence" : "\(invalid) invalid UTF-8 sequences"
        return finish(Decoded(text: text, flaw: (firstBadLine, "\(count) replaced with U+FFFD; article read anyway")))
    }

    private static func finish(_ decoded: Decoded) -> Result<Decoded, Failure> {
        decoded.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? .failure(.empty) : .success(decoded)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>) -> String {
        let littleEndian = bytes.starts(with: [0xff, 0xfe])
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex + 2
        while i + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252's 0x80–0x9F block; every other byte is its Latin-1 code point.
    private static let cp1252High: [UInt32] = [
        0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
        0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
    ]

    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9f).contains(byte) { return Unicode.Scalar(cp1252High[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }
}
