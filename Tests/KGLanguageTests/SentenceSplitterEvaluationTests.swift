import Testing
@testable import KGLanguage

@Suite struct SentenceSplitterEvaluationTests {
    func row(_ id: Int, _ form: String, spaceAfter: Bool = true) -> String {
        "\(id)\t\(form)\t_\t_\t_\t_\t0\troot\t_\t\(spaceAfter ? "_" : "SpaceAfter=No")"
    }

    var treebank: String {
        """
        # newdoc id = d1
        # text = Ferries stopped.
        \(row(1, "Ferries"))
        \(row(2, "stopped", spaceAfter: false))
        \(row(3, "."))

        # text = Ports closed
        \(row(1, "Ports"))
        \(row(2, "closed"))

        # text = Nobody sailed.
        \(row(1, "Nobody"))
        \(row(2, "sailed", spaceAfter: false))
        \(row(3, "."))

        # newdoc id = d2
        # text = Rain fell.
        \(row(1, "Rain"))
        \(row(2, "fell", spaceAfter: false))
        \(row(3, "."))

        """
    }

    @Test func scoresBoundariesWithinDocumentsOnly() throws {
        let records = try CoNLLU.parse(treebank)
        let spaced = SegmentationEvaluation.evaluate(records)
        #expect(spaced.documents == 2)
        // Gold boundaries: after "stopped." and after "closed"; the second needs the line break.
        #expect(spaced.sentences == .init(gold: 2, predicted: 1, correct: 1))
        #expect(spaced.tokens == .init(gold: 11, predicted: 11, correct: 11))
        let lined = SegmentationEvaluation.evaluate(records, joiner: .lines)
        #expect(lined.sentences.f1 == 1)
    }
}
