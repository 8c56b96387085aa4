import Testing
import KGLanguage
import KGRepair
@testable import KGRelations

/// Open-IE: pronouns and relative clauses: who, which, that, its, his stand for their nouns.
extension OpenIETests {
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
}
