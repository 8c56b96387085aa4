/// Precision, recall and F1 of predicted name spans against gold spans, per type and overall.
/// A prediction counts only when its tokens and type both equal a gold span's (CoNLL exact match).
public struct NameScore: Sendable {
    public struct Counts: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }
        public var gold: Int { truePositives + falseNegatives }
        public var predicted: Int { truePositives + falsePositives }

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(truePositives: a.truePositives + b.truePositives,
                   falsePositives: a.falsePositives + b.falsePositives,
                   falseNegatives: a.falseNegatives + b.falseNegatives)
        }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    public private(set) var perType: [String: Counts] = [:]

    public init() {}

    public mutating func add(gold: [NameSpan], predicted: [NameSpan]) {
        let goldSet = Set(gold)
        let predictedSet = Set(predicted)
        for span in predictedSet {
            if goldSet.contains(span) { perType[span.label, default: Counts()].truePositives += 1 }
            else { perType[span.label, default: Counts()].falsePositives += 1 }
        }
        for span in goldSet where !predictedSet.contains(span) {
            perType[span.label, default: Counts()].falseNegatives += 1
        }
    }

    /// Micro-averaged counts over `types` (all types when nil).
    public func total(of types: Set<String>? = nil) -> Counts {
        perType.filter { types?.contains($0.key) ?? true }.values.reduce(Counts(), +)
    }
}
