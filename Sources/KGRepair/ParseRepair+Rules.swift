/// The rules in the order they run. The tagging repairs (4–8) come before the attachment repairs
/// that need to see their verbs as verbs; the speech repairs come late, once the clauses they
/// reorder are whole. A rule a tree pattern can say is written here as one (see `TreePattern`);
/// the others are functions in the files beside this one.
extension ParseRepair {
    public static let rules: [RepairRule] = [
        RepairRule("townAndStateBeforeNoun", "a town and state set off by commas before a noun modify that noun",
                   example: "the Lowell , Mass. , bakery", apply: townAndStateBeforeNoun),
        // briefed –xcomp→ Ukrainian –obl→ Zelenskyy: the adjective's bare oblique, with every word between
        // them its own, is the verb's object.
        RepairRule("adjectiveReadAsComplement", "an adjective complement followed by a bare noun modifies the noun, the verb's object",
                   example: "briefed Ukrainian President Zelenskyy", pattern: TreePattern(match: [
                       .token("adjective", .upos([.adj]), .relation([.xcomp]), .hasNoChild([.cop])),
                       .head("verb", of: "adjective", .upos([.verb]), .hasNoChild([.obj])),
                       .firstChild("noun", of: "adjective", by: [.obl], where: [.after("adjective"), .hasNoChild([.case])],
                                   .upos([.noun, .propn]), .heads(from: "adjective")),
                   ], rewrite: [.attach("noun", to: "verb", as: .obj), .attach("adjective", to: "noun", as: .amod)])),
        RepairRule("coordinatedSubjectsReadAsTwo", "a second subject opening with and/or is a conjunct of the first",
                   example: "Russia and North Korea agreed", apply: coordinatedSubjectsReadAsTwo),
        RepairRule("verbReadAsNoun", "a noun with a subject right before it (or an auxiliary) and no copula is a verb",
                   example: "The plant produces glass", apply: verbReadAsNoun),
        RepairRule("nounReadAsVerb", "a subjectless base-form root before an auxiliary clause is that clause's subject",
                   example: "In May , demand for steel has risen", apply: nounReadAsVerb),
        RepairRule("nounWithAnObject", "a noun with an object, a subordinator or (verbless sentence) a prepositional phrase is a verb",
                   example: "After the storm , Lake Creek enters the valley", apply: nounWithAnObject),
        // `drew` as a modifier of `crowds`, the subject hung on that noun.
        RepairRule("verbReadAsModifier", "a past verb modifying a bare noun that has a subject heads the clause, the noun its object",
                   example: "although the show drew crowds", pattern: TreePattern(match: [
                       .token("noun", .upos([.noun]), .hasNoChild([.cop, .det, .nmodPoss])),
                       .neighbour("verb", -1, of: "noun", .upos([.verb]), .xpos([.vbd, .vbn]), .headIs("noun"), .relation([.amod])),
                       .firstChild("subject", of: "noun", by: [.nsubj], .before("verb")),
                   ], rewrite: [
                       .takePlace("verb", of: "noun"), .setXPOS("verb", .vbd), .attach("noun", to: "verb", as: .obj),
                       .moveDependents(of: "noun", to: "verb", before: "verb"),
                   ])),
        // `proposes` read as a plural noun coordinated with the object: the phrase its determiner opens is its object.
        RepairRule("verbReadAsObjectConjunct", "an -s noun after and, conjoined to an object and before a determiner, is a second verb",
                   example: "asks a few questions and proposes some answers", pattern: TreePattern(match: [
                       .token("noun", .upos([.noun]), .xpos([.nns]), .relation([.conj]), .hasNoChild([.det, .amod, .compound])),
                       .neighbour("conjunction", -1, of: "noun", .word(["and", "or"])),
                       .head("object", of: "noun", .relation([.obj])),
                       .head("verb", of: "object", .xpos([.vbz])),
                       .neighbour("determiner", 1, of: "noun", .anyOf([.upos([.det]), .xpos([.prpPossessive])])),
                       .head("phrase", of: "determiner", .after("determiner"), .upos([.noun, .propn])),
                   ], rewrite: [
                       .setUPOS("noun", .verb), .setXPOS("noun", .vbz), .setHead("noun", to: "verb"),
                       .attach("phrase", to: "noun", as: .obj),
                   ])),
        RepairRule("relativeReadAsParataxis", "a clause opening with a wh-pronoun right after a noun is its relative clause",
                   example: "the systems , of which Lima wants seven", apply: relativeReadAsParataxis),
        RepairRule("obliqueUnderAnAdverb", "a prepositional phrase below a verb's adverb belongs to the verb",
                   example: "was made largely of steel", pattern: TreePattern(match: [
                       .token("phrase", .relation([.obl, .nmod]), .hasChild([.case])),
                       .head("adverb", of: "phrase", .before("phrase"), .upos([.adv]), .relation([.advmod])),
                       .head("verb", of: "adverb", .upos([.verb])),
                   ], rewrite: [.attach("phrase", to: "verb", as: .obl)])),
        // A name rarely takes a restrictive place or time phrase.
        RepairRule("placeUnderAnObjectName", "a place or time phrase under a named object belongs to the verb",
                   example: "met Ana Ruiz in Lima", pattern: TreePattern(match: [
                       .token("place", .relation([.nmod]), .upos([.propn])),
                       .head("name", of: "place", .before("place"), .upos([.propn]), .relation([.obj])),
                       .head("verb", of: "name", .upos([.verb])),
                       .firstChild("preposition", of: "place", by: [.case], .word(["in", "at", "on", "near", "during"])),
                   ], rewrite: [.attach("place", to: "verb", as: .obl)])),
        RepairRule("participleReadAsMainClause", "an opening subjectless participle clause is the adverbial of the clause after it",
                   example: "Having signed the treaty , the ministers flew home", apply: participleReadAsMainClause),
        RepairRule("prepositionReadAsHead", "a preposition heading a phrase gives the head to its nominal and becomes its case",
                   example: "sold to Dave Lee", pattern: TreePattern(match: [
                       .token("preposition", .upos([.adp]), .relation([.obl, .nmod, .obj])),
                       .head("head", of: "preposition"),
                       .neighbour("nominal", 1, of: "preposition", .headIs("preposition"), .upos([.noun, .propn, .num, .pron])),
                   ], rewrite: [
                       .takePlace("nominal", of: "preposition"), .moveDependents(of: "preposition", to: "nominal"),
                       .attach("preposition", to: "nominal", as: .case),
                   ])),
        RepairRule("speechInsertReadAsRelativeClause", "an inserted `, X said ,` stands beside the sentence, not inside its subject",
                   example: "The buyers , analysts said , could be foreign firms", apply: speechInsertReadAsRelativeClause),
        RepairRule("appositionReadAsConjunct", "a noun joined to a name by a comma alone, with no and/or, is an apposition",
                   example: "Arminius , leader of the tribe , fled", apply: appositionReadAsConjunct),
        // The report beside the verb of saying, rather than what it says.
        RepairRule("reportReadAsParataxis", "a clause before a verb of saying without a complement is what it says",
                   example: "S , he adds .", pattern: TreePattern(match: [
                       .token("verb", .upos([.verb]), .lemma(RepairLexicon.speech), .hasNoChild([.ccomp, .obj, .xcomp])),
                       .firstChild("report", of: "verb", by: [.parataxis], where: [.before("verb"), .upos([.verb, .aux, .adj, .noun])],
                                   .hasChild([.nsubj, .nsubjPass, .csubj, .expl])),
                   ], rewrite: [.setRelation("report", .ccomp)])),
        RepairRule("measureReadAsApposition", "a noun or number phrase right after a noun, with no punctuation between, is a measure",
                   example: "$ 6.25 a share", apply: measureReadAsApposition),
        // `Santander` read as an apposition of `chairman`.
        RepairRule("nameOfAnOfObjectReadAsTheRolesApposition", "a name right after a role noun's of-object names that object",
                   example: "chairman of Spain 's biggest bank Santander", pattern: TreePattern(match: [
                       .token("name", .relation([.appos]), .upos([.propn])),
                       .head("role", of: "name", .before("name"), .upos([.noun])),
                       .neighbour("object", -1, of: "name", .headIs("role"), .relation([.nmod]), .upos([.noun])),
                       .firstChild("of", of: "object", by: [.case], .word(["of"])),
                   ], rewrite: [.setHead("name", to: "object")])),
        RepairRule("speakerAfterQuotation", "a verb of saying after a sentence-opening quotation heads the sentence, its speaker the subject",
                   example: "“ The plan will fail , ” warns Ana Ruiz .", apply: speakerAfterQuotation),
        RepairRule("speakerAfterReport", "a verb of saying after a comma, followed only by a name, heads the sentence",
                   example: "Berg won the race , explained Ola Lund .", apply: speakerAfterReport),
        // `is` read as a copula and the subject as an outer one: `be to` is an auxiliary of obligation or plan.
        RepairRule("beToReadAsCopula", "`be to` before a verb is an auxiliary, not a copula",
                   example: "Norsk Hydro is to pay", pattern: TreePattern(match: [
                       .token("verb", .upos([.verb])),
                       .firstChild("be", of: "verb", by: [.cop], .lemma(["be"])),
                       .firstChild("to", of: "verb", by: [.mark], .word(["to"]), .after("be"), .before("verb")),
                   ], rewrite: [.setRelation("be", .aux), .relabelDependents(of: "verb", from: .nsubjOuter, to: .nsubj)])),
        RepairRule("recipientReadAsCompoundOfAnAmount", "a name between a verb and an amount is the verb's indirect object",
                   example: "is to pay Statoil 2bn kroner", apply: recipientReadAsCompoundOfAnAmount),
        RepairRule("recipientReadAsPartOfTheObject", "a name between a verb and its object's determiner is the verb's indirect object",
                   example: "had sold Vela Motors a stake", apply: recipientReadAsPartOfTheObject),
        RepairRule("attributiveParticipleReadAsClause", "a role participle after a preposition, before a bare noun, modifies the noun",
                   example: "clashed with opposing skipper Ana Ruiz", apply: attributiveParticipleReadAsClause),
    ]
}
