import Testing
import KGCore
import KGLanguage
import KGEntities
@testable import KGRelations

/// Constructions news states around names: roles before a name, a role's employer, a named
/// thing's place, examples of an object, an event's holder, phrases hung on the wrong noun.
@Suite struct NewsConstructionTests {
    let people: [String: EntityType] = ["Ana Ruiz": .person, "Tomas Berg": .person]

    @Test func roleNounsBetweenAnOrganisationAndANameSayTheRole() throws {
        // Nordbank analyst Ana Ruiz resigned .
        let plain = try facts("""
        Nordbank Nordbank PROPN NNP 3 compound
        analyst analyst NOUN NN 4 compound
        Ana Ana PROPN NNP 6 nsubj
        Ruiz Ruiz PROPN NNP 4 flat
        resigned resign VERB VBD 0 root
        . . PUNCT . 6 punct
        """, types: people)
        #expect(plain.contains("Ana Ruiz -works_for-> Nordbank"))
        // Nordbank 's chief executive Ana Ruiz resigned .
        let possessive = try facts("""
        Nordbank Nordbank PROPN NNP 6 nmod:poss
        's 's PART POS 1 case
        chief chief ADJ JJ 4 amod
        executive executive NOUN NN 6 compound
        Ana Ana PROPN NNP 6 compound
        Ruiz Ruiz PROPN NNP 7 nsubj
        resigned resign VERB VBD 0 root
        . . PUNCT . 7 punct
        """, types: people)
        #expect(possessive.contains("Ana Ruiz -lead-> Nordbank"))
        // Nordbank clients he advised sued . (with `he` resolved to Ana Ruiz: a pronoun holds no role)
        let sentence = try parse("""
        Nordbank Nordbank PROPN NNP 2 compound
        clients client NOUN NNS 5 nsubj
        he he PRON PRP 4 nsubj
        advised advise VERB VBD 2 acl:relcl
        sued sue VERB VBD 0 root
        . . PUNCT . 5 punct
        """)
        let entities = [Entity(name: "Nordbank", type: .organization), Entity(name: "Ana Ruiz", type: .person)]
        let mentions = [Mention(sentence: 0, tokens: 0..<1, start: 0, end: 8, text: "Nordbank", entity: 0),
                        Mention(sentence: 0, tokens: 2..<3, start: 17, end: 19, text: "he", entity: 1)]
        let result = RelationExtractor().extract([sentence], analysis: EntityAnalysis(entities: entities, mentions: mentions))
        #expect(!result.facts.contains { $0.relation == "client_of" })
    }

    @Test func aTitleThatOpensWithAnOrganisationIsHeldThere() throws {
        // Ana Ruiz praised Nordbank . (entity recognition read the title `Nordbank chief executive`)
        let role = Role(entity: 0, title: "Nordbank chief executive", of: nil, sentence: 0, tokens: 0..<3, start: 0, end: 24)
        let found = try facts("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        praised praise VERB VBD 0 root
        Nordbank Nordbank PROPN NNP 3 obj
        . . PUNCT . 3 punct
        """, types: people, roles: [role])
        #expect(found.contains("Ana Ruiz -title-> chief executive"))
        #expect(found.contains("Ana Ruiz -lead-> Nordbank"))
    }

    @Test func aNameSetBesideANounNamesIt() throws {
        // Vale acquired Peru 's largest miner - Andina Holdings .
        let found = try facts("""
        Vale Vale PROPN NNP 2 nsubj
        acquired acquire VERB VBD 0 root
        Peru Peru PROPN NNP 6 nmod:poss
        's 's PART POS 3 case
        largest large ADJ JJS 6 amod
        miner miner NOUN NN 2 obj
        - - PUNCT , 8 punct
        Andina Andina PROPN NNP 6 appos
        Holdings Holdings PROPN NNPS 8 flat
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("Vale -buy-> Andina Holdings"))
        #expect(!found.contains("Vale -buy-> Peru"))
    }

