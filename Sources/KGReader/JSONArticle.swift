import Foundation

/// A JSON object → the fields of an article. Accepted keys (case-insensitive):
/// `title`/`headline`; `text`/`body`/`content`/`article`/`articleBody` (a string, or an array
/// of paragraph strings; HTML markup in it is converted to text); `date`/`published`/
/// `published_at`/`publishedAt`/`datePublished`/`pubDate`/`timestamp` (a string or a Unix time);
/// `url`/`link`; `source`, the article's identity in the store when the record names one (else
/// `path:line`), so that articles sent through standard input by several processes stay apart.
struct JSONArticle {
    var title: String?
    var text: String
    var date: String?
    var url: String?
    var source: String?

    private static let titleKeys = ["title", "headline"]
    private static let textKeys = ["text", "body", "content", "article", "articlebody", "story", "full_text"]
    private static let dateKeys = ["date", "published", "published_at", "publishedat", "datepublished", "pubdate",
                                   "publication_date", "created_at", "timestamp"]
    private static let urlKeys = ["url", "link", "href"]
    /// Keys of a wrapper object that holds the articles in an array.
    static let listKeys = ["articles", "items", "data", "results", "documents"]

    struct Failure: Error { var reason: String }

    init(_ value: Any) throws(Failure) {
        guard let object = value as? [String: Any] else {
            throw Failure(reason: "expected a JSON object, found \(Self.kind(of: value))")
        }
        var fields: [String: Any] = [:]
        for (key, value) in object where !(value is NSNull) { fields[key.lowercased()] = fields[key.lowercased()] ?? value }

        guard let textKey = Self.textKeys.first(where: { fields[$0] != nil }) else {
            throw Failure(reason: "JSON object has no text, body or content field")
        }
        let raw: String
        switch fields[textKey] {
        case let string as String: raw = string
        case let paragraphs as [Any]: raw = paragraphs.compactMap { $0 as? String }.joined(separator: "\n\n")
        default: throw Failure(reason: "field \"\(textKey)\" is not a string")
        }
        text = Self.looksLikeHTML(raw) ? HTMLArticle(html: raw).body : raw
        title = Self.titleKeys.lazy.compactMap { fields[$0] as? String }.first.map { HTMLEntities.decode($0) }
        url = Self.urlKeys.lazy.compactMap { fields[$0] as? String }.first
        source = (fields["source"] as? String).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        date = Self.dateKeys.lazy.compactMap { key -> String? in
            switch fields[key] {
            case let string as String: DateFinder.firstDate(in: string)
            case let number as NSNumber: DateFinder.day(fromTimestamp: number.doubleValue)
            default: nil
            }
        }.first
    }

    private static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(2000).lowercased()
        return ["<p>", "<p ", "</p>", "<br", "<div", "</a>", "<h2"].contains(where: head.containsText)
    }

    static func kind(of value: Any) -> String {
        switch value {
        case is [Any]: "an array"
        case is String: "a string"
        case is NSNumber: "a number"
        case is NSNull: "null"
        default: "another value"
        }
    }
}
