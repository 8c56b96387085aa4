/// The trainable form of a linear multi-class model: one dense row of weights per feature that
/// was ever updated, averaged over all training steps (Daumé's trick: keep `w` and `Σ step·Δw`,
/// the average is `w − Σ/step`). `compacted` turns it into the pruned, quantised `SparseWeights`.
final class AveragedPerceptron {
    let classCount: Int
    private var table = FeatureTable()
    private var weights: [Float] = []
    private var totals: [Float] = []
    /// Number of instances seen so far plus one.
    private(set) var step = 1

    init(classCount: Int) {
        precondition(classCount > 0 && classCount <= 256, "a model holds at most 256 classes")
        self.classCount = classCount
    }

    /// Adds the current (or averaged) weights of `features` to `scores`.
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>, averaged: Bool = false) {
        let n = classCount
        for c in 0..<n { scores[c] = 0 }
        let inverse = 1 / Float(step)
        weights.withUnsafeBufferPointer { w in
            totals.withUnsafeBufferPointer { u in
                for feature in features {
                    let row = table.row(feature)
                    if row < 0 { continue }
                    let base = Int(row) * n
                    if averaged {
                        for c in 0..<n { scores[c] += w[base + c] - u[base + c] * inverse }
                    } else {
                        for c in 0..<n { scores[c] += w[base + c] }
                    }
                }
            }
        }
    }

    /// Moves the weights of `features` toward `truth` and away from `guess`.
    func update(_ features: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        let n = classCount
        let stamp = Float(step)
        for feature in features {
            let (row, inserted) = table.rowInserting(feature)
            if inserted {
                weights.append(contentsOf: repeatElement(0, count: n))
                totals.append(contentsOf: repeatElement(0, count: n))
            }
            let base = Int(row) * n
            weights[base + truth] += 1
            totals[base + truth] += stamp
            weights[base + guess] -= 1
            totals[base + guess] -= stamp
        }
    }

    /// Marks the end of one training instance.
    func tick() { step += 1 }

    /// The averaged weights, dropping every weight smaller than `threshold` in magnitude and every
    /// feature without a weight of at least `featureThreshold`.
    func compacted(threshold: Float, featureThreshold: Float) -> SparseWeights {
        let n = classCount
        let inverse = 1 / Float(step)
        var kept: [(key: UInt64, entries: [(UInt8, Float)])] = []
        table.forEach { key, row in
            var entries: [(UInt8, Float)] = []
            for c in 0..<n {
                let value = weights[row * n + c] - totals[row * n + c] * inverse
                if abs(value) >= threshold { entries.append((UInt8(c), value)) }
            }
            if !entries.isEmpty { kept.append((key, entries)) }
        }
        return SparseWeights(classCount: n, rows: kept, smallest: threshold, strongest: featureThreshold)
    }
}
