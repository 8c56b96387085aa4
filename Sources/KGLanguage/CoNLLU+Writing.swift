import KGCore

/// Writes sentences as CoNLL-U, the form `CoNLLU.parse` reads back.
extension CoNLLU {
    /// The sentence as a `# text` line, a `# key = value` line per comment, then one row per token
    /// (ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC) and a blank line.
    public static func rows(_ sentence: Sentence, comments: [(key: String, value: String)] = []) -> String {
        var rows = "# text = \(sentence.text)\n" + comments.map { "# \($0.key) = \($0.value)\n" }.joined()
        for (i, t) in sentence.tokens.enumerated() {
            rows += [String(i + 1), t.text, t.lemma, t.upos.label, t.xpos.label, "_", String(t.head + 1), t.deprel.label, "_", "_"]
                .joined(separator: "\t") + "\n"
        }
        return rows + "\n"
    }
}
