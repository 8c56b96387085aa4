/// A tag or relation that arrives as a string (from a model file or a treebank) and is handled as a
/// case: `init(_:)` maps a label to its case once, so code compares cases and a misspelt label does
/// not compile; a label with no case of its own is kept whole in `raw`.
public protocol TreebankLabel: Hashable, Sendable, Codable {
    /// Every case but `raw`, with the label treebanks write for it.
    static var table: LabelTable<Self> { get }
    static func raw(_ label: String) -> Self
    /// The label a `raw` case keeps; nil for the others.
    var rawLabel: String? { get }
}

extension TreebankLabel {
    public init(_ label: String) { self = Self.table.named[label] ?? .raw(label) }

    /// The label as treebanks write it.
    public var label: String { rawLabel ?? Self.table.written[self] ?? "" }

    /// Read as its label, so a token's JSON is what it was when tags and relations were strings.
    public init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}

/// The cases of a `TreebankLabel` type with their labels, indexed both ways once.
public struct LabelTable<Label: Hashable & Sendable>: Sendable {
    public let cases: [(Label, String)]
    let named: [String: Label]
    let written: [Label: String]

    public init(_ cases: [(Label, String)]) {
        self.cases = cases
        named = Dictionary(uniqueKeysWithValues: cases.map { ($1, $0) })
        written = Dictionary(uniqueKeysWithValues: cases.map { ($0, $1) })
    }
}
