/// Raw article text (from a text file, an HTML body or a JSON field) → headline, date and the
/// text extraction reads: headline first, then the body with page furniture removed.
struct ArticleText {
    var title: String
    var date: String?
    var text: String

    /// How many lines at the top may be breadcrumbs.
    private static let breadcrumbLines = 3
    private static let maximumTitleLength = 300

    /// - Parameters:
    ///   - title: a headline already known from metadata (HTML `<title>`, a JSON field); when nil
    ///     the first non-furniture line is the headline.
    ///   - date: a date already known from metadata; it wins over dates found in the text.
    /// - Returns: nil when nothing but furniture is left.
    init?(raw: String, title knownTitle: String?, date knownDate: String?) {
        let lines = Self.lines(of: raw).map(Self.withoutMarkdown)
        var removed = [Bool](repeating: false, count: lines.count)
        let nonEmpty = lines.indices.filter { !lines[$0].isEmpty }

        // Breadcrumbs sit above the headline; keep at least one line after them.
        for (n, i) in nonEmpty.prefix(Self.breadcrumbLines).enumerated() {
            guard n + 1 < nonEmpty.count, Furniture.isBreadcrumb(lines[i]) else { break }
            removed[i] = true
        }

        var headline = knownTitle.map(Self.collapsedWhitespace) ?? ""
        var postedDate: String?, otherDate: String?
        var furniture = [Bool](repeating: false, count: lines.count)  // removed as a one-line furnishing
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard !line.isEmpty, !removed[i] else { i += 1; continue }
            switch Self.furnishing(line) {
            case nil:
                if headline.isEmpty {
                    headline = line
                    removed[i] = true
                } else if Self.repeats(line, headline) {
                    removed[i] = true
                }
            case .linkListHeading?:
                i = Self.removeLinkList(from: i, in: lines, removed: &removed)
                continue
            case let found?:
                removed[i] = true
                furniture[i] = true
                switch found {
                case .posted(let date): postedDate = postedDate ?? date
                case .updated(let date), .byline(let date): otherDate = otherDate ?? date
                case .other, .linkListHeading: break
                }
            }
            i += 1
        }

        // Captions: verbless phrases glued (no blank line) to other furniture.
        for i in lines.indices where !removed[i] && Furniture.isVerblessPhrase(lines[i]) {
            let before = i > 0 && furniture[i - 1]
            let after = i + 1 < lines.count && furniture[i + 1]
            if before || after { removed[i] = true }
        }

        var body: [String] = []
        for i in lines.indices where !removed[i] {
            if lines[i].isEmpty, body.last?.isEmpty ?? true { continue }
            body.append(lines[i])
        }
        while body.last?.isEmpty == true { body.removeLast() }
        guard !headline.isEmpty || !body.isEmpty else { return nil }

