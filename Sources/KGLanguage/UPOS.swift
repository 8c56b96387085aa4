/// A universal part-of-speech tag (UD v2). Tags come in as strings, from model files and
/// treebanks; `init(_:)` maps each to its case once, so code compares cases and a misspelt tag
/// does not compile. A tag outside the seventeen is kept as `raw`, never lost.
public enum UPOS: Hashable, Sendable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x
    /// Not tagged yet (the empty string).
    case untagged
    /// A tag outside UD v2's seventeen (`_` in some treebanks).
    case raw(String)

    static let named: [String: UPOS] = [
        "ADJ": .adj, "ADP": .adp, "ADV": .adv, "AUX": .aux, "CCONJ": .cconj, "DET": .det, "INTJ": .intj,
        "NOUN": .noun, "NUM": .num, "PART": .part, "PRON": .pron, "PROPN": .propn, "PUNCT": .punct,
        "SCONJ": .sconj, "SYM": .sym, "VERB": .verb, "X": .x, "": .untagged,
    ]

    public init(_ label: String) { self = Self.named[label] ?? .raw(label) }

    /// The tag as UD writes it (`PROPN`).
    public var label: String {
        switch self {
        case .adj: "ADJ"
        case .adp: "ADP"
        case .adv: "ADV"
        case .aux: "AUX"
        case .cconj: "CCONJ"
        case .det: "DET"
        case .intj: "INTJ"
        case .noun: "NOUN"
        case .num: "NUM"
        case .part: "PART"
        case .pron: "PRON"
        case .propn: "PROPN"
        case .punct: "PUNCT"
        case .sconj: "SCONJ"
        case .sym: "SYM"
        case .verb: "VERB"
        case .x: "X"
        case .untagged: ""
        case .raw(let label): label
        }
    }
}

/// Written and read as its label, so the JSON of a token is what it was when tags were strings.
extension UPOS: Codable {
    public init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}
