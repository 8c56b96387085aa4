import Foundation

/// The weights of a trained linear model as stored in model files: only the features that kept a
/// weight, each with a short list of (class, weight) entries.
///
/// Weights are quantised to one signed byte on a logarithmic scale: code `c ≠ 0` stands for
/// `sign(c) · smallest · ratio^(|c| − 1)`, so small and large weights keep the same relative
/// precision (about 4 %), which costs a perceptron nothing measurable.
///
/// Features sit in an open-addressing table (linear probing, about 60 % full) keyed by the high 32
/// bits of their 64-bit key, which also choose the slot, so a stored table can be pruned and rebuilt
/// without the full keys. (A missing feature matches a stored one with probability
/// features / 2^32, about 1 in 5000 lookups: noise far below a perceptron's margin.)
/// Entries are laid out in slot order: `starts[slot]..<starts[slot + 1]`.
struct SparseWeights: Sendable {
    let classCount: Int
    /// The smallest stored magnitude and the ratio between consecutive codes.
    let smallest: Float
    let ratio: Float
    let fingerprints: [UInt32]
    let starts: [UInt32]
    let classes: [UInt8]
    let codes: [Int8]
    /// Code + 128 → weight in integer units of `smallest / 8`, for integer scoring.
    let levels: [Int32]
    /// The same tables packed for scoring, so a lookup touches as few cache lines as possible:
    /// fingerprint << 32 | start per slot (plus one closing slot), and class | (code + 128) << 8 per entry.
    private let packedSlots: [UInt64]
    private let packedEntries: [UInt16]

    var featureCount: Int { fingerprints.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

    init(classCount: Int, smallest: Float, ratio: Float, fingerprints: [UInt32], starts: [UInt32], classes: [UInt8], codes: [Int8]) {
        self.classCount = classCount
        self.smallest = smallest
        self.ratio = ratio
        self.fingerprints = fingerprints
        self.starts = starts
        self.classes = classes
        self.codes = codes
        levels = (0..<256).map { index in
            let code = index - 128
            guard code != 0 else { return 0 }
            let magnitude = 8 * pow(Double(ratio), Double(abs(code) - 1))
            return Int32(code < 0 ? -magnitude.rounded() : magnitude.rounded())
        }
        packedSlots = (0...fingerprints.count).map { slot in
            UInt64(slot < fingerprints.count ? fingerprints[slot] : 0) << 32 | UInt64(starts[slot])
        }
        packedEntries = zip(classes, codes).map { UInt16($0) | UInt16(UInt8(Int($1) + 128)) << 8 }
    }

    /// Weights whose magnitude is below `smallest` are dropped, and so are features whose largest
    /// weight is below `strongest` (mostly features updated once, which rarely decide anything).
    init(classCount: Int, rows: [(key: UInt64, entries: [(UInt8, Float)])], smallest: Float, strongest: Float) {
        let largest = rows.lazy.flatMap { $0.entries.lazy.map { abs($0.1) } }.max() ?? 1
        let ratio = Float(pow(Double(max(largest, smallest * 2) / smallest), 1.0 / 126))
        let logRatio = log(Double(ratio))
        var kept: [(key: UInt64, entries: [(UInt8, Int8)])] = []
        for row in rows {
            var entries: [(UInt8, Int8)] = []
            for (c, value) in row.entries where abs(value) >= smallest {
                let magnitude = min(127, 1 + (log(Double(abs(value) / smallest)) / logRatio).rounded())
                entries.append((c, Int8(value < 0 ? -magnitude : magnitude)))
            }
            if !entries.isEmpty, row.entries.contains(where: { abs($0.1) >= strongest }) { kept.append((row.key, entries)) }
        }
        let size = max(16, kept.count * 5 / 3 + 1)
        var fingerprints = [UInt32](repeating: 0, count: size)
        var slotRow = [Int32](repeating: -1, count: size)
        for (i, row) in kept.enumerated() {
            var slot = Self.slot(Self.fingerprint(row.key), size: size)
            while fingerprints[slot] != 0 { slot = slot + 1 == size ? 0 : slot + 1 }
            fingerprints[slot] = Self.fingerprint(row.key)
            slotRow[slot] = Int32(i)
        }
        var starts = [UInt32](repeating: 0, count: size + 1)
        var classes: [UInt8] = [], codes: [Int8] = []
        for slot in 0..<size {
            starts[slot] = UInt32(classes.count)
            guard slotRow[slot] >= 0 else { continue }
            for (c, code) in kept[Int(slotRow[slot])].entries {
                classes.append(c)
                codes.append(code)
            }
        }
        starts[size] = UInt32(classes.count)
        self.init(classCount: classCount, smallest: smallest, ratio: ratio, fingerprints: fingerprints, starts: starts,
                  classes: classes, codes: codes)
    }

    @inline(__always) static func fingerprint(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }

    /// Multiply-shift range reduction of a fingerprint onto 0..<size.
    @inline(__always) static func slot(_ print: UInt32, size: Int) -> Int {
        Int((UInt64(print) &* UInt64(size)) >> 32)
    }

    /// Adds the weights of `features` to `scores` (in units of `smallest / 8`).
    ///
    /// Two phases: first every feature's slot is found, then the entries are added, so the memory
    /// loads of different features overlap instead of waiting on each other's accumulation.
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        for c in 0..<classCount { scores[c] = 0 }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
            packedSlots.withUnsafeBufferPointer { slots in
                let size = slots.count - 1
                for (i, key) in features.enumerated() {
                    let print = Self.fingerprint(key)
                    var slot = Self.slot(print, size: size)
                    found[i] = 0
                    while true {
                        let packed = slots[slot]
                        let p = UInt32(truncatingIfNeeded: packed >> 32)
                        if p == print {
                            found[i] = UInt64(UInt32(truncatingIfNeeded: packed)) << 32 | UInt64(UInt32(truncatingIfNeeded: slots[slot + 1]))
                            break
                        }
                        if p == 0 { break }
                        slot = slot + 1 == size ? 0 : slot + 1
                    }
                }
            }
            packedEntries.withUnsafeBufferPointer { entries in
                levels.withUnsafeBufferPointer { levels in
                    for range in found {
                        for e in Int(range >> 32)..<Int(UInt32(truncatingIfNeeded: range)) {
                            let entry = entries[e]
                            scores[Int(entry & 0xff)] &+= levels[Int(entry >> 8)]
                        }
                    }
                }
            }
        }
    }
}
