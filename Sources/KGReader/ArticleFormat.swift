/// How an input is read. Chosen from the file extension, and from the content when the
/// extension says nothing (no extension, standard input, an unknown one given explicitly).
enum ArticleFormat {
    case text, html, json, jsonLines

    /// Extensions read when a folder is walked; any other file in a folder is skipped silently.
    static let extensions: [String: ArticleFormat?] = [
        "txt": .text, "text": .text, "md": .text, "markdown": .text,
        "html": .html, "htm": .html, "xhtml": .html,
        "json": .json, "jsonl": .jsonLines, "ndjson": .jsonLines,
        "": nil,  // no extension: sniffed
    ]

    /// The lower-cased extension of the last path component ("" when it has none).
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The format of an input from its extension (if known) and its first bytes.
    static func detect(path: String?, prefix: ArraySlice<UInt8>) -> ArticleFormat {
        let byExtension = path.flatMap { extensions[fileExtension($0)] ?? nil }
        let sniffed = sniff(prefix)
        switch byExtension {
        case .json?: return sniffed == .jsonLines ? .jsonLines : .json
        case .text?: return sniffed == .html ? .html : .text  // a saved web page named .txt
        case let format?: return format
        case nil: return sniffed
        }
    }

    private static func sniff(_ prefix: ArraySlice<UInt8>) -> ArticleFormat {
        var body = prefix
        if body.starts(with: [0xef, 0xbb, 0xbf]) { body = body.dropFirst(3) }
        let start = body.drop { [32, 9, 10, 13].contains($0) }
        guard let first = start.first else { return .text }
        let head = String(decoding: start.prefix(1024), as: UTF8.self).lowercased()
        if first == UInt8(ascii: "<"),
           ["<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div", "<meta", "<title"]
            .contains(where: head.containsText) {
            return .html
        }
        if first == UInt8(ascii: "[") { return .json }
        if first == UInt8(ascii: "{") {
            // JSON lines: the first line closes its object and a later line opens another.
            let lines = start.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
                .map { $0.filter { ![32, 9, 13].contains($0) } }
            guard lines.count >= 2, lines[0].last == UInt8(ascii: "}") else { return .json }
            return lines[1].first == UInt8(ascii: "{") ? .jsonLines : .json
        }
        return .text
    }
}
