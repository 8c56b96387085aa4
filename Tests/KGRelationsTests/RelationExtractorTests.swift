import Testing
import KGLanguage
import KGEntities
@testable import KGRelations

@Suite struct RelationExtractorTests {
    // Norway's decision to send a Leopard tank to Latvia surprised analysts .
    let decision = """
    Norway Norway PROPN NNP 3 nmod:poss
    's 's PART POS 1 case
    decision decision NOUN NN 11 nsubj
    to to PART TO 5 mark
    send send VERB VB 3 acl
    a a DET DT 8 det
    Leopard Leopard PROPN NNP 8 compound
    tank tank NOUN NN 5 obj
    to to ADP IN 10 case
    Latvia Latvia PROPN NNP 5 obl
    surprised surprise VERB VBD 0 root
    analysts analyst NOUN NNS 11 obj
    . . PUNCT . 11 punct
    """

    @Test func controlThroughANounGivesThePossessorTheVerb() throws {
        let found = try facts(decision)
        #expect(found.contains("Norway -send-> Leopard"))
        #expect(found.contains("Norway -send_to-> Latvia"))
        let sentences = [try parse(decision)]
        let (entities, mentions) = standInEntities(sentences)
        let result = RelationExtractor().extract(sentences, analysis: EntityAnalysis(entities: entities, mentions: mentions))
        #expect(result.facts.first { $0.relation == "send" }?.phrase == "decision to send")
    }

    // Chile and Peru agreed to defend each other 's borders .
    let reciprocal = """
    Chile Chile PROPN NNP 4 nsubj
    and and CCONJ CC 3 cc
    Peru Peru PROPN NNP 1 conj
    agreed agree VERB VBD 0 root
    to to PART TO 6 mark
    defend defend VERB VB 4 xcomp
    each each DET DT 10 nmod:poss
    other other ADJ JJ 7 fixed
    's 's PART POS 7 case
    borders border NOUN NNS 6 obj
    . . PUNCT . 4 punct
    """

    @Test func reciprocalUnderAgreeingIsASymmetricPact() throws {
        let found = try facts(reciprocal)
        #expect(found == ["Chile -pact-> Peru !sym"])
    }

    // The drones were sold to Kenya by Turkey .
    let passive = """
    The the DET DT 2 det
    drones drone NOUN NNS 4 nsubj:pass
    were be AUX VBD 4 aux:pass
    sold sell VERB VBN 0 root
    to to ADP IN 6 case
    Kenya Kenya PROPN NNP 4 obl
    by by ADP IN 8 case
    Turkey Turkey PROPN NNP 4 obl:agent
    . . PUNCT . 4 punct
    """

    @Test func passiveWithAgentPutsTheAgentFirst() throws {
        let found = try facts(passive)
        #expect(found.contains("Turkey -sell-> drones"))
        #expect(found.contains("Turkey -sell_to-> Kenya"))
        #expect(!found.contains { $0.hasPrefix("drones") })
    }

    // The drones were not delivered to Kenya .
    let passiveNegated = """
    The the DET DT 2 det
    drones drone NOUN NNS 5 nsubj:pass
    were be AUX VBD 5 aux:pass
    not not PART RB 5 advmod
    delivered deliver VERB VBN 0 root
    to to ADP IN 7 case
    Kenya Kenya PROPN NNP 5 obl
    . . PUNCT . 5 punct
    """

    @Test func passiveWithoutAgentKeepsThePatientAndItsNegation() throws {
        #expect(try facts(passiveNegated) == ["drones -send_to-> Kenya !neg"])
    }

    // It sent tanks to Latvia .
    let pronoun = """
    It it PRON PRP 2 nsubj
    sent send VERB VBD 0 root
    tanks tank NOUN NNS 2 obj
    to to ADP IN 5 case
    Latvia Latvia PROPN NNP 2 obl
    . . PUNCT . 2 punct
    """

    @Test func anUnresolvedPronounDropsTheFact() throws {
        #expect(try facts(pronoun).isEmpty)
    }
}
