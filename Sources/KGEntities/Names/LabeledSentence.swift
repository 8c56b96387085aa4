/// A sentence of gold tokens with one IOB2 tag per token (`B-PER`, `I-PER`, `O`), types
/// already mapped to kg's evaluation classes PER, LOC, ORG and MISC.
public struct LabeledSentence: Sendable, Hashable {
    public var tokens: [String]
    public var tags: [String]
    /// Penn Treebank tags, when the file or a tagger gave them.
    public var pos: [String]?
    /// Which document of the file the sentence belongs to (from `# newdoc` or `-DOCSTART-` lines).
    public var document: Int

    public init(tokens: [String], tags: [String], pos: [String]? = nil, document: Int = 0) {
        self.tokens = tokens
        self.tags = tags
        self.pos = pos
        self.document = document
    }
}

/// A typed span of tokens: `tokens` is a half-open token range.
public struct NameSpan: Sendable, Hashable {
    public var tokens: Range<Int>
    public var label: String

    public init(tokens: Range<Int>, label: String) {
        self.tokens = tokens
        self.label = label
    }

    /// The spans of a tag sequence. `I-X` after anything but `B-X`/`I-X` starts a span, which
    /// reads IOB1 and IOB2 alike (they differ only in where `B-` is required, not in what it means).
    public static func spans(of tags: [String]) -> [NameSpan] {
        var spans: [NameSpan] = []
        var start = -1
        var label = ""
        func close(_ end: Int) {
            if start >= 0 { spans.append(NameSpan(tokens: start..<end, label: label)) }
            start = -1
        }
        for (i, tag) in tags.enumerated() {
            if tag == "O" || tag.count < 3 {
                close(i)
                continue
            }
            let prefix = tag.prefix(1)
            let type = String(tag.dropFirst(2))
            if prefix == "B" || start < 0 || type != label {
                close(i)
                start = i
                label = type
            }
        }
        close(tags.count)
        return spans
    }

    /// IOB2 tags of `spans` over `count` tokens.
    public static func tags(of spans: [NameSpan], count: Int) -> [String] {
        var tags = Array(repeating: "O", count: count)
        for span in spans {
            for i in span.tokens { tags[i] = (i == span.tokens.lowerBound ? "B-" : "I-") + span.label }
        }
        return tags
    }
}
