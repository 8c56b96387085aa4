/// A trained `Perceptron`'s weights laid out for tagging: feature hashes in an open-addressing
/// table probed linearly (the hashes are FNV-1a, already well mixed), each beside its weight row's
/// number, so a feature the model lacks costs one memory read; the weights in one flat array.
struct PerceptronTable: Sendable {
    let labelCount: Int
    private struct Slot {
        var key: UInt64 = 0
        /// The weight row of `key`; -1 marks an empty slot.
        var row: Int32 = -1
    }
    private let slots: [Slot]
    private let weights: [Float]
    private let mask: Int

    init(_ model: Perceptron) {
        labelCount = model.labelCount
        weights = model.weights
        var size = 16
        while size < model.rows.count * 2 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        for (key, row) in model.rows {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[slot].row >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: key, row: Int32(row))
        }
        self.slots = slots
        mask = size - 1
    }

    /// Adds the row of `feature`, when known, to `scores` (which hold `labelCount` values).
    @inline(__always) func add(_ feature: UInt64, into scores: inout [Float]) {
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let entry = slots[slot]
            if entry.row < 0 { return }
            if entry.key == feature {
                let base = Int(entry.row) * labelCount
                for label in 0..<labelCount { scores[label] += weights[base + label] }
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
