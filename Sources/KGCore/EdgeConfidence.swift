import Foundation

/// An edge's confidence: the chance that the fact is right, from its best sentence (each
/// sentence's fact is calibrated at extraction, see `Confidence` in KGRelations) and how many
/// sentences state it. Fitted on judged edges of a news corpus (docs/confidence.md).
public enum EdgeConfidence {
    /// Logit added per unit of ln(supporting sentences): two sentences add 0.44, five add 1.03.
    /// Fitted with the per-sentence coefficients by `Tests/Eval/fit_confidence.py`.
    public static let support = 0.637

    /// The default floor of `path` answers and drawings and the line `kg stats` counts above: the
    /// lowest at which the edges kept were right about two times in three in both judged samples
    /// (fit 39 of 62, check 26 of 34, against 29 % and 41 % of all edges). A higher floor was no
    /// surer on those samples until 0.65, which keeps a handful of edges; docs/confidence.md has
    /// the tables.
    public static let trusted = 0.4

    /// The confidence of an edge whose most confident sentence has `best` and which `sentences`
    /// sentences state.
    public static func combined(best: Double, sentences: Int) -> Double {
        guard sentences > 1 else { return best }
        return logistic(logit(best) + support * log(Double(sentences)))
    }

    /// The log-odds of `p`, kept within 0.001…0.999 so a certain 0 or 1 stays finite.
    public static func logit(_ p: Double) -> Double {
        let clamped = min(0.999, max(0.001, p))
        return log(clamped / (1 - clamped))
    }
    public static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}
