import Testing
import KGLanguage
@testable import KGRelations

/// Open-IE: reported speech and quotation marks.
extension OpenIETests {
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

    @Test func quotationMarksAroundAnArgumentStayWithIt() throws {
        let found = try tuples("""
        She she PRON PRP 2 nsubj
        sang sing VERB VBD 0 root
        `` `` PUNCT `` 4 punct
        Aurora Aurora PROPN NNP 2 obj
        '' '' PUNCT '' 4 punct
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("sang | She | `` Aurora ''"))
    }

    @Test func anInsertedSaidClauseParsedAsARelativeClauseStandsBesideTheSentence() throws {
        // `The winners , officials said , were local farmers .` with `said` hung on `winners`.
        let found = try tuples("""
        The the DET DT 2 det
        winners winner NOUN NNS 0 root
        , , PUNCT , 2 punct
        officials official NOUN NNS 5 nsubj
        said say VERB VBD 2 acl:relcl
        , , PUNCT , 9 punct
        were be AUX VBD 9 cop
        local local ADJ JJ 9 amod
        farmers farmer NOUN NNS 5 ccomp
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("were | The winners | local farmers"))
        #expect(found.contains("said | officials | The winners , were local farmers"))
    }

    @Test func aSpeakerAfterAQuotationReportsAllOfIt() throws {
        // `` Fares will rise in May , especially for buses , '' says Ana Ruiz . with the tail of the
        // quotation hung on `May` as an apposition and the speaker's verb beside the quotation.
        let found = OpenIE().tuples(try parse("""
        `` `` PUNCT `` 4 punct
        Fares fare NOUN NNS 4 nsubj
        will will AUX MD 4 aux
        rise rise VERB VB 0 root
        in in ADP IN 6 case
        May May PROPN NNP 4 obl
        , , PUNCT , 10 punct
        especially especially ADV RB 10 advmod
        for for ADP IN 10 case
        buses bus NOUN NNS 6 appos
        , , PUNCT , 13 punct
        '' '' PUNCT '' 13 punct
        says say VERB VBZ 4 parataxis
        Ana Ana PROPN NNP 13 nsubj
        Ruiz Ruiz PROPN NNP 14 flat
        . . PUNCT . 4 punct
        """))
        let said = try #require(found.first { $0.relation == "says" })
        #expect(said.arguments == ["Ana Ruiz", "`` Fares will rise in May , especially for buses ''"])
        // The speaker after the quotation is the usual order, not a misparse: ranked like the quoted clause.
        let rise = try #require(found.first { $0.relation.hasPrefix("will rise") })
        #expect(said.confidence > rise.confidence - 0.3)
    }

    @Test func aReportWithoutQuotationMarksEndsAtTheSpeakersComma() throws {
        let found = try tuples("""
        Prices price NOUN NNS 2 nsubj
        rose rise VERB VBD 0 root
        , , PUNCT , 5 punct
        but but CCONJ CC 5 cc
        slowly slowly ADV RB 2 parataxis
        , , PUNCT , 8 punct
        traders trader NOUN NNS 8 nsubj
        said say VERB VBD 2 parataxis
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("said | traders | Prices rose , but slowly"))
    }

    @Test func aClauseHungBesideALaterVerbOfSayingIsWhatItSays() throws {
        let found = try tuples("""
        Prices price NOUN NNS 2 nsubj
        rose rise VERB VBD 7 parataxis
        in in ADP IN 4 case
        May May PROPN NNP 2 obl
        , , PUNCT , 2 punct
        he he PRON PRP 7 nsubj
        adds add VERB VBZ 0 root
        . . PUNCT . 7 punct
        """)
        #expect(found.contains("adds | he | Prices rose in May"))
    }

    @Test func aVerbOfSayingAfterAQuotationHeadsTheSentenceAndTheSpeakerIsItsSubject() throws {
        // `` The plan will fail , '' warns Ana Ruiz , head of the union . with `warns` hung on `fail`,
        // the speaker as its object and her title on the verb.
        let found = try tuples("""
        `` `` PUNCT `` 5 punct
        The the DET DT 3 det
        plan plan NOUN NN 5 nsubj
        will will AUX MD 5 aux
        fail fail VERB VB 0 root
        , , PUNCT , 8 punct
        '' '' PUNCT '' 8 punct
        warns warn VERB VBZ 5 conj
        Ana Ana PROPN NNP 8 obj
        Ruiz Ruiz PROPN NNP 9 flat
        , , PUNCT , 12 punct
        head head NOUN NN 8 appos
        of of ADP IN 15 case
        the the DET DT 15 det
        union union NOUN NN 12 nmod
        . . PUNCT . 5 punct
        """)
        #expect(found.contains("warns | Ana Ruiz | `` The plan will fail ''"))
        #expect(found.contains("is | Ana Ruiz | head of the union"))
    }

    @Test func whatASpeakerAfterAQuotationSaysComesBeforeAPhraseHungOnTheVerb() throws {
        // `` Fares rise , '' said Ana Ruiz , head of Lyon Bus Co. . with `Co.` hung on `said`.
        let found = try tuples("""
        `` `` PUNCT `` 3 punct
        Fares fare NOUN NNS 3 nsubj
        rise rise VERB VBP 6 ccomp
        , , PUNCT , 3 punct
        '' '' PUNCT '' 3 punct
        said say VERB VBD 0 root
        Ana Ana PROPN NNP 6 nsubj
        Ruiz Ruiz PROPN NNP 7 flat
        , , PUNCT , 10 punct
        head head NOUN NN 7 appos
        of of ADP IN 12 case
        Lyon Lyon PROPN NNP 10 nmod
        Bus Bus PROPN NNP 14 compound
        Co. Co. PROPN NNP 6 obl
        . . PUNCT . 6 punct
        """)
        #expect(found.first { $0.hasPrefix("said |") }?.hasPrefix("said | Ana Ruiz | `` Fares rise ''") == true)
    }

    @Test func aQuotationOpenedInsideAnArgumentClosesInIt() throws {
        // The closing mark hangs on the verb, the opening one inside the phrase.
        let found = try tuples("""
        Ana Ana PROPN NNP 2 nsubj
        sang sing VERB VBD 0 root
        as as ADP IN 6 case
        `` `` PUNCT `` 6 punct
        Lady Lady PROPN NNP 6 compound
        Blue Blue PROPN NNP 2 obl
        '' '' PUNCT '' 2 punct
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("sang as | Ana | `` Lady Blue ''"))
    }

    @Test func aQuotedNameRightAfterItsNounComesFirst() throws {
        let found = try tuples("""
        Ana Ana PROPN NNP 2 nsubj
        starred star VERB VBD 0 root
        in in ADP IN 5 case
        the the DET DT 5 det
        film film NOUN NN 2 obl
        `` `` PUNCT `` 8 punct
        Blue Blue PROPN NNP 8 compound
        Harbour Harbour PROPN NNP 5 appos
        '' '' PUNCT '' 8 punct
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("is | `` Blue Harbour '' | the film"))
    }
}
