import Testing
import KGLanguage
import KGEntities
@testable import KGRelations

/// One hand-parsed sentence per construction the relation stage promises.
@Suite struct ConstructionTests {
    @Test func copulaWithRoleNounGivesAnOfRelation() throws {
        // Quito is the capital of Ecuador .
        let found = try facts("""
        Quito Quito PROPN NNP 4 nsubj
        is be AUX VBZ 4 cop
        the the DET DT 4 det
        capital capital NOUN NN 0 root
        of of ADP IN 6 case
        Ecuador Ecuador PROPN NNP 4 nmod
        . . PUNCT . 4 punct
        """)
        #expect(found == ["Quito -capital_of-> Ecuador"])
    }

    @Test func placePhraseParsedUnderANamedObjectBelongsToTheVerb() throws {
        // Tomas Berg met Ana Ruiz in Lima . (the parse hangs `in Lima` on Ana Ruiz)
        let found = try facts("""
        Tomas Tomas PROPN NNP 3 nsubj
        Berg Berg PROPN NNP 1 flat
        met meet VERB VBD 0 root
        Ana Ana PROPN NNP 3 obj
        Ruiz Ruiz PROPN NNP 4 flat
        in in ADP IN 7 case
        Lima Lima PROPN NNP 4 nmod
        . . PUNCT . 3 punct
        """)
        #expect(found == ["Tomas Berg -meet-> Ana Ruiz !sym", "Tomas Berg -meet_in-> Lima"])
    }

    @Test func appositionWithRoleNounGivesTheRoleRelation() throws {
        // Ana Ruiz , director of the Prado Museum , resigned .
        let found = try facts("""
        Ana Ana PROPN NNP 10 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        , , PUNCT , 4 punct
        director director NOUN NN 1 appos
        of of ADP IN 8 case
        the the DET DT 8 det
        Prado Prado PROPN NNP 8 compound
        Museum Museum PROPN NNP 4 nmod
        , , PUNCT , 4 punct
        resigned resign VERB VBD 0 root
        . . PUNCT . 10 punct
        """)
        #expect(found == ["Ana Ruiz -director_of-> Prado Museum"])
    }

    @Test func oneOrganisationsPossessiveBeforeAnotherNamesAPart() throws {
        // The Harbor Trust 's Maritime Lab opened .
        let found = try facts("""
        The the DET DT 3 det
        Harbor Harbor PROPN NNP 3 compound
        Trust Trust PROPN NNP 6 nmod:poss
        's 's PART POS 3 case
        Maritime Maritime PROPN NNP 6 compound
        Lab Lab PROPN NNP 7 nsubj
        opened open VERB VBD 0 root
        . . PUNCT . 7 punct
        """)
        #expect(found == ["Maritime Lab -part_of-> Harbor Trust"])
    }

