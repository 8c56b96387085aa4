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
    /// The same weights laid out for scoring.
    private let table: ScoringTable

    var featureCount: Int { fingerprints.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

    init(classCount: Int, smallest: Float, ratio: Float, fingerprints: [UInt32], starts: [UInt32], classes: [UInt8], codes: [Int8]) {
        self.classCount = classCount
        self.smallest = smallest
        self.ratio = ratio
        self.fingerprints = fingerprints
        self.starts = starts
        self.classes = classes
        self.codes = codes
        table = ScoringTable(classCount: classCount, ratio: ratio, fingerprints: fingerprints, starts: starts,
                             classes: classes, codes: codes)
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

    /// Sets `scores` to the summed weights of `features` (in units of `smallest / 8`).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        table.score(features, into: scores)
    }
}
