import Testing
@testable import KGReader

/// A quick deterministic sweep of hostile inputs through every reader stage; the long fuzz run
/// (500,000 inputs) is done outside the test suite with a larger count and other seeds.
@Suite struct RandomInputTests {
    /// Pieces of markup, entities, dates, furniture and broken bytes that readers trip on.
    static let pieces: [String] = [
        "<", ">", "</", "<p>", "</p>", "<script>", "</script>", "<article>", "</article>", "<h1>", "</h1>",
        "<meta property=\"og:title\" content=\"", "<time datetime=\"2024-01-0", "&", "&#", "&#x", "&amp;", ";", "\"",
        "'", "=", " ", "\n", "\r", "é", "\u{FFFD}", "[", "](", ")", "#", "By ", "Posted at ", "2024-", "Jun ",
        "21, ", "More stories:", "Share this", "<!--", "-->", "<!", "<br/>", "<div class=share>", "Text word", ".",
        "\u{2028}", "\u{A0}", "\t", "\0", "<title>", "</title>", "Updated ", "99", "/", "Read more: ", "<a href=x>",
    ]

    @Test func hostileInputsNeverCrashOrHang() {
        var state: UInt64 = 0x5eed
        func random(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            var text = ""
            var bytes: [UInt8] = []
            for _ in 0..<random(60) {
                if random(8) == 0 {
                    bytes.append(UInt8(random(256)))
                } else {
                    let piece = Self.pieces[random(Self.pieces.count)]
                    text += piece
                    bytes += Array(piece.utf8)
                }
            }
            let page = HTMLArticle(html: text)
            #expect(!page.body.contains("<script>"))
            _ = ArticleText(raw: text, title: nil, date: nil)
            _ = ArticleText(raw: page.body, title: page.title, date: page.date)
            if case .success(let decoded) = TextDecoding.decode(bytes[...]) {
                _ = HTMLArticle(html: decoded.text)
                _ = ArticleText(raw: decoded.text, title: nil, date: nil)
            }
            _ = DateFinder.firstDate(in: text)
            _ = HTMLEntities.decode(text)
            let limit = 16 + random(40)
            let parts = Draft.split(text, maximumBytes: limit)
            #expect(parts.allSatisfy { $0.utf8.count <= limit })
            _ = ArticleFormat.detect(path: nil, prefix: bytes[...])
        }
    }
}