    @Test func relativePronounStandsForItsNoun() throws {
        // Kenya , which bought drones from Turkey , grew .
        let found = try facts("""
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
        #expect(found.contains("Kenya -buy-> drones"))
        #expect(found.contains("Kenya -buy_from-> Turkey"))
    }

    // Officials said that Chile sent aid to Peru .
    let reported = """
    Officials official NOUN NNS 2 nsubj
    said say VERB VBD 0 root
    that that SCONJ IN 5 mark
    Chile Chile PROPN NNP 5 nsubj
    sent send VERB VBD 2 ccomp
    aid aid NOUN NN 5 obj
    to to ADP IN 8 case
    Peru Peru PROPN NNP 5 obl
    . . PUNCT . 2 punct
    """

    @Test func reportedSpeechKeepsTheSpeakerOnTheFactAndStatesNoSayEdge() throws {
        let sentence = try parse(reported)
        let (entities, mentions) = standInEntities([sentence])
        let result = RelationExtractor().extract([sentence], analysis: EntityAnalysis(entities: entities, mentions: mentions))
        let sent = try #require(result.facts.first { $0.relation == "send_to" })
        #expect(result.entities[sent.subject].name == "Chile" && result.entities[sent.object].name == "Peru")
        #expect(sent.modality == .reported)
        #expect(sent.speaker == "Officials")
        #expect(!result.facts.contains { $0.relation.hasPrefix("say") })
    }

    @Test func obliquesOfAVerbOfSayingAreSpeechEdgesToo() throws {
        // Lena Holm said at Davos that Chile sent aid .
        let found = try facts("""
        Lena Lena PROPN NNP 3 nsubj
        Holm Holm PROPN NNP 1 flat
        said say VERB VBD 0 root
        at at ADP IN 5 case
        Davos Davos PROPN NNP 3 obl
        that that SCONJ IN 8 mark
        Chile Chile PROPN NNP 8 nsubj
        sent send VERB VBD 3 ccomp
        aid aid NOUN NN 8 obj
        . . PUNCT . 3 punct
        """)
        #expect(found.contains { $0.hasPrefix("Chile -send-> ") })
        #expect(!found.contains { $0.contains("say") })
    }

    @Test func speechEdgesOnlyWhenAskedFor() throws {
        let sentence = try parse(reported.replacingOccurrences(of: "Officials official NOUN NNS", with: "Norway Norway PROPN NNP"))
        let (entities, mentions) = standInEntities([sentence], types: ["Chile": .place, "Peru": .place])
        var options = RelationExtractor.Options()
        options.speechEdges = true
        let analysis = EntityAnalysis(entities: entities, mentions: mentions)
        let result = RelationExtractor(options: options).extract([sentence], analysis: analysis)
        let said = try #require(result.facts.first { $0.relation == "say" })
        #expect(result.entities[said.subject].name == "Norway" && result.entities[said.object].name == "Chile")
    }

    @Test func modalAndNegationAreFlags() throws {
        // Spain may not buy jets from Italy .
        let found = try facts("""
        Spain Spain PROPN NNP 4 nsubj
        may may AUX MD 4 aux
        not not PART RB 4 advmod
        buy buy VERB VB 0 root
        jets jet NOUN NNS 4 obj
        from from ADP IN 7 case
        Italy Italy PROPN NNP 4 obl
        . . PUNCT . 4 punct
        """)
        #expect(found.contains("Spain -buy_from-> Italy !neg !possible"))
    }

    @Test func aPlanningVerbMakesItsComplementPlanned() throws {
        // Spain plans to acquire jets from Italy .
        let found = try facts("""
        Spain Spain PROPN NNP 2 nsubj
        plans plan VERB VBZ 0 root
        to to PART TO 4 mark
        acquire acquire VERB VB 2 xcomp
        jets jet NOUN NNS 4 obj
        from from ADP IN 7 case
        Italy Italy PROPN NNP 4 obl
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("Spain -buy_from-> Italy !planned"))
    }

    @Test func refusingNegatesTheComplement() throws {
        // Austria refused to supply Hungary .
        let found = try facts("""
        Austria Austria PROPN NNP 2 nsubj
        refused refuse VERB VBD 0 root
        to to PART TO 4 mark
        supply supply VERB VB 2 xcomp
        Hungary Hungary PROPN NNP 4 obj
        . . PUNCT . 2 punct
        """)
        #expect(found == ["Austria -send-> Hungary !neg"])
    }

    @Test func coordinatedSubjectsAndVerbsMultiplyTheFacts() throws {
        // Chile and Peru bought and resold Gripen jets .
        let found = try facts("""
        Chile Chile PROPN NNP 4 nsubj
        and and CCONJ CC 3 cc
        Peru Peru PROPN NNP 1 conj
        bought buy VERB VBD 0 root
        and and CCONJ CC 6 cc
        resold resell VERB VBD 4 conj
        Gripen Gripen PROPN NNP 8 compound
        jets jet NOUN NNS 6 obj
        . . PUNCT . 4 punct
        """)
        #expect(Set(found) == ["Chile -buy-> Gripen", "Peru -buy-> Gripen", "Chile -resell-> Gripen", "Peru -resell-> Gripen"])
    }

    @Test func eachOtherGivesOneSymmetricEdge() throws {
        // Chile and Peru met each other in Lima .
        let found = try facts("""
        Chile Chile PROPN NNP 4 nsubj
        and and CCONJ CC 3 cc
        Peru Peru PROPN NNP 1 conj
        met meet VERB VBD 0 root
        each each DET DT 4 obj
        other other ADJ JJ 5 fixed
        in in ADP IN 8 case
        Lima Lima PROPN NNP 4 obl
        . . PUNCT . 4 punct
        """)
        #expect(found == ["Chile -meet-> Peru !sym"])
    }