    @Test func aRoleAtAnOrganisationIsHeldThere() throws {
        // Ana Ruiz , an executive at Nordbank , resigned .
        let found = try facts("""
        Ana Ana PROPN NNP 9 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        , , PUNCT , 5 punct
        an a DET DT 5 det
        executive executive NOUN NN 1 appos
        at at ADP IN 7 case
        Nordbank Nordbank PROPN NNP 5 nmod
        , , PUNCT , 5 punct
        resigned resign VERB VBD 0 root
        . . PUNCT . 9 punct
        """, types: people)
        #expect(found == ["Ana Ruiz -works_for-> Nordbank"])
    }

    @Test func aNamedThingsPlacePhraseLocatesIt() throws {
        // The Kiruna mine in Lapland closed .
        let mine = try facts("""
        The the DET DT 3 det
        Kiruna Kiruna PROPN NNP 3 compound
        mine mine NOUN NN 6 nsubj
        in in ADP IN 5 case
        Lapland Lapland PROPN NNP 3 nmod
        closed close VERB VBD 0 root
        . . PUNCT . 6 punct
        """, types: ["Lapland": .place])
        #expect(mine == ["Kiruna -located_in-> Lapland"])
        // Nordbank of Norway grew . (of a person, `of` says nothing of place)
        let bank = try facts("""
        Nordbank Nordbank PROPN NNP 4 nsubj
        of of ADP IN 3 case
        Norway Norway PROPN NNP 1 nmod
        grew grow VERB VBD 0 root
        . . PUNCT . 4 punct
        """, types: ["Norway": .place])
        #expect(bank == ["Nordbank -located_in-> Norway"])
        let person = try facts("""
        Nordbank Nordbank PROPN NNP 4 nsubj
        of of ADP IN 3 case
        Norway Norway PROPN NNP 1 nmod
        grew grow VERB VBD 0 root
        . . PUNCT . 4 punct
        """, types: ["Norway": .place, "Nordbank": .person])
        #expect(person.isEmpty)
    }

    @Test func examplesOfAnObjectAreWhatTheVerbActsOn() throws {
        // Sonora signed artists including Ana Ruiz and Tomas Berg .
        let found = try facts("""
        Sonora Sonora PROPN NNP 2 nsubj
        signed sign VERB VBD 0 root
        artists artist NOUN NNS 2 obj
        including include VERB VBG 5 case
        Ana Ana PROPN NNP 3 nmod
        Ruiz Ruiz PROPN NNP 5 flat
        and and CCONJ CC 8 cc
        Tomas Tomas PROPN NNP 5 conj
        Berg Berg PROPN NNP 8 flat
        . . PUNCT . 2 punct
        """, types: people)
        #expect(found.contains("Sonora -sign-> Ana Ruiz"))
        #expect(found.contains("Sonora -sign-> Tomas Berg"))
        #expect(!found.contains { $0.contains("including") })
    }

    @Test func anEventsHolderIsReachedThroughTheEvent() throws {
        // Andina rejected Vale 's bid .
        let possessive = try facts("""
        Andina Andina PROPN NNP 2 nsubj
        rejected reject VERB VBD 0 root
        Vale Vale PROPN NNP 5 nmod:poss
        's 's PART POS 3 case
        bid bid NOUN NN 2 obj
        . . PUNCT . 2 punct
        """)
        #expect(possessive.contains("Andina -reject-> Vale"))
        // Andina blocked the purchase by Vale . (Vale buys; Andina buys nothing)
        let agent = try facts("""
        Andina Andina PROPN NNP 2 nsubj
        blocked block VERB VBD 0 root
        the the DET DT 4 det
        purchase purchase NOUN NN 2 obj
        by by ADP IN 6 case
        Vale Vale PROPN NNP 4 nmod
        . . PUNCT . 2 punct
        """)
        #expect(agent.contains("Andina -block-> Vale"))
        #expect(!agent.contains("Andina -buy-> Vale"))
    }

