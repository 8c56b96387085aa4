import KGCore
import Testing
import KGLanguage
@testable import KGEntities

/// Names the article repeats but the tagger missed join their sentences in text order, whatever
/// order the runs were counted in: the resolver numbers entities by first mention.
@Suite struct RepeatedProperNounTests {
    @Test func repeatedRunsJoinEachSentenceInTheOrderTheyAreWritten() {
        var sentences = SentenceSplitter().split("""
        Yesterday Zorvak met Quillon, Brask and Tembury. Later Tembury, Brask, Quillon and Zorvak left.
        """)
        for s in sentences.indices {
            for t in sentences[s].tokens.indices.dropFirst() where sentences[s].tokens[t].text.startsUppercase {
                sentences[s].tokens[t].upos = .propn
            }
        }
        let none = sentences.map { _ in NameFinder.Result(candidates: [], titles: []) }
        let literals = sentences.enumerated().map { Literals.find(in: $1, index: $0) }
        let found = RepeatedProperNouns(lexicon: Lexicon()).added(to: none, sentences: sentences, literals: literals)
        for (s, sentence) in sentences.enumerated() {
            let names = found[s].candidates.map { sentence.surface($0.tokens) }
            let written = sentence.tokens.dropFirst().map(\.text).filter(\.startsUppercase)
            #expect(names == written)
        }
    }
}
