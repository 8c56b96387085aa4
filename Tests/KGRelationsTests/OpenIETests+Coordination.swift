import Testing
import KGLanguage
@testable import KGRelations

/// Open-IE: coordinated and neighbouring clauses: which subject and object they share.
extension OpenIETests {
    @Test func aFrontedPhraseAndTheSubjectAreSharedByCoordinatedVerbs() throws {
        let found = try tuples("""
        In in ADP IN 2 case
        1990 1990 NUM CD 5 obl
        , , PUNCT , 2 punct
        she she PRON PRP 5 nsubj
        sold sell VERB VBD 0 root
        the the DET DT 7 det
        farm farm NOUN NN 5 obj
        and and CCONJ CC 9 cc
        left leave VERB VBD 5 conj
        quietly quietly ADV RB 9 advmod
        . . PUNCT . 5 punct
        """)
        #expect(found.contains("sold | she | the farm | In 1990"))
        #expect(found.contains("left quietly | she | In 1990"))
    }

    @Test func aSubjectlessClauseBesideAnotherSharesItsSubject() throws {
        // The parser hangs `painted` beside `fixed` instead of coordinating them.
        let found = try tuples("""
        Omar Omar PROPN NNP 2 nsubj
        fixed fix VERB VBD 0 root
        the the DET DT 4 det
        roof roof NOUN NN 2 obj
        , , PUNCT , 6 punct
        painted paint VERB VBD 2 parataxis
        the the DET DT 8 det
        door door NOUN NN 6 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("painted | Omar | the door"))
    }

    @Test func anAdverbialClauseWithItsOwnSubjectDoesNotInheritTheMainOne() throws {
        let found = try tuples("""
        Chile Chile PROPN NNP 2 nsubj
        protested protest VERB VBD 0 root
        after after SCONJ IN 5 mark
        debris debris NOUN NN 5 nsubj
        fell fall VERB VBD 2 advcl
        on on ADP IN 7 case
        farms farm NOUN NNS 5 obl
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("fell on | debris | farms"))
        #expect(!found.contains { $0.hasPrefix("fell on | Chile") })
    }

    @Test func aClauseSetOffByACommaInsideAnArgumentIsATupleOfItsOwn() throws {
        let found = try tuples("""
        Omar Omar PROPN NNP 2 nsubj
        became become VERB VBD 0 root
        a a DET DT 4 det
        captain captain NOUN NN 2 obj
        , , PUNCT , 6 punct
        winning win VERB VBG 4 acl
        three three NUM CD 8 nummod
        cups cup NOUN NNS 6 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("became | Omar | a captain"))
        #expect(found.contains { $0.hasPrefix("winning |") && $0.hasSuffix("| three cups") })
    }

    @Test func aVerbCoordinatedWithTheObjectNounIsNotPartOfTheObject() throws {
        // `Lena sold the boat but kept the house` with `kept` hung on `boat`.
        let found = try tuples("""
        Lena Lena PROPN NNP 2 nsubj
        sold sell VERB VBD 0 root
        the the DET DT 4 det
        boat boat NOUN NN 2 obj
        but but CCONJ CC 6 cc
        kept keep VERB VBD 4 conj
        the the DET DT 8 det
        house house NOUN NN 6 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("sold | Lena | the boat"))
    }

    @Test func aVerbCoordinatedWithANounSharesTheSubjectOfTheNounsClause() throws {
        // `The rules are called the Lima rules and can be used anywhere` with `used` hung on `rules`.
        let found = try tuples("""
        The the DET DT 2 det
        rules rule NOUN NNS 4 nsubj:pass
        are be AUX VBP 4 aux:pass
        called call VERB VBN 0 root
        the the DET DT 7 det
        Lima Lima PROPN NNP 7 compound
        rules rule NOUN NNS 4 obj
        and and CCONJ CC 11 cc
        can can AUX MD 11 aux
        be be AUX VB 11 aux:pass
        used use VERB VBN 7 conj
        anywhere anywhere ADV RB 11 advmod
        . . PUNCT . 4 punct
        """)
        #expect(found.contains("are called | The rules | the Lima rules"))
        #expect(found.contains { $0.hasPrefix("can be used anywhere | The rules") })
    }

    @Test func aListWithAndStaysACoordination() throws {
        let found = try tuples("""
        Ana Ana PROPN NNP 6 nsubj
        , , PUNCT , 3 punct
        Omar Omar PROPN NNP 1 conj
        and and CCONJ CC 5 cc
        Lia Lia PROPN NNP 1 conj
        left leave VERB VBD 0 root
        . . PUNCT . 6 punct
        """)
        #expect(found.contains("left | Omar"))
        #expect(!found.contains { $0.hasPrefix("is |") })
    }

    @Test func bareCoordinatedVerbsShareAnObjectButAVerbWithItsOwnPhraseDoesNot() throws {
        let shared = try tuples("""
        Dealers dealer NOUN NNS 2 nsubj
        buy buy VERB VBP 0 root
        and and CCONJ CC 4 cc
        sell sell VERB VBP 2 conj
        bonds bond NOUN NNS 4 obj
        . . PUNCT . 2 punct
        """)
        #expect(shared.contains("buy | Dealers | bonds"))
        let separate = try tuples("""
        Omar Omar PROPN NNP 2 nsubj
        toured tour VERB VBD 0 root
        in in ADP IN 4 case
        Peru Peru PROPN NNP 2 obl
        , , PUNCT , 7 punct
        and and CCONJ CC 7 cc
        earned earn VERB VBD 2 conj
        a a DET DT 9 det
        nickname nickname NOUN NN 7 obj
        . . PUNCT . 2 punct
        """)
        #expect(separate.contains("earned | Omar | a nickname"))
        #expect(!separate.contains { $0.hasPrefix("toured") && $0.contains("nickname") })
    }

    @Test func anIngClauseAfterTheObjectAndACommaSharesTheSubject() throws {
        let found = try tuples("""
        Ana Ana PROPN NNP 2 nsubj
        became become VERB VBD 0 root
        a a DET DT 4 det
        regular regular NOUN NN 2 obj
        , , PUNCT , 6 punct
        making make VERB VBG 4 acl
        her her PRON PRP$ 8 nmod:poss
        debut debut NOUN NN 6 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("making | Ana | her debut"))
        // Without the comma the participle still describes its noun (`troops guarding the border`).
        let bound = try tuples("""
        Ana Ana PROPN NNP 2 nsubj
        saw see VERB VBD 0 root
        troops troop NOUN NNS 2 obj
        guarding guard VERB VBG 3 acl
        the the DET DT 6 det
        border border NOUN NN 4 obj
        . . PUNCT . 2 punct
        """)
        #expect(bound.contains("guarding | troops | the border"))
    }

    @Test func aVerbCoordinatedWithAPhraseSetBesideTheClauseSharesItsSubject() throws {
        // `Omar played ten games , mainly in goal , and scored twice .` with `and scored` hung on the aside.
        let found = try tuples("""
        Omar Omar PROPN NNP 2 nsubj
        played play VERB VBD 0 root
        ten ten NUM CD 4 nummod
        games game NOUN NNS 2 obj
        , , PUNCT , 8 punct
        mainly mainly ADV RB 8 advmod
        in in ADP IN 8 case
        goal goal NOUN NN 2 parataxis
        , , PUNCT , 11 punct
        and and CCONJ CC 11 cc
        scored score VERB VBD 8 conj
        twice twice ADV RB 11 advmod
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("scored twice | Omar"))
    }
}