    @Test func anAdjectiveWithItsPrepositionSaysTheRelation() throws {
        // Unitas is opposed to any takeover by Vale .
        let found = try facts("""
        Unitas Unitas PROPN NNP 3 nsubj
        is be AUX VBZ 3 cop
        opposed opposed ADJ JJ 0 root
        to to ADP IN 6 case
        any any DET DT 6 det
        takeover takeover NOUN NN 3 obl
        by by ADP IN 8 case
        Vale Vale PROPN NNP 6 nmod
        . . PUNCT . 3 punct
        """)
        #expect(found.contains("Unitas -opposed_to-> Vale"))
        #expect(!found.contains { $0.contains("be_to") })
    }

    @Test func aPhraseHungOnAnObliqueNounBelongsToTheVerb() throws {
        // Ana Ruiz won 5,000 in damages from Nordbank .
        let found = try facts("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        won win VERB VBD 0 root
        5,000 5,000 NUM CD 3 obj
        in in ADP IN 6 case
        damages damage NOUN NNS 3 obl
        from from ADP IN 8 case
        Nordbank Nordbank PROPN NNP 6 nmod
        . . PUNCT . 3 punct
        """, types: people)
        #expect(found.contains("Ana Ruiz -win_from-> Nordbank"))
        // Ana Ruiz scored in a match against Nordbank . (where she scored, not whom she scored)
        let match = try facts("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        scored score VERB VBD 0 root
        in in ADP IN 6 case
        a a DET DT 6 det
        match match NOUN NN 3 obl
        against against ADP IN 8 case
        Nordbank Nordbank PROPN NNP 6 nmod
        . . PUNCT . 3 punct
        """, types: people)
        #expect(!match.contains { $0.contains("score_against") })
    }
}

extension NewsConstructionTests {
    @Test func aPlaceBeforeBasedLocatesTheOrganisation() throws {
        // Vale bought Oslo and Bergen-based Nordbank .
        let found = try facts("""
        Vale Vale PROPN NNP 2 nsubj
        bought buy VERB VBD 0 root
        Oslo Oslo PROPN NNP 6 compound
        and and CCONJ CC 5 cc
        Bergen-based bergen-based ADJ JJ 6 amod
        Nordbank Nordbank PROPN NNP 2 obj
        . . PUNCT . 2 punct
        """, """
        Bergen Bergen PROPN NNP 2 nsubj
        grew grow VERB VBD 0 root
        . . PUNCT . 2 punct
        """, types: ["Oslo": .place, "Bergen": .place])
        #expect(found.contains("Nordbank -located_in-> Oslo"))
        #expect(found.contains("Nordbank -located_in-> Bergen"))
    }
}

extension NewsConstructionTests {
    @Test func aLightVerbsObjectNounJoinsTheRelation() throws {
        // Nordbank took control of Andina .
        let control = try facts("""
        Nordbank Nordbank PROPN NNP 2 nsubj
        took take VERB VBD 0 root
        control control NOUN NN 2 obj
        of of ADP IN 5 case
        Andina Andina PROPN NNP 3 nmod
        . . PUNCT . 2 punct
        """)
        #expect(control.contains("Nordbank -take_control_of-> Andina"))
        // Nordbank held talks with Andina . (a noun of a group reads as the group)
        let talks = try facts("""
        Nordbank Nordbank PROPN NNP 2 nsubj
        held hold VERB VBD 0 root
        talks talk NOUN NNS 2 obj
        with with ADP IN 5 case
        Andina Andina PROPN NNP 2 obl
        . . PUNCT . 2 punct
        """)
        #expect(talks.contains("Andina -meet-> Nordbank !sym") || talks.contains("Nordbank -meet-> Andina !sym"))
        #expect(!talks.contains { $0.contains("hold_with") })
    }

