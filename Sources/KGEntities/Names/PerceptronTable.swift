/// A trained `Perceptron`'s weights laid out for tagging: feature hashes in an open-addressing
/// table probed linearly (the hashes are FNV-1a, already well mixed), weights in one flat array.
/// A lookup reads two arrays instead of hashing the key again as a `Dictionary` would.
struct PerceptronTable: Sendable {
    let labelCount: Int
    private let keys: [UInt64]
    /// The weight row of the key in the same slot; -1 marks an empty slot.
    private let rows: [Int32]
    private let weights: [Float]
    private let mask: Int

    init(_ model: Perceptron) {
        labelCount = model.labelCount
        weights = model.weights
        var size = 16
        while size < model.rows.count * 2 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var rows = [Int32](repeating: -1, count: size)
        for (key, row) in model.rows {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while rows[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            rows[slot] = Int32(row)
        }
        self.keys = keys
        self.rows = rows
        mask = size - 1
    }

    /// Adds the row of `feature`, when known, to `scores` (which hold `labelCount` values).
    @inline(__always) func add(_ feature: UInt64, into scores: inout [Float]) {
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let row = rows[slot]
            if row < 0 { return }
            if keys[slot] == feature {
                let base = Int(row) * labelCount
                for label in 0..<labelCount { scores[label] += weights[base + label] }
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
