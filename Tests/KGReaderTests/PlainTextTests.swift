import Testing
@testable import KGReader

@Suite struct PlainTextTests {
    @Test func firstNonEmptyLineIsTheHeadlineAndTextStartsWithIt() throws {
        let outcome = try readOne("story.txt", "\n\n  Harbour reopens after storm  \n\nThe port of Exeter reopened on Monday after crews cleared debris.\n")
        let article = try #require(outcome.articles.first)
        #expect(article.title == "Harbour reopens after storm")
        #expect(article.text == "Harbour reopens after storm\n\nThe port of Exeter reopened on Monday after crews cleared debris.")
        #expect(article.hash == SHA256.hex(article.text))
        #expect(outcome.problems.isEmpty)
    }

    @Test func dateComesFromADatelineWhichLeavesTheText() throws {
        let text = """
        Mayor unveils new tram line
        Posted at 9:40 AM, Mar 3, 2021

        The mayor of Leeds unveiled plans for a tram line on Wednesday.
        """
        let article = try #require(try readOne("tram.md", text).articles.first)
        #expect(article.date == "2021-03-03")
        #expect(!article.text.contains("Posted at"))
        #expect(article.text.contains("The mayor of Leeds unveiled"))
    }

    @Test func publishedDateWinsOverUpdatedDate() throws {
        let text = "Council votes on budget\nUpdated 2:00 PM, Apr 9, 2022\nPublished April 8, 2022\n\nThe council voted to approve the budget after a long debate.\n"
        let article = try #require(try readOne("budget.txt", text).articles.first)
        #expect(article.date == "2022-04-08")
        #expect(!article.text.contains("Updated") && !article.text.contains("Published"))
    }

    @Test func aWireDatelineOpeningTheFirstParagraphDatesTheArticle() throws {
        let text = "Bridge closes for repairs\n\nLONDON, 14 May 2019 — The old bridge will close for two months while engineers work.\n"
        #expect(try readOne("bridge", text).articles.first?.date == "2019-05-14")
        let agency = "Ferry strike ends\n\nDover, Jan 5 2021 (Reuters) - Ferry crews went back to work on Tuesday.\n"
        #expect(try readOne("ferry", agency).articles.first?.date == "2021-01-05")
    }

    /// The rule users rely on for `since`, `until` and `timeline`: a date written inside the
    /// story (a founding day, an anniversary, a profile's key date) never dates the article.
    @Test(arguments: [
        "Steel firm marks its history\n\nThe firm, founded on 25 August 1938, employs 4,000 people in the valley.\n",
        "Profile: the new envoy\n\nShe was in New York on 11 September 2001 and has written about it since.\n",
        "Coronation memories\n\n2 June 1953 is a day the village still celebrates.\nResidents gathered in the hall.\n",
        "Budget row deepens\n\nThe chancellor spoke to MPs.\nIn a speech on 15 December 1953 his predecessor took the same line.\n",
        "Rail plans - what we know\n\nThe company said on 3 March 2004 - a Wednesday - that fares would rise.\n",
    ])
    func aDateInsideTheStoryNeverDatesTheArticle(text: String) throws {
        let article = try #require(try readOne("story.txt", text).articles.first)
        #expect(article.date == nil)
    }

    @Test func noDateIsNil() throws {
        #expect(try readOne("plain.txt", "Quiet day\n\nNothing happened in the village today.\n").articles.first?.date == nil)
    }

    @Test func windowsLineEndingsAreNormalised() throws {
        let article = try #require(try readOne("crlf.txt", "Title here\r\n\r\nFirst paragraph of the story.\r\nSecond line.\r\n").articles.first)
        #expect(article.text == "Title here\n\nFirst paragraph of the story.\nSecond line.")
    }

    @Test func aParagraphWithoutAHeadlineGivesAShortenedTitle() throws {
        let long = String(repeating: "word ", count: 120) + "end."
        let article = try #require(try readOne("long.txt", long).articles.first)
        #expect(article.title.count <= 301)
        #expect(article.title.hasSuffix("…"))
        #expect(article.text.hasPrefix("word word"))
        #expect(article.text.hasSuffix("end."))
    }

    @Test func markdownHeadingsAndLinksBecomePlainText() throws {
        let text = "# Ferry service resumes\n\nThe [island ferry](https://example.org/ferry) sailed again on Sunday.\n\n## Timetable\n\nBoats leave hourly.\n"
        let article = try #require(try readOne("ferry.md", text).articles.first)
        #expect(article.title == "Ferry service resumes")
        #expect(article.text == "Ferry service resumes\n\nThe island ferry sailed again on Sunday.\n\nTimetable\n\nBoats leave hourly.")
    }
}
