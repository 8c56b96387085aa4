import Testing
@testable import KGReader

@Suite struct FurnitureTests {
    /// A page saved as text, in the shape news sites produce, written for this test.
    static let page = """
    ScienceSpace Exploration


    Probe lands on a comet after a ten-year journey

    Engineers cheered as the lander touched down, the agency said Tuesday.
    The lander on its launch pad
    Posted at 6:12 AM, Oct 8, 2024
    By Maria Lindqvist and Tom Okafor
    Share this article

    The European probe landed on the comet early on Tuesday morning.

    Photo: Ana Ruiz/Getty Images

    Scientists expect the first images to arrive within a day.

    More stories:
    Telescope spots water on a distant moon
    Why the next launch was delayed again
    """

    @Test func furnitureIsRemovedAndTheStoryKept() throws {
        let article = try #require(try readOne("comet.txt", Self.page).articles.first)
        #expect(article.title == "Probe lands on a comet after a ten-year journey")
        #expect(article.date == "2024-10-08")
        #expect(article.text == """
        Probe lands on a comet after a ten-year journey

        Engineers cheered as the lander touched down, the agency said Tuesday.

        The European probe landed on the comet early on Tuesday morning.

        Scientists expect the first images to arrive within a day.
        """)
    }

    @Test(arguments: ["PoliticsForeign Policy", "Home > World > Europe", "News | Business", "World", "Sport / Football", "EXCLUSIVE"])
    func breadcrumbsAreRecognised(_ line: String) {
        #expect(Furniture.isBreadcrumb(line))
    }

    @Test(arguments: ["Senate Passes Climate Bill", "YouTube", "US says it will divert missiles", "McDonald Wins Again", "WhatsApp Outage"])
    func headlinesAndBrandsAreNotBreadcrumbs(_ line: String) {
        #expect(!Furniture.isBreadcrumb(line))
    }

    @Test func aBreadcrumbNeverEatsTheOnlyLine() throws {
        #expect(try readOne("w.txt", "World\n").articles.first?.title == "World")
    }

    @Test(arguments: ["By Jane Doe", "By JANE DOE and John Roe, Reuters", "Reporting by Ann Lee; Editing by Bo Kim"])
    func bylines(_ line: String) { #expect(Furniture.isByline(line)) }

    @Test(arguments: ["By the end of the year prices rose.", "by then it was over", "By Monday, the rebels had taken the city",
                      "By Friday the river was falling and the roads were open"])
    func sentencesStartingWithByAreNotBylines(_ line: String) {
        #expect(!Furniture.isByline(line))
    }

    @Test(arguments: [
        ("Posted at 7:05 PM, Jun 21, 2024", "2024-06-21"), ("Updated 11:02 PM ET, Thu February 29, 2024", "2024-02-29"),
        ("Published 10:30 GMT", nil), ("Updated 3 hours ago", nil), ("Friday, March 1, 2024", "2024-03-01"),
        ("March 1, 2024 at 6:15 p.m. EST", "2024-03-01"), ("Posted Sunday", nil), ("Last updated: 10:45 BST", nil),
    ] as [(String, String?)])
    func datelinesAreRecognised(_ line: String, _ date: String?) {
        let found = Furniture.dateline(line)
        #expect(found.isDateline)
        #expect(found.date == date)
    }

    @Test(arguments: ["Published reports say the minister will resign: sources.", "Updated maps were handed to the crews.",
                      "Posters went up across the city on June 3, 2024, before the vote."])
    func sentencesAboutPublishingAreNotDatelines(_ line: String) {
        #expect(!Furniture.dateline(line).isDateline)
    }

    @Test(arguments: ["Share this article", "Follow us on Instagram", "Facebook Twitter Email", "5 min read", "Advertisement",
                      "© 2024 Example Media Group. All rights reserved."])
    func sharePrompts(_ line: String) { #expect(Furniture.isSharePrompt(line)) }

    @Test func shareWordsInsideASentenceAreKept() {
        #expect(!Furniture.isSharePrompt("Investors who share the concerns of the board sold their stock on Friday."))
    }

    @Test(arguments: ["More stories:", "Related", "YOU MAY ALSO LIKE", "Most read »"])
    func linkListHeadings(_ line: String) { #expect(Furniture.isLinkListHeading(line)) }

    @Test func inlineReadMorePromptsGoAloneAndTheStoryGoesOn() throws {
        #expect(Furniture.isInlineLinkPrompt("Read more: Floods in the valley"))
        #expect(Furniture.isInlineLinkPrompt("WATCH: Crews lift the old span"))
        #expect(!Furniture.isLinkListHeading("Video"))
        #expect(!Furniture.isInlineLinkPrompt("Related: the mayor said the plan was dead."))
        let text = "Dam repaired\n\nCrews finished the repair on Monday.\n\nRead more: Floods in the valley\n\nThe road reopens soon.\n"
        let article = try #require(try readOne("dam.txt", text).articles.first)
        #expect(article.text == "Dam repaired\n\nCrews finished the repair on Monday.\n\nThe road reopens soon.")
    }

    @Test func aParagraphAfterALinkListSurvives() throws {
        let text = """
        Rail strike ends

        Drivers returned to work on Friday after a week-long strike over pay.

        Related:
        Ticket prices to rise in spring
        Union elects new leader

        The operator said normal service would resume over the weekend for most routes.
        """
        let article = try #require(try readOne("rail.txt", text).articles.first)
        #expect(!article.text.contains("Ticket prices"))
        #expect(!article.text.contains("Related"))
        #expect(article.text.contains("The operator said normal service would resume"))
    }

    @Test func shortLinesThatAreNotNextToFurnitureStay() throws {
        let text = "Election night\n\nThe count began at ten.\n\nThe final result\n\nThe winner was declared at dawn after a recount of the ballots.\n"
        let article = try #require(try readOne("count.txt", text).articles.first)
        #expect(article.text.contains("The final result"))
    }

    @Test func captionsWithVerbsNextToFurnitureStay() {
        #expect(!Furniture.isVerblessPhrase("Troops crossed the river"))
        #expect(!Furniture.isVerblessPhrase("The minister says no"))
        #expect(Furniture.isVerblessPhrase("A rescue boat near the pier"))
    }
}