    @Test func whomOneTellsIsTheObjectNotARecipient() throws {
        // Ana Ruiz told Nordbank the news . ; Ana Ruiz gave Nordbank the files .
        let told = try facts("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        told tell VERB VBD 0 root
        Nordbank Nordbank PROPN NNP 3 iobj
        the the DET DT 6 det
        news news NOUN NN 3 obj
        . . PUNCT . 3 punct
        """, types: people)
        #expect(told.contains("Ana Ruiz -tell-> Nordbank"))
        let gave = try facts("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        gave give VERB VBD 0 root
        Nordbank Nordbank PROPN NNP 3 iobj
        the the DET DT 6 det
        files file NOUN NNS 3 obj
        . . PUNCT . 3 punct
        """, types: people)
        #expect(gave.contains("Ana Ruiz -send_to-> Nordbank"))
    }
}

extension NewsConstructionTests {
    @Test func whatAClaimOrAFearHoldsIsNoPlainFact() throws {
        // Ana Ruiz dismissed claims that Chile sent jets to Peru .
        let claims = try facts("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        dismissed dismiss VERB VBD 0 root
        claims claim NOUN NNS 3 obj
        that that SCONJ IN 7 mark
        Chile Chile PROPN NNP 7 nsubj
        sent send VERB VBD 4 acl
        jets jet NOUN NNS 7 obj
        to to ADP IN 10 case
        Peru Peru PROPN NNP 7 obl
        . . PUNCT . 3 punct
        """, types: people)
        #expect(claims.contains("Chile -send_to-> Peru !reported"))
        #expect(!claims.contains("Chile -send_to-> Peru"))
        // Chile 's denial that it armed Peru . (with `it` resolved: Chile)
        let denial = try facts("""
        Chile Chile PROPN NNP 3 nmod:poss
        's 's PART POS 1 case
        denial denial NOUN NN 0 root
        that that SCONJ IN 6 mark
        Lima Lima PROPN NNP 6 nsubj
        armed arm VERB VBD 3 acl
        Peru Peru PROPN NNP 6 obj
        . . PUNCT . 3 punct
        """)
        #expect(denial == ["Lima -support-> Peru !neg"])
    }
}

extension NewsConstructionTests {
    @Test func anEventUnderADeniedVerbIsProposedAndUnderARefusalDenied() throws {
        // Unitas did not oppose the purchase of Andina by Vale .
        let opposed = try facts("""
        Unitas Unitas PROPN NNP 4 nsubj
        did do AUX VBD 4 aux
        not not PART RB 4 advmod
        oppose oppose VERB VB 0 root
        the the DET DT 6 det
        purchase purchase NOUN NN 4 obj
        of of ADP IN 8 case
        Andina Andina PROPN NNP 6 nmod
        by by ADP IN 10 case
        Vale Vale PROPN NNP 6 nmod
        . . PUNCT . 4 punct
        """)
        #expect(opposed.contains("Vale -buy-> Andina !possible"))
        // Peru refused Chile 's purchase of jets .
        let refused = try facts("""
        Peru Peru PROPN NNP 2 nsubj
        refused refuse VERB VBD 0 root
        Chile Chile PROPN NNP 5 nmod:poss
        's 's PART POS 3 case
        purchase purchase NOUN NN 2 obj
        of of ADP IN 7 case
        jets jet NOUN NNS 5 nmod
        . . PUNCT . 2 punct
        """)
        #expect(refused.contains("Chile -buy-> jets !neg"))
    }
}

extension NewsConstructionTests {
    @Test func aConditionIsOnlyPossible() throws {
        // If Chile arms Peru , Lima protests .
        let found = try facts("""
        If if SCONJ IN 3 mark
        Chile Chile PROPN NNP 3 nsubj
        arms arm VERB VBZ 7 advcl
        Peru Peru PROPN NNP 3 obj
        , , PUNCT , 7 punct
        Lima Lima PROPN NNP 7 nsubj
        protests protest VERB VBZ 0 root
        . . PUNCT . 7 punct
        """)
        #expect(found == ["Chile -support-> Peru !possible"])
    }
}
