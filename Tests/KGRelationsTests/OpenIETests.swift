import Testing
import KGLanguage
import KGRepair
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

    @Test func aPluralNounWithASubjectBeforeItIsAVerb() throws {
        // `bakes` tagged as a plural noun with `The bakery` as its subject.
        let found = try tuples("""
        The the DET DT 2 det
        bakery bakery NOUN NN 3 nsubj
        bakes bake NOUN NNS 0 root
        bread bread NOUN NN 3 obj
        for for ADP IN 7 case
        the the DET DT 7 det
        village village NOUN NN 3 nmod
        . . PUNCT . 3 punct
        """)
        #expect(found.contains("bakes | The bakery | bread | for the village"))
    }

    @Test func aSentenceWithoutAVerbReadsItsPluralNounRootAsTheVerb() throws {
        // The whole sentence parsed as one noun phrase headed by `sings`.
        let found = try tuples("""
        The the DET DT 3 det
        old old ADJ JJ 3 amod
        choir choir NOUN NN 4 compound
        sings sing NOUN NNS 0 root
        in in ADP IN 7 case
        the the DET DT 7 det
        cathedral cathedral NOUN NN 4 nmod
        . . PUNCT . 4 punct
        """)
        #expect(found.contains("sings in | The old choir | the cathedral"))
    }

    @Test func aPluralNounAfterItsSubjectAndAnotherNounIsNotAVerb() throws {
        // `The firm sells farm tools` with `sells` misread as a compound: `tools` stays a noun.
        let found = try tuples("""
        The the DET DT 2 det
        firm firm NOUN NN 5 nsubj
        sells sell NOUN NNS 5 compound
        farm farm NOUN NN 5 compound
        tools tool NOUN NNS 0 root
        . . PUNCT . 5 punct
        """)
        #expect(!found.contains { $0.hasPrefix("tools |") })
    }

    @Test func aNounsPrepositionalPhraseIsAnIsTupleWithThePreposition() throws {
        let found = try tuples("""
        She she PRON PRP 2 nsubj
        visited visit VERB VBD 0 root
        the the DET DT 4 det
        museum museum NOUN NN 2 obj
        in in ADP IN 6 case
        Lyon Lyon PROPN NNP 4 nmod
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("was in | the museum | Lyon"))
        #expect(found.contains("visited | She | the museum in Lyon"))
    }

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

    @Test func aWhClauseBesideANounIsItsRelativeClauseAndOfWhichIsAPartitive() throws {
        // `… the boats , of which Lima has ordered four .` with the clause parsed as parataxis.
        let sentence = try handParse("""
        Peru Peru PROPN NNP 2 nsubj
        praised praise VERB VBD 0 root
        the the DET DT 4 det
        boats boat NOUN NNS 2 obj
        , , PUNCT , 10 punct
        of of ADP IN 7 case
        which which PRON WDT 10 obl
        Lima Lima PROPN NNP 10 nsubj
        has have AUX VBZ 10 aux
        ordered order VERB VBN 2 parataxis
        four four NUM CD 10 obj
        . . PUNCT . 2 punct
        """)
        var repaired = sentence
        #expect(ParseRepair().repair(&repaired) == ["relativeReadAsParataxis"])
        #expect(repaired.tokens[9].head == 3 && repaired.tokens[9].deprel == .aclRelcl)
        #expect(repaired.tokens[6].head == 10 && repaired.tokens[6].deprel == .nmod)
        let found = OpenIE().tuples(repaired).map { ([$0.relation] + $0.arguments).joined(separator: " | ") }
        #expect(found.contains("has ordered | Lima | four of the boats"))
    }

    @Test func theRoofOfTheStationGivesAHasTupleAndALabelBeforeANameAnIsTuple() throws {
        let found = try tuples("""
        The the DET DT 2 det
        roof roof NOUN NN 8 nsubj
        of of ADP IN 5 case
        the the DET DT 5 det
        station station NOUN NN 2 nmod
        was be AUX VBD 8 aux
        not not PART RB 8 advmod
        painted paint VERB VBN 0 root
        by by ADP IN 13 case
        the the DET DT 13 det
        painter painter NOUN NN 13 compound
        Rosa Rosa PROPN NNP 13 compound
        Diaz Diaz PROPN NNP 8 obl
        . . PUNCT . 8 punct
        """)
        #expect(found.contains("had | the station | roof"))
        #expect(found.contains("is | Rosa Diaz | painter"))
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

    @Test func anAppositionOfTwoNounsOrANumberIsAnIsTuple() throws {
        let found = try tuples("""
        Lyon Lyon PROPN NNP 7 nsubj
        , , PUNCT , 4 punct
        the the DET DT 4 det
        city city NOUN NN 1 appos
        of of ADP IN 6 case
        lights light NOUN NNS 4 nmod
        grew grow VERB VBD 0 root
        . . PUNCT . 7 punct
        """)
        #expect(found.contains("is | Lyon | the city of lights"))  // an identity is timeless
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

    @Test func aWhoClauseParsedAsAConjunctIsARelativeClauseOfTheNameBeforeIt() throws {
        let found = try tuples("""
        Police police NOUN NNS 2 nsubj
        thanked thank VERB VBD 0 root
        Ana Ana PROPN NNP 2 obj
        Ruiz Ruiz PROPN NNP 3 flat
        , , PUNCT , 7 punct
        who who PRON WP 7 nsubj
        found find VERB VBD 2 conj
        the the DET DT 9 det
        dog dog NOUN NN 7 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("found | Ana Ruiz | the dog"))
        #expect(!found.contains { $0.contains("| who |") })
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

    @Test func anOpeningParticipleReadAsTheMainClauseInheritsTheSubjectOfTheRealOne() throws {
        // `Having won the cup , the players flew home .` with `won` parsed as the root.
        let found = try tuples("""
        Having have AUX VBG 2 aux
        won win VERB VBN 0 root
        the the DET DT 4 det
        cup cup NOUN NN 2 obj
        , , PUNCT , 8 punct
        the the DET DT 7 det
        players player NOUN NNS 8 nsubj
        flew fly VERB VBD 2 advcl
        home home ADV RB 8 advmod
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("Having won | the players | the cup"))
        #expect(found.contains { $0.hasPrefix("flew home | the players") })
    }

    @Test func aPluralNounReadAsAVerbKeepsItsToComplementAndCoordinatedVerbsShareTheTo() throws {
        // `The city plans to widen roads and plant trees` with `plans` tagged a noun.
        let found = try tuples("""
        The the DET DT 2 det
        city city NOUN NN 3 nsubj
        plans plan NOUN NNS 0 root
        to to PART TO 5 mark
        widen widen VERB VB 3 acl
        roads road NOUN NNS 5 obj
        and and CCONJ CC 8 cc
        plant plant VERB VB 5 conj
        trees tree NOUN NNS 8 obj
        . . PUNCT . 3 punct
        """)
        #expect(found.contains("plans to widen | The city | roads"))
        #expect(found.contains("plans to plant | The city | trees"))
    }

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

    @Test func itsStandsForTheNearestSubjectBeforeItAndAnHonorificIsNoTitle() throws {
        let tuples = OpenIE(options: { var o = OpenIE.Options(); o.titleWords = ["mr.", "senator"]; return o }()).tuples(try parse("""
        Mr. Mr. PROPN NNP 2 compound
        Diaz Diaz PROPN NNP 3 nsubj
        said say VERB VBD 0 root
        the the DET DT 5 det
        bakery bakery NOUN NN 6 nsubj
        lost lose VERB VBD 3 ccomp
        its its PRON PRP$ 8 nmod:poss
        license license NOUN NN 6 obj
        . . PUNCT . 3 punct
        """)).map { ([$0.relation] + $0.arguments).joined(separator: " | ") }
        #expect(tuples.contains("lost | the bakery | its license"))
        #expect(tuples.contains("had | the bakery | license"))
        #expect(!tuples.contains { $0.hasSuffix("| Mr.") })
    }

    @Test func aCopulaWithAPrepositionalPredicateSaysThePrepositionAndKeepsItsClauseOut() throws {
        // `The club 's home is at Mill Park in Leeds and is used by two teams .`
        let found = try tuples("""
        The the DET DT 2 det
        club club NOUN NN 4 nmod:poss
        's 's PART POS 2 case
        home home NOUN NN 9 nsubj
        is be AUX VBZ 9 cop
        at at ADP IN 9 case
        Mill Mill PROPN NNP 9 compound
        Park Park PROPN NNP 9 compound
        Field Field PROPN NNP 0 root
        in in ADP IN 11 case
        Leeds Leeds PROPN NNP 9 nmod
        and and CCONJ CC 14 cc
        is be AUX VBZ 14 aux:pass
        used use VERB VBN 9 conj
        by by ADP IN 17 case
        two two NUM CD 17 nummod
        teams team NOUN NNS 14 obl
        . . PUNCT . 9 punct
        """)
        #expect(found.contains("is at | The club 's home | Mill Park Field in Leeds"))
        #expect(found.contains("is in | Mill Park Field | Leeds"))
        #expect(found.contains("is used by | The club 's home | two teams"))
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

    @Test func thereOpensAnExistentialAndWhatExistsIsItsObject() throws {
        let found = try tuples("""
        There there PRON EX 2 expl
        were be VERB VBD 0 root
        floods flood NOUN NNS 2 nsubj
        in in ADP IN 5 case
        March March PROPN NNP 2 obl
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("were | There | floods | in March"))
    }

    @Test func whatTheSubjectBecameOrJoinedAsItIs() throws {
        let found = try tuples("""
        Rosa Rosa PROPN NNP 2 nsubj
        joined join VERB VBD 0 root
        the the DET DT 4 det
        band band NOUN NN 2 obj
        as as ADP IN 7 case
        a a DET DT 7 det
        drummer drummer NOUN NN 2 obl
        and and CCONJ CC 10 cc
        later later ADV RB 10 advmod
        became become VERB VBD 2 conj
        its its PRON PRP$ 12 nmod:poss
        leader leader NOUN NN 10 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("joined | Rosa | the band | as a drummer"))
        #expect(found.contains("is | Rosa | a drummer"))
        #expect(found.contains("is | Rosa | its leader"))
    }

    @Test func hisStandsForTheNearestNamedSubjectNotForACommonNoun() throws {
        let found = try tuples("""
        Omar Omar PROPN NNP 2 nsubj
        said say VERB VBD 0 root
        the the DET DT 4 det
        club club NOUN NN 5 nsubj
        sold sell VERB VBD 2 ccomp
        his his PRON PRP$ 7 nmod:poss
        boat boat NOUN NN 5 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("had | Omar | boat"))
        #expect(!found.contains("had | the club | boat"))
    }

    @Test func aQuestionAfterAPrepositionIsTheVerbsArgument() throws {
        let found = try tuples("""
        The the DET DT 2 det
        price price NOUN NN 3 nsubj
        depends depend VERB VBZ 0 root
        on on SCONJ IN 7 mark
        what what PRON WP 7 obj
        buyers buyer NOUN NNS 7 nsubj
        want want VERB VBP 3 advcl
        . . PUNCT . 3 punct
        """)
        #expect(found.contains("depends on | The price | what buyers want"))
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

    @Test func thatAsTheSubjectOfAClauseAfterANounIsARelativePronoun() throws {
        // `Voters backed the law that raised taxes` with `raised` parsed beside the sentence.
        let found = try tuples("""
        Voters voter NOUN NNS 2 nsubj
        backed back VERB VBD 0 root
        the the DET DT 4 det
        law law NOUN NN 2 obj
        that that PRON WDT 6 nsubj
        raised raise VERB VBD 2 parataxis
        taxes tax NOUN NNS 6 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("raised | the law | taxes"))
    }

    @Test func aPrepositionParsedAsTheHeadOfItsPhraseBecomesItsCase() throws {
        let found = try tuples("""
        The the DET DT 2 det
        farm farm NOUN NN 4 nsubj:pass
        was be AUX VBD 4 aux:pass
        sold sell VERB VBN 0 root
        to to ADP IN 4 obl
        Ines Ines PROPN NNP 5 nsubj
        Vidal Vidal PROPN NNP 6 flat
        . . PUNCT . 4 punct
        """)
        #expect(found.contains("was sold to | The farm | Ines Vidal"))
    }

    @Test func aNounsPrepositionalPhraseOtherThanAPlaceToo() throws {
        let found = try tuples("""
        They they PRON PRP 2 nsubj
        built build VERB VBD 0 root
        a a DET DT 4 det
        bridge bridge NOUN NN 2 obj
        over over ADP IN 7 case
        the the DET DT 7 det
        river river NOUN NN 4 nmod
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("was over | a bridge | the river"))
    }

    @Test func anAdjectiveOrParticipleBeforeANounIsAnIsTuple() throws {
        let found = try tuples("""
        Smiling smile VERB VBG 2 amod
        children child NOUN NNS 3 nsubj
        carried carry VERB VBD 0 root
        red red ADJ JJ 5 amod
        flags flag NOUN NNS 3 obj
        . . PUNCT . 3 punct
        """)
        #expect(found.contains("were | children | Smiling"))
        #expect(found.contains("were | flags | red"))
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

    @Test func aNounJoinedToANameByACommaAloneIsAnApposition() throws {
        let found = try tuples("""
        Ana Ana PROPN NNP 5 nsubj
        , , PUNCT , 3 punct
        head head NOUN NN 1 conj
        , , PUNCT , 5 punct
        resigned resign VERB VBD 0 root
        . . PUNCT . 5 punct
        """)
        #expect(found.contains("is | Ana | head"))
        #expect(!found.contains("resigned | head"))
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

    @Test func anAppositionWithoutACommaIsOneNameOrATitle() throws {
        // `Omar joined Unit Bravo 9 with pianist Lia Sola .` with both pairs misread as appositions.
        let found = try tuples("""
        Omar Omar PROPN NNP 2 nsubj
        joined join VERB VBD 0 root
        Unit Unit PROPN NNP 2 obj
        Bravo Bravo PROPN NNP 3 appos
        9 9 NUM CD 4 nummod
        with with ADP IN 7 case
        pianist pianist NOUN NN 2 obl
        Lia Lia PROPN NNP 7 appos
        Sola Sola PROPN NNP 8 flat
        . . PUNCT . 2 punct
        """)
        #expect(!found.contains { $0.hasPrefix("is | Unit") })
        #expect(found.contains("is | Lia Sola | pianist"))
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

    @Test func aRelativeWordWhoseNounWasLostIsNoArgument() throws {
        // `… in 1994 , during which he broke his arm .` with the clause hung beside the sentence.
        let found = try tuples("""
        during during ADP IN 2 case
        which which PRON WDT 4 obl
        he he PRON PRP 4 nsubj
        broke break VERB VBD 0 root
        his his PRON PRP$ 6 nmod:poss
        arm arm NOUN NN 4 obj
        . . PUNCT . 4 punct
        """)
        #expect(found.contains("broke | he | his arm"))
        #expect(!found.contains { $0.contains("during which") })
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

    @Test func aBaseFormVerbHeadingASentenceBeforeASubjectlessClauseIsItsSubjectNoun() throws {
        // `In May , demand for steel has risen sharply .` with `demand` tagged a verb.
        let found = try tuples("""
        In in ADP IN 2 case
        May May PROPN NNP 4 obl
        , , PUNCT , 4 punct
        demand demand VERB VB 0 root
        for for ADP IN 6 case
        steel steel NOUN NN 4 obl
        has have AUX VBZ 8 aux
        risen rise VERB VBN 4 advcl
        sharply sharply ADV RB 8 advmod
        . . PUNCT . 4 punct
        """)
        #expect(found.contains("has risen sharply | demand for steel | In May"))
    }

    @Test func aNounWithAnObjectIsAVerbAndHeadsTheSentence() throws {
        // `Upon leaving Lyon , Clear Creek enters Ain and flows north .` with `enters` tagged a plural
        // noun and hung, with `flows`, inside the opening clause.
        let found = try tuples("""
        Upon upon SCONJ IN 2 mark
        leaving leave VERB VBG 0 root
        Lyon Lyon PROPN NNP 2 obj
        , , PUNCT , 7 punct
        Clear Clear PROPN NNP 6 compound
        Creek Creek PROPN NNP 7 compound
        enters enter NOUN NNS 3 conj
        Ain Ain PROPN NNP 7 obj
        and and CCONJ CC 10 cc
        flows flow VERB VBZ 2 conj
        north north ADV RB 10 advmod
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("enters | Clear Creek | Ain"))
        #expect(found.contains("flows north | Clear Creek"))
    }

    @Test func aPluralNounWithAVerbsDependentsIsAVerb() throws {
        // `Ana , Omar and Lia Studio specializes in maps and globes .` parsed as one coordination.
        let listed = try tuples("""
        Ana Ana PROPN NNP 0 root
        , , PUNCT , 3 punct
        Omar Omar PROPN NNP 1 conj
        and and CCONJ CC 7 cc
        Lia Lia PROPN NNP 6 compound
        Studio Studio PROPN NNP 7 compound
        specializes specialize NOUN NNS 1 conj
        in in ADP IN 9 case
        maps map NOUN NNS 7 nmod
        and and CCONJ CC 11 cc
        globes globe NOUN NNS 7 conj
        . . PUNCT . 1 punct
        """)
        #expect(listed.contains("specializes in | Ana , Omar and Lia Studio | maps and globes"))
        // `… , whereas the old pump wastes water .` with `wastes` tagged a noun under `whereas`.
        let subordinate = try tuples("""
        whereas whereas SCONJ IN 5 mark
        the the DET DT 4 det
        old old ADJ JJ 4 amod
        pump pump NOUN NN 5 compound
        wastes waste NOUN NNS 0 root
        water water NOUN NN 5 conj
        . . PUNCT . 5 punct
        """)
        #expect(subordinate.contains("wastes | the old pump | water"))
    }

    @Test func aPlaceAfterANameAndACommaLocatesIt() throws {
        var options = OpenIE.Options()
        options.placeNames = ["ohio"]
        let open = OpenIE(options: options)
        let render = { (table: String) in try open.tuples(parse(table)).map { ([$0.relation] + $0.arguments).joined(separator: " | ") } }
        let known = try render("""
        Vera Vera PROPN NNP 3 nsubj
        lives live VERB VBZ 0 root
        in in ADP IN 4 case
        Dayton Dayton PROPN NNP 2 obl
        , , PUNCT , 6 punct
        Ohio Ohio PROPN NNP 4 appos
        . . PUNCT . 2 punct
        """)
        #expect(known.contains("is in | Dayton | Ohio"))
        // A news-style state abbreviation needs no lexicon; a name that is no place stays `is`.
        let abbreviated = try render("""
        Lowell Lowell PROPN NNP 4 nsubj
        , , PUNCT , 3 punct
        Mass. Mass. PROPN NNP 1 appos
        grew grow VERB VBD 0 root
        . . PUNCT . 4 punct
        """)
        #expect(abbreviated.contains("is in | Lowell | Mass."))
        let person = try render("""
        Vera Vera PROPN NNP 4 nsubj
        , , PUNCT , 3 punct
        Rossi Rossi PROPN NNP 1 appos
        left leave VERB VBD 0 root
        . . PUNCT . 4 punct
        """)
        #expect(person.contains("is | Vera | Rossi"))
    }

    @Test func aTownAndStateBeforeANounAreWhereItsThingIs() throws {
        // `the Lowell , Mass. , bakery` parsed as three conjuncts.
        let found = try tuples("""
        the the DET DT 2 det
        Lowell Lowell PROPN NNP 7 nsubj
        , , PUNCT , 4 punct
        Mass. Mass. PROPN NNP 2 conj
        , , PUNCT , 6 punct
        bakery bakery NOUN NN 2 conj
        closed close VERB VBD 0 root
        . . PUNCT . 7 punct
        """)
        #expect(found.contains("closed | the Lowell , Mass. , bakery"))
        #expect(found.contains("is in | Lowell | Mass."))
        #expect(!found.contains { $0.hasPrefix("closed | Mass.") || $0.hasPrefix("closed | bakery") })
    }

    @Test func aFreeRelativeKeepsItsClauseAndABareWhPronounRanksLow() throws {
        let tuples = OpenIE().tuples(try parse("""
        Ana Ana PROPN NNP 2 nsubj
        sold sell VERB VBD 0 root
        what what PRON WP 2 obj
        she she PRON PRP 5 nsubj
        grew grow VERB VBD 3 acl:relcl
        . . PUNCT . 2 punct
        """))
        let sold = try #require(tuples.first { $0.relation == "sold" && $0.arguments == ["Ana", "what she grew"] })
        let grew = try #require(tuples.first { $0.relation == "grew" && $0.arguments == ["she", "what"] })
        #expect(grew.confidence < sold.confidence - 0.3)
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

    @Test func aPastVerbReadAsTheModifierOfANounWithASubjectHeadsTheClause() throws {
        // `drew` parsed as an adjective of `crowds`, with `the show` hung on that noun as its subject.
        let found = try tuples("""
        Sales sale NOUN NNS 2 nsubj
        fell fall VERB VBD 0 root
        , , PUNCT , 8 punct
        although although SCONJ IN 8 mark
        the the DET DT 6 det
        show show NOUN NN 8 nsubj
        drew draw VERB VBN 8 amod
        crowds crowd NOUN NNS 2 advcl
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("drew | the show | crowds"))
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

    @Test func anExistentialThereRanksLow() {
        let clause = { (subject: String) in
            Confidence.openIE(TupleEvidence(kind: .clause, relation: "were", arguments: [subject, "riots"]))
        }
        #expect(clause("there") < clause("the students") - 0.2)
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

    @Test func anSNounAfterAndThatOpensAPhraseIsASecondVerb() throws {
        // `repairs` read as a plural noun coordinated with `orders`, `the bikes` hung on `orders`.
        let found = try tuples("""
        Ana Ana PROPN NNP 2 nsubj
        takes take VERB VBZ 0 root
        orders order NOUN NNS 2 obj
        and and CCONJ CC 5 cc
        repairs repair NOUN NNS 3 conj
        the the DET DT 7 det
        bikes bike NOUN NNS 3 nmod
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("takes | Ana | orders"))
        #expect(found.contains("repairs | Ana | the bikes"))
    }
}
