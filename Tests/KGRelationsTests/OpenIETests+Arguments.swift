import Testing
import KGLanguage
@testable import KGRelations

/// Open-IE: the relation and its arguments: control chains, obliques, where an argument ends.
extension OpenIETests {
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

    @Test func aControlChainWhoseVerbHasNothingOfItsOwnTakesTheVerbAsObject() throws {
        let found = try tuples("""
        Ana Ana PROPN NNP 2 nsubj
        began begin VERB VBD 0 root
        to to PART TO 4 mark
        sing sing VERB VB 2 xcomp
        loudly loudly ADV RB 4 advmod
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("began to | Ana | sing loudly"))
    }

    @Test func anObjectThatOpensWithAPrepositionIsAnOblique() throws {
        // `rose to ten euros` with `to` hung on the number and `euros` read as the object.
        let found = try tuples("""
        Fares fare NOUN NNS 2 nsubj
        rose rise VERB VBD 0 root
        to to ADP IN 4 case
        ten ten NUM CD 5 nummod
        euros euro NOUN NNS 2 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("rose to | Fares | ten euros"))
    }

    @Test func anAdjectiveAndItsPrepositionAreTheRelation() throws {
        let found = try tuples("""
        The the DET DT 2 det
        judges judge NOUN NNS 5 nsubj
        were be AUX VBD 5 cop
        not not PART RB 5 advmod
        familiar familiar ADJ JJ 0 root
        with with ADP IN 8 case
        the the DET DT 8 det
        case case NOUN NN 5 obl
        . . PUNCT . 5 punct
        """)
        #expect(found.contains("were not familiar with | The judges | the case"))
    }

    @Test func aPhraseUnderAnAdverbBelongsToTheVerbAndAByClauseIsAnArgument() throws {
        let found = try tuples("""
        The the DET DT 2 det
        bowl bowl NOUN NN 4 nsubj:pass
        was be AUX VBD 4 aux:pass
        made make VERB VBN 0 root
        mostly mostly ADV RB 4 advmod
        of of ADP IN 7 case
        clay clay NOUN NN 5 obl
        by by SCONJ IN 9 mark
        firing fire VERB VBG 4 advcl
        it it PRON PRP 9 obj
        . . PUNCT . 4 punct
        """)
        #expect(found.contains("was made mostly of | The bowl | clay | by firing it"))
    }

    @Test func anAdjectiveControlChainIsOneRelation() throws {
        let found = try tuples("""
        The the DET DT 2 det
        crews crew NOUN NNS 4 nsubj
        were be AUX VBD 4 cop
        unable unable ADJ JJ 0 root
        to to PART TO 6 mark
        reach reach VERB VB 4 xcomp
        the the DET DT 8 det
        village village NOUN NN 6 obj
        . . PUNCT . 4 punct
        """)
        #expect(found.contains("were unable to reach | The crews | the village"))
        #expect(!found.contains { $0.hasPrefix("were | The crews") })
    }

    @Test func aTimePhraseBuiltOnAnAdverbIsAnArgument() throws {
        let found = try tuples("""
        Two two NUM CD 2 nummod
        weeks week NOUN NNS 3 obl:npmod
        later later ADV RB 6 advmod
        the the DET DT 5 det
        mill mill NOUN NN 6 nsubj
        closed close VERB VBD 0 root
        . . PUNCT . 6 punct
        """)
        #expect(found.contains("closed | the mill | Two weeks later"))
    }

    @Test func punctuationInsideAnArgumentStaysAndAtItsEdgesGoes() throws {
        let found = try tuples("""
        They they PRON PRP 2 nsubj
        met meet VERB VBD 0 root
        on on ADP IN 4 case
        May May PROPN NNP 2 obl
        2 2 NUM CD 4 nummod
        , , PUNCT , 7 punct
        1990 1990 NUM CD 4 nummod
        , , PUNCT , 4 punct
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("met on | They | May 2 , 1990"))
    }

    @Test func aClosingBracketStaysWhenItsOpeningOneIsInTheArgument() throws {
        let found = try tuples("""
        Sales sale NOUN NNS 2 nsubj
        reached reach VERB VBD 0 root
        ten ten NUM CD 4 nummod
        tons ton NOUN NNS 2 obj
        ( ( PUNCT -LRB- 7 punct
        in in ADP IN 7 case
        Peru Peru PROPN NNP 4 nmod
        ) ) PUNCT -RRB- 7 punct
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("reached | Sales | ten tons ( in Peru )"))
    }

    @Test func aMeasurePhraseWithoutACommaStaysInTheArgument() throws {
        let found = try tuples("""
        Ana Ana PROPN NNP 2 nsubj
        paid pay VERB VBD 0 root
        $ $ SYM $ 2 obj
        5 5 NUM CD 3 nummod
        a a DET DT 6 det
        ticket ticket NOUN NN 3 appos
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("paid | Ana | $ 5 a ticket"))
        #expect(!found.contains { $0.hasPrefix("is |") })
    }

    @Test func aByClauseUnderAPassiveHasNoSubjectAndAFromClauseTakesTheObject() throws {
        let passive = try tuples("""
        The the DET DT 2 det
        sauce sauce NOUN NN 4 nsubj:pass
        is be AUX VBZ 4 aux:pass
        thickened thicken VERB VBN 0 root
        by by SCONJ IN 6 mark
        adding add VERB VBG 4 advcl
        flour flour NOUN NN 6 obj
        . . PUNCT . 4 punct
        """)
        #expect(passive.contains("is thickened | The sauce | adding flour"))
        #expect(!passive.contains { $0.hasPrefix("adding |") })
        let kept = try tuples("""
        Rain rain NOUN NN 2 nsubj
        kept keep VERB VBD 0 root
        the the DET DT 4 det
        crowd crowd NOUN NN 2 obj
        from from SCONJ IN 6 mark
        leaving leave VERB VBG 2 advcl
        the the DET DT 8 det
        stadium stadium NOUN NN 6 obj
        . . PUNCT . 2 punct
        """)
        #expect(kept.contains("leaving | the crowd | the stadium"))
        #expect(!kept.contains("leaving | Rain | the stadium"))
    }

    @Test func aVerbWhoseComplementIsACopulaIsSaidThroughIt() throws {
        let found = try tuples("""
        After after ADP IN 3 case
        the the DET DT 3 det
        prize prize NOUN NN 7 obl
        , , PUNCT , 7 punct
        Ana Ana PROPN NNP 7 nsubj:pass
        was be AUX VBD 7 aux:pass
        considered consider VERB VBN 0 root
        to to PART TO 11 mark
        be be AUX VB 11 cop
        a a DET DT 11 det
        writer writer NOUN NN 7 xcomp
        . . PUNCT . 7 punct
        """)
        #expect(found.contains { $0.hasPrefix("was considered to be | Ana | a writer") })
        #expect(!found.contains { $0.hasPrefix("was considered | Ana") })
    }
}
