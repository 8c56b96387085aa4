/// A read-only open-addressing table from 64-bit word hashes to small values, cheaper per lookup
/// than a `Dictionary` with its seeded hashing.
struct WordTable<Value: FixedWidthInteger & Sendable>: Sendable, Equatable {
    private let keys: [UInt64]
    private let values: [Value]
    /// The entries, sorted by word hash.
    let entries: [(word: UInt64, value: Value)]

    init(_ dictionary: [UInt64: Value]) {
        entries = dictionary.sorted { $0.key < $1.key }.map { (word: $0.key, value: $0.value) }
        var size = 16
        while size < dictionary.count * 2 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size), values = [Value](repeating: 0, count: size)
        for (word, value) in entries {
            let key = word == 0 ? 1 : word
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always) subscript(word: UInt64) -> Value? {
        let key = word == 0 ? 1 : word
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    var asDictionary: [UInt64: Value] {
        Dictionary(entries.map { ($0.word, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    static func == (a: WordTable, b: WordTable) -> Bool {
        a.entries.map(\.word) == b.entries.map(\.word) && a.entries.map(\.value) == b.entries.map(\.value)
    }
}

/// Frequent words (exact form) seen (almost) always with one tag → that tag's class.
typealias TagDictionary = WordTable<UInt8>

/// Lowercased words seen often enough in training → a hash of the set of tag classes they took
/// (their ambiguity class, e.g. {NN, VB, VBP} for "need"), which lets the tagger generalise from
/// one word to others that are ambiguous in the same way, and see what the words ahead can be.
struct AmbiguityClasses: Sendable, Equatable {
    let table: WordTable<UInt64>

    /// The class of words not in the table.
    static let unknown: UInt64 = FeatureHash.mix(0x554e_4b4e_4f57_4e)

    /// Words seen at least `minimumCount` times; a class enters a word's set when it makes up at
    /// least `minimumShare` of its occurrences.
    init(words: [[WordFeatures]], gold: [[Int]], minimumCount: Int = 3, minimumShare: Double = 0.05) {
        var seen: [UInt64: [Int: Int]] = [:]
        for (sentence, tags) in zip(words, gold) {
            for (i, tag) in tags.enumerated() { seen[sentence[i + WordFeatures.padding].lower, default: [:]][tag, default: 0] += 1 }
        }
        var table: [UInt64: UInt64] = [:]
        for (word, tags) in seen {
            let total = tags.values.reduce(0, +)
            guard total >= minimumCount else { continue }
            let set = tags.filter { Double($0.value) >= minimumShare * Double(total) }.keys.sorted()
            table[word] = FeatureHash.bytes(set.map { UInt8(truncatingIfNeeded: $0) })
        }
        self.table = WordTable(table)
    }

    init(table: WordTable<UInt64>) { self.table = table }

    /// Sets `ambiguity` of every word of `words` (sentinels keep theirs).
    func annotate(_ words: inout [WordFeatures]) {
        for j in WordFeatures.padding..<(words.count - WordFeatures.padding) {
            words[j].ambiguity = table[words[j].lower] ?? Self.unknown
        }
    }
}
