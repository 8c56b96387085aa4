import KGLanguage

/// How often a word is a proper noun in a treebank, in five buckets — a cheap stand-in for
/// word clusters that tells the name tagger that `chicago` or `starbucks` name things even when
/// written in lower case. Learned from the training split of a treebank, widened by a spelling
/// dictionary for words the treebank never showed, and saved in the model.
public struct WordClasses: Sendable {
    /// Lower-cased word → bucket 0 (never a proper noun) … 4 (almost always) from the treebank;
    /// 5 (listed only capitalised: a name) or 6 (listed in lower case) from a dictionary.
    public private(set) var buckets: [String: UInt8] = [:]

    /// Normalised word (lower case, digits as `0`) → distributional cluster, `coarse << 8 | fine`:
    /// words that occur in like contexts of unlabelled text share a cluster (`john`, `susan`).
    public private(set) var clusters: [String: UInt16] = [:]

    public init(buckets: [String: UInt8] = [:], clusters: [String: UInt16] = [:]) {
        self.buckets = buckets
        self.clusters = clusters
    }

    /// Counts proper-noun readings (`PROPN`) of each word in `records`; words seen once and never
    /// as a proper noun are left out (their bucket would say little).
    public init(treebank records: [CoNLLU.Record]) {
        var seen: [String: (all: Int, proper: Int)] = [:]
        for record in records {
            for token in record.tokens {
                let key = token.text.lowercased()
                seen[key, default: (0, 0)].all += 1
                if token.upos == .propn { seen[key, default: (0, 0)].proper += 1 }
            }
        }
        for (word, counts) in seen where counts.all >= 2 || counts.proper > 0 {
            let ratio = Double(counts.proper) / Double(counts.all)
            buckets[word] = ratio == 0 ? 0 : ratio < 0.2 ? 1 : ratio < 0.5 ? 2 : ratio < 0.8 ? 3 : 4
        }
    }

    /// Adds the words of a spelling dictionary (one word per line, as `/usr/share/dict/words`)
    /// that the treebank left out: `Tampa` listed only capitalised is a name wherever it is
    /// written in lower case. Possessive forms are skipped.
    public mutating func add(dictionary words: some Sequence<Substring>) {
        var capitalised: Set<String> = []
        var lower: Set<String> = []
        for word in words where !word.isEmpty && !word.contains("'") {
            if word.first?.isUppercase == true { capitalised.insert(word.lowercased()) } else { lower.insert(String(word)) }
        }
        capitalised.subtract(lower)
        for word in capitalised where buckets[word] == nil { buckets[word] = 5 }
        for word in lower where buckets[word] == nil { buckets[word] = 6 }
    }

    /// Reads word clusters from tab-separated lines of word, coarse cluster and fine cluster (each 0–255).
    public mutating func add(clusters text: String, file: String) throws {
        for (index, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            guard columns.count == 3, let coarse = UInt8(columns[1]), let fine = UInt8(columns[2]) else {
                throw CoNLLNames.FormatError(file: file, line: index + 1, reason: "expected a word, a coarse and a fine cluster (0-255)")
            }
            clusters[String(columns[0])] = UInt16(coarse) << 8 | UInt16(fine)
        }
    }

    /// The fine and coarse cluster of a lower-cased word as feature values; `u` when unknown.
    func cluster(_ lowered: String) -> (fine: String, coarse: String) {
        // In ASCII only the digits are numbers, so most words need no scan by character.
        let ascii = lowered.utf8.allSatisfy { $0 < 0x80 }
        let numeric = ascii ? lowered.utf8.contains { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } : lowered.contains(where: \.isNumber)
        let key = numeric ? String(lowered.map { $0.isNumber ? "0" : $0 }) : lowered
        guard let value = clusters[key] else { return ("u", "u") }
        return (Self.decimal[Int(value & 0xFF)], Self.decimal[Int(value >> 8)])
    }

    /// The bucket of `word` as a feature value; `u` for words the treebank never showed.
    func label(_ word: String) -> String {
        buckets[word].map { Self.decimal[Int($0)] } ?? "u"
    }

    /// `String(n)` for every byte value, written out once rather than per token.
    private static let decimal = (0...255).map { String($0) }
}
