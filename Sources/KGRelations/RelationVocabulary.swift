/// The normalised relations of the graph: general synonym groups of verb lemmas and their
/// nominalisations, so that "supplied", "the delivery of" and "sent" all read `send`.
/// Verbs outside every group keep their lemma; a preposition joins with `_` (`send_to`).
/// The groups are listed in `docs/relations.md` ("Relation vocabulary"); `RelationVocabularyDocTests` checks the two agree.
public enum RelationVocabulary {
    public struct Group: Sendable {
        public var relation: String
        public var verbs: Set<String>
        public var nouns: Set<String>
        /// Holds both ways (`meet`, `pact`): stored once, matched in either direction.
        public var symmetric: Bool = false
    }

    public static let groups: [Group] = [
        Group(relation: "send", verbs: ["send", "supply", "deliver", "provide", "transfer", "ship", "give", "export",
                                        "dispatch", "donate", "hand", "furnish", "equip"],
              nouns: ["delivery", "supply", "shipment", "transfer", "provision", "export", "donation", "dispatch"]),
        Group(relation: "buy", verbs: ["buy", "acquire", "purchase", "procure"],
              nouns: ["purchase", "acquisition", "procurement", "buying", "takeover"]),
        Group(relation: "bid", verbs: ["bid"], nouns: ["bid"]),
        Group(relation: "sell", verbs: ["sell", "auction"], nouns: ["sale"]),
        Group(relation: "pact", verbs: ["ally"],
              nouns: ["pact", "agreement", "alliance", "treaty", "accord", "deal", "partnership", "relationship", "ties",
                      "cooperation"], symmetric: true),
        Group(relation: "meet", verbs: ["meet", "confer"], nouns: ["meeting", "talks", "talk", "summit", "negotiation", "negotiations"], symmetric: true),
        Group(relation: "attack", verbs: ["attack", "strike", "invade", "bomb", "shell", "assault", "raid", "hit"],
              nouns: ["attack", "strike", "invasion", "assault", "offensive", "bombing", "raid", "war"]),
        Group(relation: "criticise", verbs: ["criticise", "criticize", "condemn", "denounce", "blame", "slam", "rebuke"],
              nouns: ["criticism", "condemnation", "rebuke"]),
        Group(relation: "support", verbs: ["support", "back", "aid", "help", "assist", "endorse", "arm"],
              nouns: ["support", "aid", "assistance", "backing", "help", "endorsement"]),
        Group(relation: "ask", verbs: ["ask", "request", "seek", "urge", "demand", "petition"],
              nouns: ["request", "demand", "appeal", "plea"]),
        Group(relation: "lead", verbs: ["lead", "head", "direct", "chair", "run", "command", "govern", "rule"],
              nouns: ["leadership", "rule", "command"]),
    ]

    /// Role nouns that name a standard relation when followed by `of` (`member of` → `member_of`).
    /// Roles of the same kind read the same (`analyst`, `lawyer`, `spokesman` → `works_for`), the raw
    /// phrase keeping the role.
    public static let roleRelations: [String: String] = Dictionary(uniqueKeysWithValues: [
        ("member_of", ["member", "mp", "mep", "msp", "one", "player", "striker", "defender", "midfielder", "goalkeeper",
                       "winger", "forward", "flanker", "prop", "lock", "fly-half", "scrum-half", "centre", "hooker"]),
        ("part_of", ["part", "unit", "division", "branch", "subsidiary", "arm", "department", "wing"]),
        ("president_of", ["president"]), ("capital_of", ["capital"]),
        ("lead", ["leader", "head", "chief", "chairman", "chairwoman", "chair", "chairperson", "boss", "ceo", "manager",
                  "coach", "captain", "governor"]),
        ("works_for", ["employee", "staff", "analyst", "economist", "strategist", "lawyer", "attorney", "spokesman",
                       "spokeswoman", "spokesperson", "executive", "officer", "official", "editor", "correspondent",
                       "reporter", "journalist", "presenter", "adviser", "advisor", "consultant", "engineer", "researcher",
                       "worker"]),
    ].flatMap { relation, nouns in nouns.map { ($0, relation) } })

    static let verbIndex: [String: Group] = Dictionary(
        groups.flatMap { g in g.verbs.map { ($0, g) } }, uniquingKeysWith: { a, _ in a })
    static let nounIndex: [String: Group] = Dictionary(
        groups.flatMap { g in g.nouns.map { ($0, g) } }, uniquingKeysWith: { a, _ in a })

