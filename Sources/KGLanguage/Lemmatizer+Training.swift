import KGCore

extension Lemmatizer {
    /// Learns rules from every (form, XPOS, lemma) of `sentences`, then keeps as exceptions the
    /// words whose usual lemma the rules get wrong.
    static func train(_ sentences: [[Token]]) -> Lemmatizer {
        var pairs: [String: [String: Int]] = [:]
        for sentence in sentences {
            for token in sentence where token.upos != .propn && !token.lemma.isEmpty && token.lemma != "_" {
                pairs[token.text.lowercased() + "\t" + token.xpos.label, default: [:]][token.lemma, default: 0] += 1
            }
        }
        func usual(_ lemmas: [String: Int]) -> String {
            lemmas.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
        }
        // Count edits per (XPOS, suffix), one vote per word type so frequent irregulars do not set rules.
        var votes: [String: [Edit: Int]] = [:]
        for (key, lemmas) in pairs {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let form = Array(parts[0]), xpos = String(parts[1])
            let edit = Self.edit(from: form, to: Array(usual(lemmas)))
            for length in 0...min(maximumSuffix, form.count) {
                votes[xpos + "\t" + String(form[(form.count - length)...]), default: [:]][edit, default: 0] += 1
            }
        }
        var best: [String: Edit] = [:]
        for (key, edits) in votes {
            best[key] = edits.max { $0.value != $1.value ? $0.value < $1.value : ($0.key.cut, $0.key.append) > ($1.key.cut, $1.key.append) }!.key
        }
        // Keep a rule only where it says something its one-shorter suffix does not.
        var rules: [String: Edit] = [:]
        for (key, edit) in best {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let suffix = parts[1]
            if suffix.isEmpty { rules[key] = edit; continue }
            let parent = String(parts[0]) + "\t" + String(suffix.dropFirst())
            if best[parent] != edit, (votes[key]?[edit] ?? 0) >= 2 { rules[key] = edit }
        }
        var lemmatizer = Lemmatizer(exceptions: [:], rules: rules)
        var exceptions: [String: String] = [:]
        for (key, lemmas) in pairs {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let lemma = usual(lemmas)
            if lemmatizer.lemma(form: String(parts[0]), upos: "", xpos: String(parts[1])) != lemma { exceptions[key] = lemma }
        }
        lemmatizer = Lemmatizer(exceptions: exceptions, rules: rules)
        return lemmatizer
    }
}
