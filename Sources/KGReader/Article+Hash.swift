import KGCore

extension Article {
    /// An article whose `hash` is computed from `text`, for callers that build articles
    /// themselves (tests, other front ends) and must agree with `ArticleReader` on the hash.
    public init(source: String, title: String, date: String? = nil, text: String, url: String? = nil) {
        self.init(source: source, title: title, date: date, text: text, url: url, hash: SHA256.hex(text))
    }
}
