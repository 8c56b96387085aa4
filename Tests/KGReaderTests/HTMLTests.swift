import Testing
@testable import KGReader

@Suite struct HTMLTests {
    static let page = """
    <!DOCTYPE html>
    <html><head>
    <title>Glacier retreat speeds up | The Daily Planet</title>
    <meta property="og:title" content="Glacier retreat speeds up, survey finds">
    <meta property="article:published_time" content="2023-07-19T10:00:00Z">
    <link rel="canonical" href="https://example.org/glacier">
    <style>p { color: red }</style>
    <script>var x = "<p>not text</p>";</script>
    </head>
    <body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <header class="site-header"><h1>The Daily Planet</h1></header>
    <main>
      <article>
        <header><h1>Glacier retreat speeds up, survey finds</h1><p class="byline">By Ines Berg</p></header>
        <p>The Rhône glacier lost 4&nbsp;percent of its ice last year, researchers said.</p>
        <figure><img src="g.jpg"><figcaption>The glacier in June</figcaption></figure>
        <p>It&#8217;s the fastest loss since records began &mdash; <b>twice</b> the average.</p>
        <div class="share-tools">Share on Facebook</div>
        <ul><li>Melt season started early</li><li>Snowfall was low</li></ul>
      </article>
      <article><p>Teaser: another story</p></article>
    </main>
    <aside>Most read: something else</aside>
    <footer>© 2023 The Daily Planet</footer>
    </body></html>
    """

