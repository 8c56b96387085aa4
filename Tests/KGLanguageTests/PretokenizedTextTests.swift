import Testing
@testable import KGLanguage

@Suite struct PretokenizedTextTests {
    @Test func linesKeepTheOriginalLineAndUnescapeTokens() {
        let input = "Oba -LRB- the king -RRB- said `` yes '' .\r\n\nShe paid 5 \\/ 6 ca n't she ?\n"
        let parsed = PretokenizedText(lines: input)
        #expect(parsed.sentences.map(\.text) == ["Oba -LRB- the king -RRB- said `` yes '' .", "She paid 5 \\/ 6 ca n't she ?"])
        #expect(parsed.sentences[0].tokens.map(\.text) == ["Oba", "(", "the", "king", ")", "said", "\"", "yes", "\"", "."])
        #expect(parsed.sentences[1].tokens.map(\.text) == ["She", "paid", "5", "/", "6", "ca", "n't", "she", "?"])
        let scalars = Array(input.unicodeScalars)
        let lrb = parsed.sentences[0].tokens[1]
        #expect(scalars.string(lrb.start..<lrb.end) == "-LRB-")
        for sentence in parsed.sentences {
            #expect(scalars.string(sentence.start..<sentence.end) == sentence.text)
        }
        #expect(parsed.sentences[0].tokens.last?.spaceAfter == false)
    }

    @Test func conllUsesTheWordColumnOfEitherLayout() {
        let conll2003 = "-DOCSTART- -X- O O\n\nKofi NNP B-NP B-PER\nwon VBD B-VP O\n1990 CD B-NP O\n\n"
        #expect(PretokenizedText(conll: conll2003).sentences.map { $0.tokens.map(\.text) } == [["Kofi", "won", "1990"]])
        let conllX = "1\tIt\tit\tPRP\tPRP\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\tVBD\tVBD\t_\t0\troot\t_\t_\n\n1\t-LRB-\t(\t-LRB-\t-LRB-\t_\t0\troot\t_\t_\n"
        let parsed = PretokenizedText(conll: conllX)
        #expect(parsed.sentences.map(\.text) == ["It fell", "("])
        #expect(parsed.text == "It fell\n(")
        #expect(parsed.sentences[1].start == 8)
    }

    @Test func conlluSentencesPointIntoTheJoinedText() throws {
        let input = """
            # text = Ama left.
            1\tAma\tAma\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
            3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            # text = Bo stayed.
            1\tBo\tBo\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\tstayed\tstay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
            3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            """
        let parsed = try PretokenizedText(conllu: input)
        #expect(parsed.text == "Ama left.\nBo stayed.")
        let bo = parsed.sentences[1].tokens[0]
        #expect(bo.start == 10 && bo.end == 12 && bo.lemma == "Bo")
        #expect(throws: CoNLLU.FormatError.self) { try PretokenizedText(conllu: "1\tbroken\n") }
    }
}
