import KGLanguage

/// How often a word is a proper noun in a treebank, in five buckets — a cheap stand-in for
/// word clusters that tells the name tagger that `chicago` or `starbucks` name things even when
/// written in lower case. Learned from the training split of a treebank and saved in the model.
public struct WordClasses: Sendable {
    /// Lower-cased word → bucket 0 (never a proper noun) … 4 (almost always).
    public private(set) var buckets: [String: UInt8] = [:]

    public init(buckets: [String: UInt8] = [:]) {
        self.buckets = buckets
    }

    /// Counts proper-noun readings (`PROPN`) of each word in `records`; words seen once and never
    /// as a proper noun are left out (their bucket would say little).
    public init(treebank records: [CoNLLU.Record]) {
        var seen: [String: (all: Int, proper: Int)] = [:]
        for record in records {
            for token in record.tokens {
                let key = token.text.lowercased()
                seen[key, default: (0, 0)].all += 1
                if token.upos == "PROPN" { seen[key, default: (0, 0)].proper += 1 }
            }
        }
        for (word, counts) in seen where counts.all >= 2 || counts.proper > 0 {
            let ratio = Double(counts.proper) / Double(counts.all)
            buckets[word] = ratio == 0 ? 0 : ratio < 0.2 ? 1 : ratio < 0.5 ? 2 : ratio < 0.8 ? 3 : 4
        }
    }

    /// The bucket of `word` as a feature value; `u` for words the treebank never showed.
    func label(_ word: String) -> String {
        buckets[word].map { String($0) } ?? "u"
    }
}
