import KGCore
import Foundation
import KGLanguage

/// What an open-IE tuple's confidence is read from: the construction that stated it and the
/// shape of its parts.
struct TupleEvidence: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        /// A verb or copula with its arguments; one conjunct of a coordinated object or subject.
        case clause, objectConjunct, subjectConjunct
        /// A shorter reading of a clause, offered last: without extra arguments, without the
        /// object's modifiers, or with one member of a coordinated oblique.
        case alternative
        /// Without a verb: `Ana Ruiz, the director`; `Senator Ana Ruiz`; `the pianist Ana Ruiz`;
        /// `the museum's roof`; `the roof of the museum`; `a gaping hole`; a noun's prepositional
        /// phrase with a name (`the museum in Lyon`) or without (`a bridge over the river`).
        case apposition, title, label, possessive, ofPossessive, adjective, namedModifier, modifier
        /// `its profit` with `its` read as the nearest subject before it.
        case pronounPossessive
        /// What a subject became or served as (`became the captain`, `joined as a coach`).
        case role
    }

    var kind: Kind
    var relation: String
    var arguments: [String]
    var inherited = false
    var depth = 0
    var passive = false
    var copular = false
    /// Said through a control chain (`agreed to aid`).
    var chain = false
    /// How the predicate hangs in the parse (`root`, `conj`, `ccomp`, `acl`, …).
    var attachment = DependencyRelation.root
    var negatedOrModal = false
    /// The subject stands after the verb (inversions, and parses that went wrong).
    var subjectAfter = false
    /// A participle with no auxiliary (`troops guarding the border`, `adding salt`).
    var bareParticiple = false
    /// The whole of a coordinated object that is also given member by member (`bought jets and tanks`).
    var splitObject = false

    /// The features the confidence weighs, by name.
    var features: [String: Double] {
        let words = { (s: String) in Double(s.split(separator: " ").count) }
        let subject = arguments.first ?? ""
        let rest = arguments.dropFirst().joined(separator: " ")
        var f: [String: Double] = ["kind." + kind.rawValue: 1]
        f["noObject"] = arguments.count < 2 ? 1 : 0
        f["extraArguments"] = Double(min(2, max(0, arguments.count - 2)))
        f["relationWords"] = min(5, words(relation))
        f["subjectWords"] = log(1 + words(subject))
        f["objectWords"] = log(1 + words(rest))
        f["pronounSubject"] = ClauseLexicon.personalPronouns.contains(subject.lowercased()) ? 1 : 0
        // A relative or wh-pronoun left alone as an argument (`who`, `what`): the parse lost its
        // noun or its clause, so the tuple says nothing.
        // `there are riots` states only that something exists; annotators rarely take it as a fact.
        f["existential"] = subject.lowercased() == "there" ? 1 : 0
        f["relativeArgument"] = arguments.contains { ["who", "which", "whom", "what", "whatever"].contains($0.lowercased()) } ? 1 : 0
        // `the roof of the museum` → the roof is of the museum: a part, a measure or a name's
        // head rather than a fact of its own; other prepositions (`in Lyon`, `for the poor`) say more.
        f["ofModifier"] = [.modifier, .namedModifier].contains(kind) && relation.hasSuffix(" of") ? 1 : 0
        f["pronounObject"] = arguments.dropFirst().contains { ClauseLexicon.personalPronouns.contains($0.lowercased()) } ? 1 : 0
        f["prepositionFirst"] = arguments.contains { Self.prepositions.contains(String($0.split(separator: " ").first ?? "").lowercased()) } ? 1 : 0
        f["commas"] = Double(min(3, arguments.joined(separator: " ").split(separator: " ").filter { $0 == "," }.count))
        f["inherited"] = inherited ? 1 : 0
        f["depth"] = Double(min(6, depth))
        f["passive"] = passive ? 1 : 0
        f["copular"] = copular ? 1 : 0
        f["chain"] = chain ? 1 : 0
        f["negatedOrModal"] = negatedOrModal ? 1 : 0
        f["subjectAfter"] = subjectAfter ? 1 : 0
        f["bareParticiple"] = bareParticiple ? 1 : 0
        f["splitObject"] = splitObject ? 1 : 0
        if [.ccomp, .advcl, .acl, .xcomp, .conj, .parataxis, .csubj].contains(attachment) { f["under." + attachment.label] = 1 }
        return f
    }

    static let prepositions: Set<String> = ["of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "against", "as", "and", "or", "but"]
}

extension Confidence {
    /// A logistic model of the features, fitted on one half of CaRB dev (its odd sentences) for
    /// the precision each tuple earns when tuples and gold are paired one to one; the other half
    /// checks that it generalises. Larger weights: more often right.
    static let openIEWeights: [String: Double] = [
        "noObject": -3.00,
        "kind.ofPossessive": -2.03,
        "kind.objectConjunct": 1.56,
        "kind.clause": 1.34,
        "kind.title": -1.34,
        "kind.adjective": -1.26,
        "kind.possessive": -1.02,
        "kind.label": 0.91,
        "kind.modifier": -0.86,
        "kind.namedModifier": -0.77,
        "subjectAfter": -0.72,
        "under.csubj": 0.67,
        "commas": -0.37,  // refit by hand on half A after quotations kept whole (their commas are no sign of a bad span)
        "negatedOrModal": -0.59,
        "under.conj": 0.55,
        "inherited": -0.55,
        "passive": 0.52,
        "pronounObject": -0.51,
        "kind.apposition": 0.44,
        "copular": -0.43,
        "under.xcomp": 0.38,
        "kind.subjectConjunct": 0.28,
        "depth": -0.26,
        "extraArguments": 0.23,
        "prepositionFirst": -0.20,
        "bareParticiple": -0.15,
        "relationWords": 0.13,
        "under.acl": -0.12,
        "chain": -0.09,
        "pronounSubject": -0.06,
        "objectWords": -0.05,
        "subjectWords": -0.03,
        "under.advcl": -0.01,
        "under.ccomp": 0.01,
        "under.parataxis": 0.00,
        "kind.alternative": -4.00,  // set by hand: below every other tuple
        "kind.pronounPossessive": -2.00,  // these two by hand, after the fit
        "kind.role": -1.50,
        "relativeArgument": -2.00,  // by hand: below the best-F1 threshold
        "splitObject": -0.80,  // by hand, from half A: the whole is right less often than its members
        "existential": -2.00,  // by hand, from half A: right in 1 of 4
        "ofModifier": -1.00,  // by hand, from half A: right about half as often as other modifiers
        "bias": -0.41,
    ]

    static func openIE(_ evidence: TupleEvidence) -> Double {
        let features = evidence.features
        var z = openIEWeights["bias"] ?? 0
        // In name order, so the sum (and the printed confidence) is the same on every run.
        for name in features.keys.sorted() { z += (openIEWeights[name] ?? 0) * (features[name] ?? 0) }
        return 1 / (1 + exp(-z))
    }
}
