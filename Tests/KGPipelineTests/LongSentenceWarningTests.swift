import KGLanguage
import KGReader
import Testing
@testable import KGPipeline

@Suite struct LongSentenceWarningTests {
    @Test func cutSentencesGiveOneWarningNamingTheArticle() {
        let splitter = SentenceSplitter(maximumTokens: 4)
        let text = "Short one. alpha beta gamma delta epsilon zeta eta theta iota"
        let warnings = splitter.segment(text).warnings(source: "news/run-on.txt", maximumTokens: 4)
        #expect(warnings.map(\.description) == [
            "news/run-on.txt: warning: 2 sentences longer than 4 tokens without a sentence end cut into pieces "
                + "(the first begins \"alpha beta gamma delta…\")",
        ])
        #expect(warnings.allSatisfy { !$0.isError })
    }

    @Test func articlesWithOrdinarySentencesGiveNoWarning() {
        let segmentation = SentenceSplitter().segment("The council met. It voted, narrowly, to wait.")
        #expect(segmentation.warnings(source: "a.txt", maximumTokens: 250).isEmpty)
    }
}