    @Test func relationalNounWithBetweenIsSymmetric() throws {
        // Talks between Chile and Peru resumed .
        let found = try facts("""
        Talks talk NOUN NNS 6 nsubj
        between between ADP IN 3 case
        Chile Chile PROPN NNP 1 nmod
        and and CCONJ CC 5 cc
        Peru Peru PROPN NNP 3 conj
        resumed resume VERB VBD 0 root
        . . PUNCT . 6 punct
        """)
        #expect(found == ["Chile -meet-> Peru !sym"])
    }

    @Test func possessiveNominalisationNamesItsHolder() throws {
        // Chile 's purchase of Gripen jets from Sweden stalled .
        let found = try facts("""
        Chile Chile PROPN NNP 3 nmod:poss
        's 's PART POS 1 case
        purchase purchase NOUN NN 9 nsubj
        of of ADP IN 6 case
        Gripen Gripen PROPN NNP 6 compound
        jets jet NOUN NNS 3 nmod
        from from ADP IN 8 case
        Sweden Sweden PROPN NNP 3 nmod
        stalled stall VERB VBD 0 root
        . . PUNCT . 9 punct
        """)
        #expect(found.contains("Chile -buy-> Gripen"))
        #expect(found.contains("Chile -buy_from-> Sweden"))
    }

    @Test func byAgentOfAGerundIsItsSubject() throws {
        // The shelling of Kharkiv by Russia continued .
        let found = try facts("""
        The the DET DT 2 det
        shelling shelling NOUN NN 7 nsubj
        of of ADP IN 4 case
        Kharkiv Kharkiv PROPN NNP 2 nmod
        by by ADP IN 6 case
        Russia Russia PROPN NNP 2 nmod
        continued continue VERB VBD 0 root
        . . PUNCT . 7 punct
        """)
        #expect(found == ["Russia -attack-> Kharkiv"])
    }
}

