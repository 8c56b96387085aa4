import Testing
import KGLanguage
@testable import KGRelations

/// Open-IE: tuples without a verb: appositions, copulas, is and has tuples, places.
extension OpenIETests {
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

    /// A label word inside a name as parsed (`Swiss` taken into `Corvo`, `firm` between) used to
    /// trap on a backwards range.
    @Test func aLabelBetweenTheWordsOfANameIsNoTitle() throws {
        let found = try tuples("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        joined join VERB VBD 0 root
        with with ADP IN 7 case
        Swiss Swiss PROPN NNP 7 compound
        firm firm NOUN NN 7 compound
        Corvo Corvo PROPN NNP 3 obl
        . . PUNCT . 3 punct
        """)
        #expect(found.contains("joined with | Ana Ruiz | Swiss firm Corvo"))
        #expect(!found.contains { $0.hasPrefix("is | Corvo") || $0.hasPrefix("is | Swiss") })
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
}
