import Testing
import KGLanguage
@testable import KGRelations

/// Open-IE: sentences the tagger or parser got wrong, read as they were meant.
extension OpenIETests {
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
