import KGCore
import Testing

/// An edge stated by more sentences is surer than its best sentence, never less sure, and never certain.
@Suite struct EdgeConfidenceTests {
    @Test func oneSentenceKeepsItsConfidence() {
        for best in [0.05, 0.4, 0.83] {
            #expect(EdgeConfidence.combined(best: best, sentences: 1) == best)
        }
    }

    @Test func everyFurtherSentenceRaisesItButNeverToCertainty() {
        for best in [0.1, 0.3, 0.6, 0.95] {
            let chances = (1...12).map { EdgeConfidence.combined(best: best, sentences: $0) }
            #expect(zip(chances, chances.dropFirst()).allSatisfy { $0 < $1 })
            #expect(chances.allSatisfy { $0 < 1 })
        }
    }

    @Test func agreementLiftsADoubtfulFactOverTheFloor() {
        // 0.3 from one sentence is below the floor; three sentences that agree lift it above.
        #expect(EdgeConfidence.combined(best: 0.3, sentences: 1) < EdgeConfidence.trusted)
        #expect(EdgeConfidence.combined(best: 0.3, sentences: 3) >= EdgeConfidence.trusted)
    }
}
