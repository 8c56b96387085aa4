import Testing
import KGCore
import KGLanguage
import KGEntities
@testable import KGRelations

/// Who belongs to or holds what through a possessive, prepositional idioms, whose act an
/// infinitive after an object is, and two misparses around names (a role participle read as a
/// verb, a recipient read as part of the object).
@Suite struct PossessionAndControlTests {
    let people: [String: EntityType] = ["Ana Ruiz": .person, "Tomas Berg": .person]

    @Test func anOrganisationsPossessiveBeforeANameSaysThePersonBelongsToIt() throws {
        // Nordbank 's Mr Berg resigned .
        let organisation = try facts("""
        Nordbank Nordbank PROPN NNP 4 nmod:poss
        's 's PART POS 1 case
        Mr Mr PROPN NNP 4 compound
        Berg Berg PROPN NNP 5 nsubj
        resigned resign VERB VBD 0 root
        . . PUNCT . 5 punct
        """, types: ["Mr Berg": .person])
        #expect(organisation.contains("Mr Berg -member_of-> Nordbank"))
        // Norway 's Berg resigned . (a country's possessive says nothing of membership)
        let country = try facts("""
        Norway Norway PROPN NNP 3 nmod:poss
        's 's PART POS 1 case
        Berg Berg PROPN NNP 4 nsubj
        resigned resign VERB VBD 0 root
        . . PUNCT . 4 punct
        """, types: ["Berg": .person, "Norway": .place])
        #expect(country.isEmpty)
    }

    @Test func whatANamesGroupIncludesTheNameHas() throws {
        // Nordbank 's clients include Vela .
        let found = try facts("""
        Nordbank Nordbank PROPN NNP 3 nmod:poss
        's 's PART POS 1 case
        clients client NOUN NNS 4 nsubj
        include include VERB VBP 0 root
        Vela Vela PROPN NNP 4 obj
        . . PUNCT . 4 punct
        """)
        #expect(found == ["Nordbank -has_client-> Vela"])
    }

    @Test func aPrepositionalIdiomSaysTheRelationToItsObject() throws {
        // Ana Ruiz was put in charge of Vela .
        let charge = try facts("""
        Ana Ana PROPN NNP 4 nsubj:pass
        Ruiz Ruiz PROPN NNP 1 flat
        was be AUX VBD 4 aux:pass
        put put VERB VBN 0 root
        in in ADP IN 6 case
        charge charge NOUN NN 4 obl
        of of ADP IN 8 case
        Vela Vela PROPN NNP 6 nmod
        . . PUNCT . 4 punct
        """, types: people)
        #expect(charge == ["Ana Ruiz -lead-> Vela"])
        // Ana Ruiz was dropped in favour of Tomas Berg . (the patient of a passive holds no stance)
        let favour = try facts("""
        Ana Ana PROPN NNP 4 nsubj:pass
        Ruiz Ruiz PROPN NNP 1 flat
        was be AUX VBD 4 aux:pass
        dropped drop VERB VBN 0 root
        in in ADP IN 6 case
        favour favour NOUN NN 4 obl
        of of ADP IN 8 case
        Tomas Tomas PROPN NNP 6 nmod
        Berg Berg PROPN NNP 8 flat
        . . PUNCT . 4 punct
        """, types: people)
        #expect(favour.isEmpty)
    }

    @Test func anInfinitiveAfterAnObjectIsTheObjectsActOnlyAfterAVerbOfMakingOthersAct() throws {
        // Ana Ruiz left Nordbank to join Vela .
        let purpose = try facts("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        left leave VERB VBD 0 root
        Nordbank Nordbank PROPN NNP 3 obj
        to to PART TO 6 mark
        join join VERB VB 3 xcomp
        Vela Vela PROPN NNP 6 obj
        . . PUNCT . 3 punct
        """, types: people)
        #expect(purpose.contains("Ana Ruiz -join-> Vela"))
        #expect(!purpose.contains("Nordbank -join-> Vela"))
        // Ana Ruiz urged Nordbank to join Vela .
        let urged = try facts("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        urged urge VERB VBD 0 root
        Nordbank Nordbank PROPN NNP 3 obj
        to to PART TO 6 mark
        join join VERB VB 3 xcomp
        Vela Vela PROPN NNP 6 obj
        . . PUNCT . 3 punct
        """, types: people)
        #expect(urged.contains("Nordbank -join-> Vela !planned"))
        // Ana Ruiz defended plans to leave Vela . (the infinitive hung on the verb says the plan's aim)
        let plans = try facts("""
        Ana Ana PROPN NNP 3 nsubj
        Ruiz Ruiz PROPN NNP 1 flat
        defended defend VERB VBD 0 root
        plans plan NOUN NNS 3 obj
        to to PART TO 6 mark
        leave leave VERB VB 3 xcomp
        Vela Vela PROPN NNP 6 obj
        . . PUNCT . 3 punct
        """, types: people)
        #expect(plans.contains("Ana Ruiz -leave-> Vela !planned"))
    }

    @Test func aRoleParticipleAfterAPrepositionDescribesTheRoleHolder() throws {
        // Lopez clashed with opposing skipper Ana Ruiz . (parsed with `opposing` a verb that `with` opens)
        let found = try facts("""
        Lopez Lopez PROPN NNP 2 nsubj
        clashed clash VERB VBD 0 root
        with with SCONJ IN 4 mark
        opposing oppose VERB VBG 2 advcl
        skipper skipper NOUN NN 4 obj
        Ana Ana PROPN NNP 5 appos
        Ruiz Ruiz PROPN NNP 6 flat
        . . PUNCT . 2 punct
        """, types: ["Lopez": .person, "Ana Ruiz": .person])
        #expect(found.contains("Lopez -clash_with-> Ana Ruiz"))
        #expect(!found.contains { $0.contains("oppose") })
    }

    @Test func aNameBeforeTheObjectsDeterminerIsTheRecipient() throws {
        // Nordbank sold Vela Motors a stake . (parsed with the name a predeterminer of `stake`)
        let found = try facts("""
        Nordbank Nordbank PROPN NNP 2 nsubj
        sold sell VERB VBD 0 root
        Vela Vela PROPN NNP 6 det:predet
        Motors Motors PROPN NNPS 3 flat
        a a DET DT 6 det
        stake stake NOUN NN 2 obj
        . . PUNCT . 2 punct
        """)
        #expect(found.contains("Nordbank -sell_to-> Vela Motors"))
    }
}
