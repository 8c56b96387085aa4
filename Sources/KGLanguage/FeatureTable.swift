/// An open-addressing map from feature key to row number, used while training.
/// Linear probing over a power-of-two table; key 0 marks an empty slot.
struct FeatureTable {
    private(set) var keys: [UInt64]
    private(set) var rows: [Int32]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        rows = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always) func row(_ key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return rows[slot] }
            if k == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// The row of `key`, inserting it with row number `count` when missing.
    @inline(__always) mutating func rowInserting(_ key: UInt64) -> (row: Int32, inserted: Bool) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return (rows[slot], false) }
            if k == 0 { break }
            slot = (slot + 1) & mask
        }
        let row = Int32(count)
        keys[slot] = key
        rows[slot] = row
        count += 1
        if count * 10 > keys.count * 6 { grow() }
        return (row, true)
    }

    private mutating func grow() {
        let oldKeys = keys, oldRows = rows
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        rows = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (i, key) in oldKeys.enumerated() where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            rows[slot] = oldRows[i]
        }
    }

    /// Every (key, row) pair, in slot order.
    func forEach(_ body: (UInt64, Int) -> Void) {
        for (i, key) in keys.enumerated() where key != 0 { body(key, Int(rows[i])) }
    }
}