        if headline.isEmpty { headline = body.removeFirst() }
        // A date is the article's only when it says when the article was published: metadata,
        // a dateline or publication line, or a wire dateline opening the first paragraph. A date
        // elsewhere in the story (a founding year, an anniversary) is about the story, and an
        // article with none stays undated rather than misdated.
        let wireDate = body.first(where: { !$0.isEmpty }).flatMap(Furniture.wireDateline)
        self.date = knownDate ?? postedDate ?? otherDate ?? wireDate
        self.text = body.isEmpty ? headline : headline + "\n\n" + body.joined(separator: "\n")
        self.title = Self.shortened(headline)
    }

    private enum Furnishing {
        case posted(String?), updated(String?), byline(String?), other, linkListHeading
    }

    /// What kind of furniture a line is, or nil for article text.
    private static func furnishing(_ line: String) -> Furnishing? {
        guard line.utf8.count <= 300 else { return nil }  // furniture is short: a long line is a paragraph
        let dateline = Furniture.dateline(line)
        if dateline.isDateline {
            let lower = line.lowercased()
            return lower.hasPrefix("updated") || lower.hasPrefix("last") ? .updated(dateline.date) : .posted(dateline.date)
        }
        if Furniture.isByline(line) { return .byline(DateFinder.firstDate(in: line)) }
        if Furniture.isSharePrompt(line) || Furniture.isPhotoCredit(line) || Furniture.isInlineLinkPrompt(line) { return .other }
        if Furniture.isLinkListHeading(line) { return .linkListHeading }
        return nil
    }

    /// The headline repeated as the first line of the body (HTML pages, JSON with a title field).
    private static func repeats(_ line: String, _ headline: String) -> Bool {
        abs(line.utf8.count - headline.utf8.count) < 8 && collapsedWhitespace(line).lowercased() == headline.lowercased()
    }

    /// Removes an end-of-article heading and the link-like lines after it; returns the index of
    /// the first line kept (a real paragraph ends the list, anything else is part of it).
    private static func removeLinkList(from heading: Int, in lines: [String], removed: inout [Bool]) -> Int {
        removed[heading] = true
        var j = heading + 1
        while j < lines.count {
            if !lines[j].isEmpty {
                if lines[j].utf8.count > 400 || Furniture.isProse(lines[j]) { break }
                removed[j] = true
            }
            j += 1
        }
        return j
    }

    /// Lines with newlines normalised, control characters and Unicode spaces turned into plain
    /// spaces, zero-width marks dropped, and surrounding spaces trimmed. Works on UTF-8 bytes:
    /// this runs over every byte of every article.
    static func lines(of raw: String) -> [String] {
        raw.utf8.withContiguousStorageIfAvailable { lines(bytes: $0) } ?? lines(bytes: Array(raw.utf8))
    }

    private static func lines<Bytes: RandomAccessCollection>(bytes: Bytes) -> [String]
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var lines: [String] = []
        var line: [UInt8] = []
        func flush() {
            var start = 0, end = line.count
            while start < end, line[start] == 32 { start += 1 }
            while end > start, line[end - 1] == 32 { end -= 1 }
            lines.append(String(decoding: line[start..<end], as: UTF8.self))
            line.removeAll(keepingCapacity: true)
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x0a: flush()
                case 0x0d:
                    flush()
                    if i + 1 < bytes.endIndex, bytes[i + 1] == 0x0a { i += 1 }
                case 0x0b, 0x0c: flush()
                case 0x00..<0x20, 0x7f: line.append(32)
                default: line.append(b)
                }
                i += 1
                continue
            }
            // Two- and three-byte sequences for the few non-ASCII characters that need care.
            let b1 = i + 1 < bytes.endIndex ? bytes[i + 1] : 0
            let b2 = i + 2 < bytes.endIndex ? bytes[i + 2] : 0
            if b == 0xc2, b1 == 0x85 { flush(); i += 2; continue }                        // NEL
            if b == 0xc2, b1 == 0xa0 || (0x80...0x9f).contains(b1) { line.append(32); i += 2; continue }  // NBSP, C1
            if b == 0xe2, b1 == 0x80 {
                switch b2 {
                case 0xa8, 0xa9: flush(); i += 3; continue                                   // line, paragraph separators
                case 0x80...0x8a, 0xaf: line.append(32); i += 3; continue  // Unicode spaces
                case 0x8b: i += 3; continue                                                   // zero-width space
                default: break
                }
            }
            if b == 0xef, b1 == 0xbb, b2 == 0xbf { i += 3; continue }                       // BOM / ZWNBSP
            line.append(b)
            i += 1
        }
        flush()
        return lines
    }

    /// Markdown headings (`## Title`) and links (`[text](url)`) as plain text.
    static func withoutMarkdown(_ line: String) -> String {
        var line = line
        if line.hasPrefix("#") {
            let hashes = line.prefix(while: { $0 == "#" })
            if hashes.count <= 6, line.dropFirst(hashes.count).first == " " { line = String(line.dropFirst(hashes.count + 1)) }
        }
        guard line.utf8.count < 4000, line.containsText("](") else { return line }
        var out = "", rest = Substring(line)
        while let open = rest.firstIndex(of: "["),
              let close = rest[open...].firstIndex(of: "]"),
              rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
              let end = rest[close...].firstIndex(of: ")") {
            out += rest[..<open] + rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    static func collapsedWhitespace(_ text: String) -> String {
        text.words.joined(separator: " ")
    }

    /// Titles are for display: a headline-less text whose first line is a whole paragraph gets
    /// that paragraph cut at a word boundary.
    private static func shortened(_ headline: String) -> String {
        guard headline.count > maximumTitleLength else { return headline }
        let cut = headline.prefix(maximumTitleLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
