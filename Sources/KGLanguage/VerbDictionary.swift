import Foundation

/// The verbs of English (from WordNet 3.0, `Models/verbs.tsv`), against which the lemmatizer's
/// guess for a verb is checked: a suffix rule learned from the treebank can cut a form the
/// treebank never showed wrongly (`chaired` → `chaire`, `signalled` → `signall`); when the guess
/// is no verb, WordNet's own rules (its irregular forms, then `-ed`, `-ing`, `-s` removed, an
/// `e` restored or a doubled consonant undone) find the one that is.
struct VerbDictionary: Sendable {
    private let lemmas: Set<String>
    /// Irregular form → lemma (`signalled` → `signal`, `ran` → `run`).
    private let forms: [String: String]

    static let fileName = "verbs.tsv"
    static let empty = VerbDictionary(lemmas: [], forms: [:])

    init(lemmas: Set<String>, forms: [String: String]) {
        self.lemmas = lemmas
        self.forms = forms
    }

    /// Reads the table: a lemma a line, or `form<TAB>lemma`; `#` starts a comment line.
    init(contentsOf url: URL) throws {
        var lemmas: Set<String> = []
        var forms: [String: String] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            if fields.count == 2 {
                forms[String(fields[0])] = String(fields[1])
            } else {
                lemmas.insert(String(line))
            }
        }
        self.init(lemmas: lemmas, forms: forms)
    }

    func write(to url: URL) throws {
        let lines = ["# WordNet 3.0 verbs (c) 2006 Princeton University, WordNet 3.0 licence"]
            + lemmas.sorted() + forms.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    var isEmpty: Bool { lemmas.isEmpty }

    /// `guess` when it is a verb (or nothing is known), else the verb WordNet's rules make of `form`.
    func lemma(_ guess: String, form: String) -> String {
        guard !lemmas.isEmpty, !lemmas.contains(guess) else { return guess }
        let word = form.lowercased()
        if let lemma = forms[word] { return lemma }
        return Self.candidates(word).first(where: lemmas.contains) ?? guess
    }

    /// WordNet's detachment rules for verbs, most specific first, and each stem with a doubled
    /// final consonant undone (`hopped` → `hop`).
    static func candidates(_ word: String) -> [String] {
        let rules: [(suffix: String, ending: String)] = [
            ("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
        ]
        var candidates: [String] = []
        for rule in rules where word.hasSuffix(rule.suffix) && word.count > rule.suffix.count + 1 {
            let stem = String(word.dropLast(rule.suffix.count)) + rule.ending
            candidates.append(stem)
            if rule.ending.isEmpty, let last = stem.last, stem.dropLast().last == last, !"aeious".contains(last) {
                candidates.append(String(stem.dropLast()))
            }
        }
        return candidates + [word]
    }
}