    @Test func readsTitleDateURLAndTheArticleBody() throws {
        let outcome = try readOne("glacier.html", Self.page)
        let article = try #require(outcome.articles.first)
        #expect(outcome.problems.isEmpty)
        #expect(article.title == "Glacier retreat speeds up, survey finds")
        #expect(article.date == "2023-07-19")
        #expect(article.url == "https://example.org/glacier")
        #expect(article.text == """
        Glacier retreat speeds up, survey finds

        The Rhône glacier lost 4 percent of its ice last year, researchers said.

        It’s the fastest loss since records began — twice the average.

        Melt season started early
        Snowfall was low
        """)
    }

    @Test func fallsBackToTitleTagAndTimeElementAndBody() throws {
        let html = "<html><head><title>Town hall fire</title></head><body><svg><title>Share icon</title></svg><p>Posted <time datetime=\"2020-02-02\">Sunday</time></p><p>A fire damaged the town hall overnight, officials said.</p></body></html>"
        let article = try #require(try readOne("fire.htm", html).articles.first)
        #expect(article.title == "Town hall fire")
        #expect(article.date == "2020-02-02")
        #expect(article.text == "Town hall fire\n\nA fire damaged the town hall overnight, officials said.")
    }

    @Test func metaDateNameAndJSONLDAreRead() throws {
        let html = #"<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-03-05T09:00:00Z"}</script></head><body><h1>Dam opens</h1><p>The new dam opened to traffic.</p></body></html>"#
        let article = try #require(try readOne("dam.html", html).articles.first)
        #expect(article.date == "2018-03-05")
        #expect(article.title == "Dam opens")
        #expect(article.text == "Dam opens\n\nThe new dam opened to traffic.")
    }

    @Test func pagesWithoutLandmarksLoseFurnitureByClassName() throws {
        let html = """
        <html><head><title>Ferry fares rise - Coast News</title><meta name="pubdate" content="20240312"></head><body>
        <div id="cookie-banner">We use cookies. <button>Accept</button></div>
        <div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/travel">Travel</a></div>
        <div class="story"><h1>Ferry fares rise</h1>
        <div class="meta"><span>By Lena Vos</span> <span>March 12, 2024</span></div>
        <p>Ferry fares to the islands will rise by a tenth from April, the operator said.</p>
        <div class="ad-slot">Advertisement</div>
        <p><strong>Read more:</strong> <a href="/x">Island bridge plan revived</a></p>
        <p>Residents will keep their discount cards.</p>
        <div class="newsletter-signup"><h3>Get our briefing</h3><form><input type="email"></form></div>
        <div class="related-stories"><h2>Related</h2><ul><li><a>Harbour dredging starts</a></li></ul></div>
        </div><div class="site-footer">Contact us | Privacy</div></body></html>
        """
        let article = try #require(try readOne("fares.html", html).articles.first)
        #expect(article.date == "2024-03-12")
        #expect(article.text == """
        Ferry fares rise

        Ferry fares to the islands will rise by a tenth from April, the operator said.

        Residents will keep their discount cards.
        """)
    }

    @Test func blocksOfOnlyLinksAreDroppedButLinksInsideSentencesStay() throws {
        let html = """
        <html><body><div><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li><li><a href="/b">Business news today</a></li></ul></div>
        <div><h1>Canal widened</h1><p>The <a href="/canal">canal</a> was widened to let larger barges through, engineers said.</p>
        <p><a href="/more">Barge traffic doubles on the river</a></p></div></body></html>
        """
        let article = try #require(try readOne("canal.html", html).articles.first)
        #expect(article.text == "Canal widened\n\nThe canal was widened to let larger barges through, engineers said.")
    }

    @Test func decodesNamedAndNumericEntities() {
        #expect(HTMLEntities.decode("Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#x1F600; &#169; &#8212; &bogus; & alone") ==
            "Tom & Jerry <3 été 😀 © — &bogus; & alone")
        #expect(HTMLEntities.decode("&#0; &#xFFFFFFFF;") == "\u{FFFD} \u{FFFD}")
    }

    @Test func survivesMalformedMarkup() throws {
        let html = "<html><body><p>Unclosed <b>bold <i>italic</p><div>Stray </span> end tag</div><p class=\"x>Broken attr</p><p>After</p> 3 < 4 and <!-- open comment"
        let outcome = try readOne("broken.html", html)
        let article = try #require(outcome.articles.first)
        #expect(article.text.contains("Unclosed bold italic"))
        #expect(article.text.contains("Stray end tag"))
    }

    @Test func survivesTenThousandLevelsOfNesting() throws {
        let depth = 10_000
        let html = "<html><body>" + String(repeating: "<div><span>", count: depth) + "<p>Deep text in the page.</p>"
            + String(repeating: "</span></div>", count: depth) + "</body></html>"
        let article = try #require(try readOne("deep.html", html).articles.first)
        #expect(article.text == "Deep text in the page.")
        let unclosed = "<html><body>" + String(repeating: "<section><p>", count: depth) + "Bottom line of the story."
        #expect(try readOne("unclosed.html", unclosed).articles.first?.text == "Bottom line of the story.")
    }

    @Test func rawTextElementsHideTheirMarkup() {
        var scanner = HTMLScanner("<script>if (a < b) { x = '</p>' }</script><p>ok</p>")
        var texts: [String] = []
        while let token = scanner.next() { if case .text(let t) = token { texts.append(String(t)) } }
        #expect(texts == ["if (a < b) { x = '</p>' }", "ok"])
    }

    @Test func htmlIsSniffedWithoutAnExtension() throws {
        let article = try #require(try readOne("page", "<!doctype html><title>Quiet harbour</title><p>Boats stayed in port.</p>").articles.first)
        #expect(article.title == "Quiet harbour")
        #expect(!article.text.contains("<"))
    }

    @Test func theVisibleHeadlineWinsOverADecoratedOgTitle() throws {
        let html = #"<html><head><meta property="og:title" content="Storm hits coast: live updates"></head><body><article><h1>Storm hits coast</h1><p>Winds reached 120 km/h on the coast.</p></article></body></html>"#
        let article = try #require(try readOne("storm.html", html).articles.first)
        #expect(article.title == "Storm hits coast")
        #expect(article.text == "Storm hits coast\n\nWinds reached 120 km/h on the coast.")
    }

    @Test func lineBreaksJoinLinesAndBlocksMakeParagraphs() throws {
        let html = "<title>Ferry office moves</title><body><p>Harbour Street 4<br>Dover</p><p>Second paragraph.</p></body>"
        #expect(try readOne("address.html", html).articles.first?.text == "Ferry office moves\n\nHarbour Street 4\nDover\n\nSecond paragraph.")
    }
}
