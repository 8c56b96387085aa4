/// Lemmas from a form and its tags: an exception table learned from the treebank (`was`/VBD →
/// `be`, `children`/NNS → `child`), then suffix rules learned per XPOS (`-ied` → `-y`) for words
/// the table does not know. Proper nouns keep their form.
struct Lemmatizer: Sendable {
    /// "lowercased form\tXPOS" → lemma.
    let exceptions: [String: String]
    /// "XPOS\tsuffix" → edit: characters to cut from the end, then the text to append.
    let rules: [String: Edit]
    /// Longest suffix a rule looks at.
    static let maximumSuffix = 5

    struct Edit: Sendable, Hashable {
        var cut: Int
        var append: String
    }

    func lemma(form: String, upos: String, xpos: String) -> String {
        if upos == "PROPN" { return form }
        let lower = form.lowercased()
        if let known = exceptions[lower + "\t" + xpos] { return known }
        // Suffixes are found by stepping back from the end, so only the last few characters are read.
        for length in stride(from: Self.maximumSuffix, through: 0, by: -1) {
            guard let start = lower.index(lower.endIndex, offsetBy: -length, limitedBy: lower.startIndex),
                  let edit = rules[xpos + "\t" + String(lower[start...])],
                  let end = lower.index(lower.endIndex, offsetBy: -edit.cut, limitedBy: lower.startIndex), end > lower.startIndex
            else { continue }
            return String(lower[..<end]) + edit.append
        }
        return lower
    }

    /// The edit turning `form` into `lemma`: cut what follows their common prefix, append the rest.
    static func edit(from form: [Character], to lemma: [Character]) -> Edit {
        var common = 0
        while common < form.count, common < lemma.count, form[common] == lemma[common] { common += 1 }
        return Edit(cut: form.count - common, append: String(lemma[common...]))
    }
}
