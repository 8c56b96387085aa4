/// One news article as read from a file, a folder or standard input: the unit that is
/// extracted, stored and replaced as a whole.
///
/// Character offsets everywhere in kg count Unicode scalars of `text` (the same unit as
/// SQLite's `substr` and Python's `str`), so evidence ranges can be checked with `sqlite3`.
public struct Article: Sendable, Hashable, Codable {
    /// Where the article came from: a file path (normalised: `./a//b.txt` is `a/b.txt`), `path:line`
    /// for a JSON-lines record, `path#n` for the n-th element of a JSON array, `-` for stdin, and
    /// `…#part2`, `…#part3` for the later parts of an article too long to extract in one piece.
    public var source: String
    public var title: String
    /// ISO 8601 day (`2024-06-21`) when the reader found one, else nil.
    public var date: String?
    /// The article body that extraction reads (headline first, furniture removed).
    public var text: String
    /// Optional URL from JSON input or `<link rel=canonical>`.
    public var url: String?
    /// Hex SHA-256 of `text`: re-ingesting the same content is a no-op, a new hash replaces the article.
    public var hash: String

    public init(source: String, title: String, date: String? = nil, text: String, url: String? = nil, hash: String) {
        self.source = source
        self.title = title
        self.date = date
        self.text = text
        self.url = url
        self.hash = hash
    }
}