@Suite struct ParseRepairTests {
    @Test func anAdjectiveMisreadAsComplementGivesBackTheObject() throws {
        // Rhee greeted Korean envoy Park while in Rome . — with the adjective misparsed as a complement.
        let found = try facts("""
        Rhee Rhee PROPN NNP 2 nsubj
        greeted greet VERB VBD 0 root
        Korean Korean ADJ JJ 2 xcomp
        envoy envoy NOUN NN 5 compound
        Park Park PROPN NNP 3 obl
        while while SCONJ IN 8 mark
        in in ADP IN 8 case
        Rome Rome PROPN NNP 5 nmod
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("Rhee -greet-> Park"))
        #expect(found.contains("Rhee -greet_in-> Rome"))
    }
}

@Suite struct CoordinationRepairTests {
    @Test func twoSubjectsJoinedByAndAreOneCoordinationAndEachOtherAsDeterminerIsReciprocal() throws {
        // Chile and Peru agreed to aid each other 's navies . — misparsed with two subjects and `each` as a determiner.
        let found = try facts("""
        Chile Chile PROPN NNP 4 nsubj
        and and CCONJ CC 3 cc
        Peru Peru PROPN NNP 4 nsubj
        agreed agree VERB VBD 0 root
        to to PART TO 6 mark
        aid aid VERB VB 4 xcomp
        each each DET DT 10 det
        other other ADJ JJ 7 fixed
        's 's PART POS 7 case
        navies navy NOUN NNS 6 obj
        . . PUNCT . 4 punct
        """)
        #expect(found == ["Chile -pact-> Peru !sym"])
    }

    @Test func aPhrasalVerbsLabelJoinsItsParticleWithAnUnderscore() throws {
        // Lena Park set up Nordlys Media .
        let found = try facts("""
        Lena Lena PROPN NNP 3 nsubj
        Park Park PROPN NNP 1 flat
        set set VERB VBD 0 root
        up up ADP RP 3 compound:prt
        Nordlys Nordlys PROPN NNP 3 obj
        Media Media PROPN NNP 5 flat
        . . PUNCT . 3 punct
        """)
        #expect(found == ["Lena Park -set_up-> Nordlys Media"])
    }

    @Test func aPossessorOfTheObjectTakesThePlainVerbNotAPossessiveLabel() throws {
        // Ida Berg criticised Norway 's budget .
        let found = try facts("""
        Ida Ida PROPN NNP 3 nsubj
        Berg Berg PROPN NNP 1 flat
        criticised criticise VERB VBD 0 root
        Norway Norway PROPN NNP 6 nmod:poss
        's 's PART POS 4 case
        budget budget NOUN NN 3 obj
        . . PUNCT . 3 punct
        """)
        #expect(found.contains("Ida Berg -criticise-> Norway"))
        #expect(!found.contains { $0.contains("'") || $0.contains("_s->") })
    }

    @Test func aNounOfTimeIsNoEndOfAFact() throws {
        // Ida Berg spent the summer in Oslo .
        let found = try facts("""
        Ida Ida PROPN NNP 3 nsubj
        Berg Berg PROPN NNP 1 flat
        spent spend VERB VBD 0 root
        the the DET DT 5 det
        summer summer NOUN NN 3 obj
        in in ADP IN 7 case
        Oslo Oslo PROPN NNP 3 obl
        . . PUNCT . 3 punct
        """)
        #expect(found == ["Ida Berg -spend_in-> Oslo"])
    }

    @Test func aNameBeforeAnAmountIsTheRecipientAndBeToIsAPlan() throws {
        // Oslo Energi is to pay Bergen Gas 2bn kroner . (parsed with the name as the amount's compound)
        let found = try facts("""
        Oslo Oslo PROPN NNP 5 nsubj:outer
        Energi Energi PROPN NNP 1 flat
        is be AUX VBZ 5 cop
        to to PART TO 5 mark
        pay pay VERB VB 0 root
        Bergen Bergen PROPN NNP 9 compound
        Gas Gas PROPN NNP 6 flat
        2bn 2bn NUM CD 6 flat
        kroner krone NOUN NNS 5 obj
        . . PUNCT . 5 punct
        """)
        #expect(found.contains("Oslo Energi -pay_to-> Bergen Gas !planned"))
    }

    @Test func aLaterDefiniteMentionOfAnOwnedEventReachesItsOwner() throws {
        // Vale 's bid for Alcoa failed . / Alcoa rejected the bid . / Nordbank rejected a bid .
        let found = try facts("""
        Vale Vale PROPN NNP 3 nmod:poss
        's 's PART POS 1 case
        bid bid NOUN NN 6 nsubj
        for for ADP IN 5 case
        Alcoa Alcoa PROPN NNP 3 nmod
        failed fail VERB VBD 0 root
        . . PUNCT . 6 punct
        """, """
        Alcoa Alcoa PROPN NNP 2 nsubj
        rejected reject VERB VBD 0 root
        the the DET DT 4 det
        bid bid NOUN NN 2 obj
        . . PUNCT . 2 punct
        """, """
        Nordbank Nordbank PROPN NNP 2 nsubj
        rejected reject VERB VBD 0 root
        a a DET DT 4 det
        bid bid NOUN NN 2 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("Vale -bid_for-> Alcoa"))
        #expect(found.contains("Alcoa -reject-> Vale"))
        #expect(!found.contains("Nordbank -reject-> Vale"))  // `a bid` is not the bid told of before
    }

    @Test func aNameAfterAVerbOfSayingThatEndsAnUnquotedReportIsItsSpeaker() throws {
        // Ida Berg won the race , explained Ola Lund . (parsed with `explained` a conjunct and Ola Lund its object)
        let found = try facts("""
        Ida Ida PROPN NNP 3 nsubj
        Berg Berg PROPN NNP 1 flat
        won win VERB VBD 0 root
        the the DET DT 5 det
        race race NOUN NN 3 obj
        , , PUNCT , 7 punct
        explained explain VERB VBD 3 conj
        Ola Ola PROPN NNP 7 obj
        Lund Lund PROPN NNP 8 flat
        . . PUNCT . 3 punct
        """)
        #expect(found == ["Ida Berg -win-> race !reported"])
    }

    @Test func aVerbOfSayingWithAnObjectOfItsOwnIsNoInvertedSpeaker() throws {
        // Ida Berg won the race , explained the tactics to Ola Lund .
        let found = try facts("""
        Ida Ida PROPN NNP 3 nsubj
        Berg Berg PROPN NNP 1 flat
        won win VERB VBD 0 root
        the the DET DT 5 det
        race race NOUN NN 3 obj
        , , PUNCT , 7 punct
        explained explain VERB VBD 3 conj
        the the DET DT 9 det
        tactics tactic NOUN NNS 7 obj
        to to ADP IN 11 case
        Ola Ola PROPN NNP 7 obl
        Lund Lund PROPN NNP 11 flat
        . . PUNCT . 3 punct
        """)
        #expect(found == ["Ida Berg -win-> race", "Ida Berg -explain-> tactics"])
    }

