import Testing
@testable import KGLanguage

@Suite struct CoNLLUTests {
    let sample = """
    # newdoc id = doc-1
    # sent_id = s1
    # text = Mara sold it.
    1\tMara\tMara\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
    2\tsold\tsell\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tSpaceAfter=No
    4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    """

    @Test func readsTokensHeadsAndOffsets() throws {
        let records = try CoNLLU.parse(sample)
        #expect(records.count == 1)
        let r = records[0]
        #expect(r.document == "doc-1")
        #expect(r.tokens.map(\.lemma) == ["Mara", "sell", "it", "."])
        #expect(r.tokens.map(\.head) == [1, -1, 1, 1])
        #expect(r.tokens[2].start == 10 && r.tokens[2].end == 12)
        #expect(r.tokens[2].spaceAfter == false)
    }

    @Test func reportsTheLineOfABrokenRow() {
        #expect(throws: CoNLLU.FormatError.self) { try CoNLLU.parse("1\tonly\tthree\n") }
    }

    @Test func aBrokenRowNamesItsFileAndLine() {
        let error = #expect(throws: CoNLLU.FormatError.self) { try CoNLLU.parse("# text = a\n1\tonly\n", source: "ewt.conllu") }
        #expect(error?.description == "ewt.conllu:2: error: expected 10 tab-separated columns, found 2")
    }
}
