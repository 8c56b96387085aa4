/// A token of a sentence with everything the language core adds to it.
///
/// `start`/`end` are Unicode-scalar offsets into the article text (see `Article`).
/// `head` is the index of the governing token within the sentence, or -1 for the root.
public struct Token: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// Universal POS tag (`.noun`, `.propn`, `.verb`, …); `.untagged` until tagged.
    public var upos: UPOS
    /// Penn Treebank tag (`.nn`, `.nnp`, `.vbd`, …); `.untagged` until tagged.
    public var xpos: XPOS
    public var lemma: String
    public var head: Int
    /// Universal Dependencies relation (`.nsubj`, `.obj`, `.obl`, `.compound`, …); `.unparsed` until parsed.
    public var deprel: DependencyRelation
    /// Whether whitespace follows the token in the original text.
    public var spaceAfter: Bool

    public init(text: String, start: Int, end: Int, upos: UPOS = .untagged, xpos: XPOS = .untagged,
                lemma: String = "", head: Int = -1, deprel: DependencyRelation = .unparsed, spaceAfter: Bool = true) {
        self.text = text
        self.start = start
        self.end = end
        self.upos = upos
        self.xpos = xpos
        self.lemma = lemma
        self.head = head
        self.deprel = deprel
        self.spaceAfter = spaceAfter
    }
}

/// A sentence of an article: its span in the article text and its tokens.
public struct Sentence: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var tokens: [Token]

    public init(text: String, start: Int, end: Int, tokens: [Token] = []) {
        self.text = text
        self.start = start
        self.end = end
        self.tokens = tokens
    }
}
