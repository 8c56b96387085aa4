import Testing
@testable import KGLanguage

/// A run of words with no sentence end is cut into bounded sentences, so tagging, parsing and
/// relation finding stay linear in the article's length.
@Suite struct LongSentenceTests {
    static func words(_ count: Int) -> String {
        let vocabulary = ["the", "council", "voted", "and", "Nadia", "Ferro", "asked", "for", "more", "time", "in", "Lisbon"]
        return (0..<count).map { vocabulary[$0 % vocabulary.count] }.joined(separator: " ")
    }

    @Test func tenThousandWordsWithoutPunctuationBecomeBoundedSentences() {
        let text = Self.words(10_000)
        let splitter = SentenceSplitter()
        let result = splitter.segment(text)
        #expect(result.sentences.allSatisfy { $0.tokens.count <= splitter.maximumTokens })
        #expect(result.sentences.map(\.tokens.count).reduce(0, +) == 10_000)
        #expect(result.sentences.count == 40)
        #expect(result.cut == Array(0..<39), "every piece but the last ends at a cut")
        // Pieces tile the text: each starts where the words resume after the previous one.
        let scalars = Array(text.unicodeScalars)
        for sentence in result.sentences {
            #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
        }
        for (a, b) in zip(result.sentences, result.sentences.dropFirst()) { #expect(b.start == a.end + 1) }
    }

    @Test func aLongSentenceIsCutAfterAClauseBreakInItsSecondHalf() {
        let splitter = SentenceSplitter(maximumTokens: 10)
        let text = "one two three four five six seven, eight nine ten eleven twelve."
        let result = splitter.segment(text)
        #expect(result.sentences.map(\.text) == ["one two three four five six seven,", "eight nine ten eleven twelve."])
        #expect(result.cut == [0])
        // A comma too early in the window is not used: the cut falls at the limit.
        let early = splitter.segment("one, two three four five six seven eight nine ten eleven twelve.")
        #expect(early.sentences.map(\.tokens.count) == [10, 4])
    }

    @Test func ordinarySentencesAreNeverCut() {
        let text = "The council voted on Monday. Nadia Ferro asked for more time, and the mayor agreed."
        let result = SentenceSplitter().segment(text)
        #expect(result.cut.isEmpty)
        #expect(result.sentences.count == 2)
        // Exactly at the limit is still one sentence.
        let atLimit = SentenceSplitter(maximumTokens: 5).segment("one two three four.")
        #expect(atLimit.sentences.count == 1 && atLimit.cut.isEmpty)
    }
}
