import Testing
import KGLanguage
@testable import KGRelations

/// Open-IE tuples (`kg extract --carb`) over hand-parsed sentences.
@Suite struct OpenIETests {
    func tuples(_ table: String) throws -> [String] {
        OpenIE().tuples(try parse(table)).map { ([$0.relation] + $0.arguments).joined(separator: " | ") }
    }

    @Test func relativePronounIsReplacedByItsNounAndObliquesFollow() throws {
        let found = try tuples("""
        Kenya Kenya PROPN NNP 9 nsubj
        , , PUNCT , 4 punct
        which which PRON WDT 4 nsubj
        bought buy VERB VBD 1 acl:relcl
        drones drone NOUN NNS 4 obj
        from from ADP IN 7 case
        Turkey Turkey PROPN NNP 4 obl
        , , PUNCT , 4 punct
        grew grow VERB VBD 0 root
        . . PUNCT . 9 punct
        """)
        #expect(found.contains("bought | Kenya | drones | from Turkey"))
    }

    @Test func controlChainIsOneRelationInTheSentencesOwnWords() throws {
        let found = try tuples("""
        Chile Chile PROPN NNP 4 nsubj
        and and CCONJ CC 3 cc
        Peru Peru PROPN NNP 1 conj
        agreed agree VERB VBD 0 root
        to to PART TO 6 mark
        defend defend VERB VB 4 xcomp
        their their PRON PRP$ 8 nmod:poss
        borders border NOUN NNS 6 obj
        . . PUNCT . 4 punct
        """)
        #expect(found.first == "agreed to defend | Chile and Peru | their borders")
        #expect(found.contains("agreed to defend | Peru | their borders"))
    }

    @Test func quotedSpeechTakesTheClauseAsItsObject() throws {
        let found = try tuples("""
        Prices price NOUN NNS 2 nsubj
        rose rise VERB VBD 0 root
        , , PUNCT , 5 punct
        traders trader NOUN NNS 5 nsubj
        said say VERB VBD 2 parataxis
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("said | traders | Prices rose"))
    }

    @Test func appositionIsAnIsTuple() throws {
        let found = try tuples("""
        Ana Ana PROPN NNP 10 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        , , PUNCT , 4 punct
        director director NOUN NN 1 appos
        of of ADP IN 8 case
        the the DET DT 8 det
        Prado Prado PROPN NNP 8 compound
        Museum Museum PROPN NNP 4 nmod
        , , PUNCT , 4 punct
        resigns resign VERB VBZ 0 root
        . . PUNCT . 10 punct
        """)
        #expect(found.contains("is | Ana Ruiz | director of the Prado Museum"))
    }
}