    /// The relation for a verb lemma and an optional preposition (`send`+`to` → `send_to`).
    public static func relation(verb lemma: String, preposition: String? = nil) -> (relation: String, symmetric: Bool) {
        let lemma = label(lemma)
        let prep = preposition.map(label).flatMap { $0.isEmpty ? nil : $0 }
        if let prep {
            if lemma == "work" && prep == "for" { return ("works_for", false) }
            if ["locate", "base", "be", "live", "stay"].contains(lemma) && ["in", "at", "inside", "near"].contains(prep) {
                return ("located_in", false)
            }
        }
        if let group = verbIndex[lemma] {
            if group.symmetric && (prep == nil || prep == "with") { return (group.relation, true) }
            return (joined(group.relation, preposition: prep), false)
        }
        return (joined(lemma, preposition: prep), false)
    }

    /// A light verb with its object noun (`made a complaint to` → `make_complaint_to`); a noun of a
    /// group reads as the group (`held talks with` → `meet`, `struck a deal with` → `pact`).
    public static func relation(lightVerb verb: String, noun: String, preposition: String?) -> (relation: String, symmetric: Bool) {
        let prep = preposition.map(label).flatMap { $0.isEmpty ? nil : $0 }
        if let group = nounIndex[noun.lowercased()] {
            if group.symmetric && (prep == nil || prep == "with") { return (group.relation, true) }
            return (joined(group.relation, preposition: prep), false)
        }
        return (joined(label(verb) + "_" + label(noun), preposition: prep), false)
    }

    /// `relation` with its preposition, if any: `talks` + `with` → `talks_with`; a possessive
    /// marker is no preposition (`told Radio 4's programme` → `tell`).
    public static func joined(_ relation: String, preposition: String?) -> String {
        guard let prep = preposition.map(label), !prep.isEmpty else { return relation }
        return relation + "_" + prep
    }

    /// A label as the graph keeps it: lower-case words joined by `_` (`pick up` → `pick_up`),
    /// with no apostrophe or other punctuation, so that labels read the same in every export.
    static func label(_ words: String) -> String {
        var label = ""
        var pendingGap = false
        for character in words.lowercased() {
            if character.isLetter || character.isNumber || character == "-" {
                if pendingGap && !label.isEmpty { label.append("_") }
                pendingGap = false
                label.append(character)
            } else if character.isWhitespace || character == "_" {
                pendingGap = true
            }
        }
        // What is left of a possessive marker (`'s` → `s`) is no word.
        return label == "s" ? "" : label
    }

    /// The relation named by a nominalisation (`purchase` → `buy`), if it is one the vocabulary knows.
    public static func relation(noun lemma: String) -> (relation: String, symmetric: Bool)? {
        nounIndex[lemma.lowercased()].map { ($0.relation, $0.symmetric) }
    }

    /// The relation of a known verb used as a noun (`shelling` → `attack`), if any.
    public static func relation(gerund word: String) -> (relation: String, symmetric: Bool)? {
        guard word.hasSuffix("ing") else { return nil }
        let stem = String(word.dropLast(3))
        for candidate in [stem, stem + "e", String(stem.dropLast())] {
            if let group = verbIndex[candidate] { return (group.relation, group.symmetric) }
        }
        return nil
    }

    /// A prepositional idiom's relation, the preposition of what it is about, and whether it is a
    /// state one can be put in (`was put in charge of X`: the passive's patient holds it; `was dropped
    /// in favour of X` says nothing of the patient's stance).
    public struct Idiom: Sendable {
        public var relation: String
        public var symmetric = false
        public var preposition: String
        public var state = false
    }

    /// Prepositional idioms, keyed by preposition and noun: `in charge of X` → `lead` X.
    public static let idioms: [String: Idiom] = [
        "in charge": Idiom(relation: "lead", preposition: "of", state: true),
        "in control": Idiom(relation: "control", preposition: "of", state: true),
        "in favour": Idiom(relation: "support", preposition: "of"), "in favor": Idiom(relation: "support", preposition: "of"),
        "on behalf": Idiom(relation: "represent", preposition: "of"),
        "in talks": Idiom(relation: "meet", symmetric: true, preposition: "with"),
    ]

    /// The idiom a preposition and noun make (`in charge`), if they make one.
    public static func idiom(_ words: String) -> Idiom? { idioms[words.lowercased()] }

    /// Roles of more than one word that lead whatever their last word says (`chief executive`).
    public static let leadingRoles: [String] = ["chief executive", "managing director", "chief operating officer"]

    /// The relation a role followed by `of` states: `director` → `director_of`, `member` → `member_of`;
    /// a role of several words (`chief executive`) is read by its last, unless it is a leading role.
    public static func relation(role: String) -> String {
        let role = role.lowercased()
        if leadingRoles.contains(where: { role.hasSuffix($0) }) { return "lead" }
        let head = role.split(separator: " ").last.map(String.init) ?? role
        return roleRelations[head] ?? label(head) + "_of"
    }
}
