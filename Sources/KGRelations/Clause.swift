import KGCore

/// A predicate and its arguments as found in one parsed sentence: the common ground of the
/// two renderings, facts between entities (`RelationExtractor`) and open-IE tuples over the
/// sentence's own words (`OpenIETuples`). All positions are token indexes of the sentence.
struct Clause: Sendable, Hashable {
    /// Which construction stated it; part of the confidence.
    enum Kind: String, Sendable {
        case verbal, passive, copular, nominal, apposition
    }

    var kind: Kind
    /// The verb, the predicate nominal of a copula, the nominalisation or the apposed noun.
    var predicate: Int
    /// The words of the relation in sentence order: auxiliaries, negation, copula, verb, particles.
    var relationWords: [Int]
    /// Governing control verbs and nouns, outermost first (`agreed` for "agreed to aid").
    var chain: [Int] = []
    /// Head of the subject (the first conjunct); nil when none was found.
    var subject: Int?
    /// The subject was taken from a governing clause, a relative antecedent or a possessor.
    var subjectInherited = false
    /// Direct and indirect objects (first conjuncts), or the predicate nominal of a copula.
    var objects: [Int] = []
    /// Prepositional and bare obliques: the head and its preposition, if any.
    var obliques: [Oblique] = []
    /// A clausal complement (`said that S`): its head and its complementiser, if any.
    var complement: Oblique?
    /// The agent of a passive (`by X`).
    var agent: Int?
    /// The subject's conjuncts act on each other (`each other`, `jointly`, `ties between A and B`).
    var reciprocal = false
    var negated = false
    var modality: Modality = .asserted
    /// Head of the speaker's phrase when the clause is reported speech.
    var speaker: Int?
    /// Relative pronouns and other stand-ins, mapped to the token they stand for.
    var substitutions: [Int: Int] = [:]

    struct Oblique: Sendable, Hashable {
        var head: Int
        /// The preposition or complementiser (`to`, `that`), if any.
        var marker: Int?
    }
}
