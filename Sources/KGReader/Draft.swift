import KGCore

/// An article's fields as a format reader found them, before cleaning, hashing and splitting.
struct Draft {
    var source: String
    var raw: String
    var title: String?
    var date: String?
    var url: String?
}

extension Draft {
    init(source: String, json: JSONArticle) {
        self.init(source: json.source ?? source, raw: json.text, title: json.title, date: json.date, url: json.url)
    }

    init(source: String, html: String) {
        let page = HTMLArticle(html: html)
        self.init(source: source, raw: page.body, title: page.title, date: page.date, url: page.url)
    }

    /// The finished article(s): furniture removed, headline first, hashed, and split into parts
    /// when longer than `maximumBytes`; or the reason there is no article.
    func articles(maximumBytes: Int) -> Result<[Article], ReadProblem> {
        guard let cleaned = ArticleText(raw: raw, title: title, date: date) else {
            return .failure(ReadProblem(source: source, reason: "no article text"))
        }
        let parts = Self.split(cleaned.text, maximumBytes: maximumBytes)
        return .success(parts.enumerated().map { n, text in
            Article(source: n == 0 ? source : "\(source)#part\(n + 1)",
                    title: n == 0 ? cleaned.title : "\(cleaned.title) (part \(n + 1))",
                    date: cleaned.date, text: text, url: url)
        })
    }

    /// Cuts `text` into pieces of at most `maximumBytes` UTF-8 bytes, preferring paragraph breaks,
    /// then line breaks, then sentence ends, then spaces. Linear: each cut looks back at most one
    /// piece; works on the string's own UTF-8 storage, so the only copy is the pieces themselves.
    static func split(_ text: String, maximumBytes: Int) -> [String] {
        guard text.utf8.count > maximumBytes, maximumBytes >= 16 else { return [text] }
        return text.utf8.withContiguousStorageIfAvailable { split(bytes: $0, maximumBytes: maximumBytes) }
            ?? split(bytes: Array(text.utf8), maximumBytes: maximumBytes)
    }

    private static func split<Bytes: RandomAccessCollection>(bytes: Bytes, maximumBytes: Int) -> [String]
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var parts: [String] = []
        func append(_ start: Int, _ end: Int) {
            var (from, to) = (start, end)
            while from < to, [32, 9, 10, 13].contains(bytes[from]) { from += 1 }
            while to > from, [32, 9, 10, 13].contains(bytes[to - 1]) { to -= 1 }
            if from < to { parts.append(String(decoding: bytes[from..<to], as: UTF8.self)) }
        }
        var start = bytes.startIndex
        while bytes.endIndex - start > maximumBytes {
            let limit = start + maximumBytes
            let window = bytes[(start + maximumBytes / 2)..<limit]
            var cut = limit
            if let i = lastIndex(of: (10, 10), in: window) { cut = i + 2 }
            else if let i = window.lastIndex(of: 10) { cut = i + 1 }
            else if let i = lastIndex(of: (46, 32), in: window) { cut = i + 2 }
            else if let i = window.lastIndex(of: 32) { cut = i + 1 }
            else { while cut > start + 1, bytes[cut] & 0xc0 == 0x80 { cut -= 1 } }  // not inside a UTF-8 sequence
            append(start, cut)
            start = cut
        }
        append(start, bytes.endIndex)
        return parts
    }

    private static func lastIndex<Window: RandomAccessCollection>(of pair: (UInt8, UInt8), in window: Window) -> Int?
    where Window.Element == UInt8, Window.Index == Int {
        var i = window.endIndex - 2
        while i >= window.startIndex {
            if window[i] == pair.0, window[i + 1] == pair.1 { return i }
            i -= 1
        }
        return nil
    }
}
