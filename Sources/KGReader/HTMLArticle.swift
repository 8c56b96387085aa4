import Foundation

/// An HTML page → its headline, date, canonical URL and the plain text of the article body.
///
/// The body is the longest `<article>`, else `<main>`, else everything; scripts, styles,
/// navigation, headers, footers, asides, forms, figures and elements marked as furniture
/// (hidden, ARIA landmarks for navigation, or class names such as `share` or `related`) are
/// dropped. Block elements end lines; paragraphs are separated by a blank line.
struct HTMLArticle {
    var title: String?
    var date: String?
    var url: String?
    /// Plain text, one block per line, for `ArticleText` to clean.
    var body: String

    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside", "form",
        "button", "select", "iframe", "object", "canvas", "figure", "figcaption", "dialog", "menu", "textarea",
        "video", "audio", "picture", "title",
    ]
    private static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    ]
    private static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address", "body", "html",
        "center", "details", "summary", "hgroup", "header", "footer", "nav", "aside", "figure", "form", "fieldset",
        "legend", "hr", "br", "head",
    ]
    /// Lines inside these are list items: separated by one newline, not a blank line.
    private static let items: Set<String> = ["li", "dt", "dd", "tr"]
    private static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert", "toolbar",
    ]
    /// Class or id words that mark furniture (matched as whole words of `share-tools`, `related_links`).
    private static let furnitureClassWords: Set<String> = [
        "breadcrumb", "breadcrumbs", "share", "sharing", "social", "related", "newsletter", "promo", "advert",
        "advertisement", "ad", "ads", "cookie", "cookies", "subscribe", "paywall", "byline", "caption", "credit",
        "sidebar", "recommended", "trending", "popular", "comments", "outbrain", "taboola", "footer", "nav", "navbar",
        "navigation", "menu", "masthead",
    ]
    /// `<meta>` names and properties that carry the publication date, best first.
    private static let dateKeys = [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
        "article.published", "published_time", "og:updated_time", "article:modified_time", "datemodified",
    ]

    private struct Line {
        var text: String
        var article: Int?
        var inMain: Bool
        var item: Bool
        /// Follows a `<br>`: joined to the previous line by one newline.
        var afterBreak: Bool
    }

    init(html: String) {
        var stack: [(name: String, skip: Bool)] = []
        var openCount: [String: Int] = [:]
        var skipping = 0, articles = 0, articleDepth = 0, mainDepth = 0, itemDepth = 0, linkDepth = 0
        var linkScalars = 0, scalars = 0  // of the line being built: link text is navigation, not story
        var currentArticle: Int?
        var lines: [Line] = []
        var buffer = ""
        var pendingSpace = false
        var afterBreak = false
        var titleDone = false
        var titleTag = "", ogTitle: String?, h1: String?, h1Buffer: String?
        var metaDates: [String: String] = [:]
        var timeDate: String?, articleTimeDate: String?, ldDate: String?, canonical: String?, ogURL: String?

        func flush(breaking: Bool = false) {
            if !buffer.isEmpty, !Self.isLinkList(linkScalars: linkScalars, scalars: scalars, text: buffer) {
                lines.append(Line(text: buffer, article: currentArticle, inMain: mainDepth > 0, item: itemDepth > 0, afterBreak: afterBreak))
            }
            afterBreak = breaking && (!buffer.isEmpty || afterBreak)
            buffer = ""
            linkScalars = 0
            scalars = 0
            pendingSpace = false
        }
        func append(_ raw: Substring) {
            for scalar in HTMLEntities.decode(raw).unicodeScalars {
                let space = scalar.value < 0x80 ? (scalar == " " || (0x09...0x0d).contains(scalar.value))
                    : scalar != "\u{A0}" && scalar.properties.isWhitespace
                if space {
                    pendingSpace = true
                } else {
                    if pendingSpace, !buffer.isEmpty { buffer.unicodeScalars.append(" ") }
                    pendingSpace = false
                    buffer.unicodeScalars.append(scalar)
                    scalars += 1
                    if linkDepth > 0 { linkScalars += 1 }
                }
            }
        }
        func pop() {
            let element = stack.removeLast()
            openCount[element.name, default: 1] -= 1
            if Self.blocks.contains(element.name) { flush() }
            if element.skip { skipping -= 1 }
            switch element.name {
            case "article":
                articleDepth -= 1
                if articleDepth == 0 { currentArticle = nil }
            case "main": mainDepth -= 1
            case "li", "dt", "dd", "tr": itemDepth -= 1
            case "a": linkDepth -= 1
            case "title": titleDone = titleDone || !titleTag.isEmpty
            case "h1":
                if let text = h1Buffer.map(ArticleText.collapsedWhitespace), !text.isEmpty, h1 == nil { h1 = text }
                h1Buffer = nil
            default: break
            }
        }

        var scanner = HTMLScanner(html)
        while let token = scanner.next() {
            switch token {
            case .text(let raw):
                switch stack.last?.name {
                case "title":
                    // The document's own <title>, not an icon's inside <svg>.
                    if !titleDone, skipping == 1 { titleTag += HTMLEntities.decode(raw) }
                case "script":
                    if ldDate == nil, raw.containsText("datePublished") { ldDate = Self.jsonLDDate(raw) }
                default:
                    if h1Buffer != nil { h1Buffer! += HTMLEntities.decode(raw) + " " }
                    if skipping == 0 { append(raw) }
                }

            case .start(let name, let attributes, let selfClosing):
                switch name {
                case "meta":
                    let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
                    if let content = attributes["content"], !content.isEmpty {
                        if Self.dateKeys.contains(key), metaDates[key] == nil { metaDates[key] = content }
                        if key == "og:title" || key == "twitter:title", ogTitle == nil { ogTitle = HTMLEntities.decode(content) }
                        if key == "og:url", ogURL == nil { ogURL = content }
                    }
                case "link":
                    if attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, canonical == nil {
                        canonical = attributes["href"]
                    }
                case "time":
                    if let day = attributes["datetime"].flatMap(DateFinder.firstDate) {
                        if timeDate == nil { timeDate = day }
                        if articleTimeDate == nil, articleDepth > 0 { articleTimeDate = day }
                    }
                case "br":
                    flush(breaking: true)
                    continue
                default: break
                }
                if Self.blocks.contains(name) { flush() }
                guard !Self.void.contains(name), !selfClosing else { continue }
                // Landmarks never count as furniture by class: some sites put odd classes on <article>.
                let landmark = ["html", "body", "article", "main"].contains(name)
                let skip = Self.skipped.contains(name) || (!landmark && Self.isFurniture(attributes))
                stack.append((name, skip))
                openCount[name, default: 0] += 1
                if skip { skipping += 1 }
                switch name {
                case "article":
                    if articleDepth == 0 { currentArticle = articles; articles += 1 }
                    articleDepth += 1
                case "main": mainDepth += 1
                case "li", "dt", "dd", "tr": itemDepth += 1
                case "a": linkDepth += 1
                case "h1":
                    // A site logo in the page header is an <h1> too; only headlines in the content count.
                    if h1 == nil, skipping == 0 || articleDepth > 0 || mainDepth > 0 { h1Buffer = "" }
                default: break
                }

            case .end(let name):
                guard openCount[name, default: 0] > 0 else {
                    if name == "p" || name == "br" { flush() }
                    continue
                }
                while let top = stack.last {
                    pop()
                    if top.name == name { break }
                }
            }
        }
        while !stack.isEmpty { pop() }
        flush()

        // The longest <article> is the story (others are teasers); else <main>; else the page.
        var articleLength: [Int: Int] = [:]
        for line in lines { if let a = line.article { articleLength[a, default: 0] += line.text.count } }
        let chosen: [Line]
        if let best = articleLength.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) {
            chosen = lines.filter { $0.article == best.key }
        } else if lines.contains(where: \.inMain) {
            chosen = lines.filter(\.inMain)
        } else {
            chosen = lines
        }
        var body = ""
        for (n, line) in chosen.enumerated() {
            if n > 0 { body += line.afterBreak || (line.item && chosen[n - 1].item) ? "\n" : "\n\n" }
            body += line.text
        }
        self.body = body
        var title = [ogTitle, h1, titleTag].lazy.compactMap { $0.map(Self.headline) }.first { !$0.isEmpty }
        // The visible headline wins when metadata only decorates it ("Headline - live updates").
        if let h1, let chosen = title?.lowercased(), chosen != h1.lowercased(),
           chosen.containsText(h1.lowercased()) || h1.lowercased().containsText(chosen) {
            title = h1
        }
        self.title = title
        self.date = Self.dateKeys.lazy.compactMap { metaDates[$0].flatMap(DateFinder.firstDate) }.first ?? ldDate ?? articleTimeDate ?? timeDate
        self.url = canonical ?? ogURL
    }

    /// A block that is (almost) all link text and short is a menu entry or a teaser, not story text.
    private static func isLinkList(linkScalars: Int, scalars: Int, text: String) -> Bool {
        linkScalars * 10 >= scalars * 8 && scalars > 0 && text.words.count <= 30
    }

    private static func isFurniture(_ attributes: [String: String]) -> Bool {
        if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = attributes["role"]?.lowercased(), furnitureRoles.contains(role) { return true }
        let names = (attributes["class"] ?? "") + " " + (attributes["id"] ?? "")
        return names.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0.isWhitespace })
            .contains { furnitureClassWords.contains(String($0)) }
    }

    /// A headline without the site name that `<title>` and `og:title` often append ("Story | Site").
    private static func headline(_ raw: String) -> String {
        let title = ArticleText.collapsedWhitespace(raw)
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let site = title[range.upperBound...]
            let story = title[..<range.lowerBound]
            if site.words.count <= 4, story.words.count >= 3 { return String(story) }
        }
        return title
    }

    /// `"datePublished": "2024-06-21T19:05:00Z"` inside JSON-LD.
    private static func jsonLDDate(_ script: Substring) -> String? {
        guard let key = script.range(of: "\"datePublished\"") else { return nil }
        return DateFinder.firstDate(in: script[key.upperBound...].prefix(80))
    }
}
