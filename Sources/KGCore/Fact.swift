/// Where a fact was stated: a sentence of the extraction and the character span of the
/// words that state it (Unicode-scalar offsets into the article text).
public struct Evidence: Sendable, Hashable, Codable {
    public var sentence: Int
    public var start: Int
    public var end: Int

    public init(sentence: Int, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// Modality of a stated fact; `asserted` is a plain statement.
public enum Modality: String, Sendable, Hashable, Codable {
    case asserted, possible, planned, reported
}

/// One triple with its evidence: subject –relation→ object.
public struct Fact: Sendable, Hashable, Codable {
    /// Index into the extraction's `entities`.
    public var subject: Int
    /// The normalised relation (`send`, `pact`, `president_of`, or the verb lemma plus preposition).
    public var relation: String
    /// The raw words of the text (`decision to send`).
    public var phrase: String
    /// Index into the extraction's `entities`.
    public var object: Int
    public var negated: Bool
    public var modality: Modality
    /// A symmetric fact (`pact`, `meet`) holds in both directions; it is stored once.
    public var symmetric: Bool
    /// 0…1; ranks facts for display and for CaRB's precision–recall curve.
    public var confidence: Double
    public var evidence: Evidence
    /// Who stated it, as written (`the White House`), when the fact is reported speech.
    public var speaker: String?

    public init(subject: Int, relation: String, phrase: String, object: Int, negated: Bool = false,
                modality: Modality = .asserted, symmetric: Bool = false, confidence: Double, evidence: Evidence,
                speaker: String? = nil) {
        self.subject = subject
        self.relation = relation
        self.phrase = phrase
        self.object = object
        self.negated = negated
        self.modality = modality
        self.symmetric = symmetric
        self.confidence = confidence
        self.evidence = evidence
        self.speaker = speaker
    }
}
