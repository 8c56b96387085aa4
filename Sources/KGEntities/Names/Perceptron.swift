/// An averaged multiclass perceptron over hashed sparse features (Collins 2002).
///
/// Weights live in one flat array, `labels.count` per feature row; `rows` maps a feature hash to
/// its row. Training keeps the running sums needed for averaging; `averaged()` folds them in.
struct Perceptron: Sendable {
    let labelCount: Int
    private(set) var rows: [UInt64: Int] = [:]
    private(set) var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int] = []
    private var step = 0

    init(labelCount: Int) {
        self.labelCount = labelCount
    }

    init(labelCount: Int, rows: [UInt64: Int], weights: [Float]) {
        self.labelCount = labelCount
        self.rows = rows
        self.weights = weights
    }

    /// Adds each known feature's row to `scores` (which must hold `labelCount` zeros or a prior).
    func score(_ features: [UInt64], into scores: inout [Float]) {
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = row * labelCount
            for label in 0..<labelCount { scores[label] += weights[base + label] }
        }
    }

    /// One training step: moves weight from `guess` to `truth` for every feature.
    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        step += 1
        guard truth != guess else { return }
        for feature in features {
            let row = rowForTraining(feature)
            adjust(row * labelCount + truth, by: 1)
            adjust(row * labelCount + guess, by: -1)
        }
    }

    /// The averaged weights; call once after the last update.
    mutating func average() {
        for index in weights.indices {
            totals[index] += Double(step - stamps[index]) * Double(weights[index])
            weights[index] = Float(totals[index] / Double(max(step, 1)))
        }
        totals = []
        stamps = []
    }

    /// The feature-wise mean of averaged models (a feature a model lacks weighs 0 there).
    static func mean(of models: [Perceptron]) -> Perceptron {
        guard models.count > 1, let first = models.first else { return models[0] }
        var result = Perceptron(labelCount: first.labelCount)
        let share = 1 / Float(models.count)
        for model in models {
            for (feature, row) in model.rows {
                let target = result.rows[feature] ?? {
                    result.rows[feature] = result.rows.count
                    result.weights.append(contentsOf: repeatElement(0, count: result.labelCount))
                    return result.rows.count - 1
                }()
                for label in 0..<result.labelCount {
                    result.weights[target * result.labelCount + label] += model.weights[row * model.labelCount + label] * share
                }
            }
        }
        return result
    }

    private mutating func rowForTraining(_ feature: UInt64) -> Int {
        if let row = rows[feature] { return row }
        let row = rows.count
        rows[feature] = row
        weights.append(contentsOf: repeatElement(0, count: labelCount))
        totals.append(contentsOf: repeatElement(0, count: labelCount))
        stamps.append(contentsOf: repeatElement(step, count: labelCount))
        return row
    }

    private mutating func adjust(_ index: Int, by delta: Float) {
        totals[index] += Double(step - stamps[index]) * Double(weights[index])
        stamps[index] = step
        weights[index] += delta
    }
}
