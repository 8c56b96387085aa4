import Testing
import KGLanguage
@testable import KGRelations

/// Open-IE: the order of a sentence's tuples: fuller and surer readings first.
extension OpenIETests {
    @Test func shorterReadingsRankBelowTheFullTuple() throws {
        let tuples = OpenIE().tuples(try parse("""
        Ana Ana PROPN NNP 2 nsubj
        sent send VERB VBD 0 root
        letters letter NOUN NNS 2 obj
        to to ADP IN 5 case
        Lima Lima PROPN NNP 2 obl
        in in ADP IN 7 case
        May May PROPN NNP 2 obl
        . . PUNCT . 2 punct
        """))
        let full = try #require(tuples.first { $0.arguments == ["Ana", "letters", "to Lima", "in May"] })
        let core = try #require(tuples.first { $0.arguments == ["Ana", "letters"] })
        #expect(core.confidence < full.confidence)
    }

    @Test func aRelativePronounLeftAsSubjectAndAnOfPhraseRankLow() {
        let clause = { (subject: String) in
            Confidence.openIE(TupleEvidence(kind: .clause, relation: "opened", arguments: [subject, "a school"]))
        }
        #expect(clause("which") < clause("the town") - 0.2)
        let modifier = { (relation: String) in
            Confidence.openIE(TupleEvidence(kind: .modifier, relation: relation, arguments: ["the roof", "the museum"]))
        }
        #expect(modifier("is of") < modifier("is in"))
    }

    @Test func anExistentialThereRanksLow() {
        let clause = { (subject: String) in
            Confidence.openIE(TupleEvidence(kind: .clause, relation: "were", arguments: [subject, "riots"]))
        }
        #expect(clause("there") < clause("the students") - 0.2)
    }

    @Test func aCoordinatedObjectRanksItsMembersAboveTheWhole() throws {
        let tuples = OpenIE().tuples(try parse("""
        Ana Ana PROPN NNP 2 nsubj
        sold sell VERB VBD 0 root
        bread bread NOUN NN 2 obj
        and and CCONJ CC 5 cc
        cheese cheese NOUN NN 3 conj
        . . PUNCT . 2 punct
        """))
        let whole = try #require(tuples.first { $0.arguments == ["Ana", "bread and cheese"] })
        let member = try #require(tuples.first { $0.arguments == ["Ana", "cheese"] })
        #expect(whole.confidence < member.confidence)
    }
}