    @Test func beingOutOfSomethingDeniesBeingInIt() throws {
        // Ida Berg is out of the running for the Nordbank job .
        let found = try facts("""
        Ida Ida PROPN NNP 7 nsubj
        Berg Berg PROPN NNP 1 flat
        is be AUX VBZ 7 cop
        out out ADP IN 7 case
        of of ADP IN 7 case
        the the DET DT 7 det
        running run VERB VBG 0 root
        for for ADP IN 11 case
        the the DET DT 11 det
        Nordbank Nordbank PROPN NNP 11 compound
        job job NOUN NN 7 obl
        . . PUNCT . 7 punct
        """)
        #expect(!found.isEmpty && found.allSatisfy { $0.contains("!neg") })
    }

    @Test func aNameRightAfterARolesOfObjectNamesThatObject() throws {
        // Ana Ruiz , chairman of Peru 's largest bank Andina , resigned . (Andina parsed as the chairman's apposition)
        let found = try facts("""
        Ana Ana PROPN NNP 12 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        , , PUNCT , 4 punct
        chairman chairman NOUN NN 1 appos
        of of ADP IN 9 case
        Peru Peru PROPN NNP 9 nmod:poss
        's 's PART POS 6 case
        largest large ADJ JJS 9 amod
        bank bank NOUN NN 4 nmod
        Andina Andina PROPN NNP 4 appos
        , , PUNCT , 1 punct
        resigned resign VERB VBD 0 root
        . . PUNCT . 12 punct
        """)
        #expect(found.contains("Ana Ruiz -lead-> Andina"))
        #expect(!found.contains { $0.hasPrefix("Andina -lead->") })
    }

    @Test func aRankIsNoEndOfAFact() throws {
        // Ida Berg beat the fourth seed and won her 50th cap .
        let found = try facts("""
        Ida Ida PROPN NNP 3 nsubj
        Berg Berg PROPN NNP 1 flat
        beat beat VERB VBD 0 root
        the the DET DT 6 det
        fourth fourth ADJ JJ 6 amod
        seed seed NOUN NN 3 obj
        and and CCONJ CC 8 cc
        won win VERB VBD 3 conj
        her she PRON PRP$ 11 nmod:poss
        50th 50th ADJ JJ 11 amod
        cap cap NOUN NN 8 obj
        . . PUNCT . 3 punct
        """)
        #expect(found.isEmpty)
        #expect(ClauseLexicon.isOrdinal("21st") && ClauseLexicon.isOrdinal("third") && !ClauseLexicon.isOrdinal("1st-class"))
    }

    @Test func aConceptIsNeverTheOneWhoActs() throws {
        // The set can pause Nordvision .
        let found = try facts("""
        The the DET DT 2 det
        set set NOUN NN 4 nsubj
        can can AUX MD 4 aux
        pause pause VERB VB 0 root
        Nordvision Nordvision PROPN NNP 4 obj
        . . PUNCT . 4 punct
        """)
        #expect(found.isEmpty)
    }

    @Test func theFutureAndWhatOthersAreUrgedToDoAreNotYetFacts() throws {
        // Ida Berg will face Norway . / Ida Berg urged Nordbank to leave Oslo .
        let found = try facts("""
        Ida Ida PROPN NNP 4 nsubj
        Berg Berg PROPN NNP 1 flat
        will will AUX MD 4 aux
        face face VERB VB 0 root
        Norway Norway PROPN NNP 4 obj
        . . PUNCT . 4 punct
        """, """
        Ida Ida PROPN NNP 3 nsubj
        Berg Berg PROPN NNP 1 flat
        urged urge VERB VBD 0 root
        Nordbank Nordbank PROPN NNP 3 obj
        to to PART TO 6 mark
        leave leave VERB VB 3 xcomp
        Oslo Oslo PROPN NNP 6 obj
        . . PUNCT . 3 punct
        """)
        #expect(found.contains("Ida Berg -face-> Norway !planned"))
        #expect(found.contains("Nordbank -leave-> Oslo !planned"))
    }
}
