import KGCore
import KGLanguage
import KGReader

extension SentenceSplitter.Segmentation {
    /// One warning for an article in which runs of words without a sentence end were cut,
    /// quoting where the first one begins so the user can find it.
    func warnings(source: String, maximumTokens: Int) -> [ReadProblem] {
        guard let first = cut.first else { return [] }
        let opening = sentences[first].tokens.prefix(8).map(\.text).joined(separator: " ")
        let count = cut.count == 1 ? "a sentence" : "\(cut.count) sentences"
        return [ReadProblem(source: source, reason: "\(count) longer than \(maximumTokens) tokens without a sentence end "
                            + "cut into pieces (the first begins \"\(opening)…\")", severity: .warning)]
    }
}
