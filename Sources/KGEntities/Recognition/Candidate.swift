import KGCore
import KGLanguage

/// A name found in one sentence before resolution: its tokens, its best type so far and how
/// sure that type is.
struct Candidate: Hashable {
    var sentence: Int
    var tokens: Range<Int>
    var type: EntityType
    var evidence: TypeEvidence
    /// The lexicon's canonical name (`United States` for `U.S.`), when the lexicon knows it.
    var canonical: String?
    /// An all-capitals word nothing else recognised: kept only if resolution finds what it
    /// abbreviates in the text.
    var provisional = false

    /// How a type was decided; stronger evidence wins when mentions of one entity disagree.
    enum TypeEvidence: Int, Comparable {
        case tagger = 1, cue = 2, lexicon = 3
        static func < (a: TypeEvidence, b: TypeEvidence) -> Bool { a.rawValue < b.rawValue }
    }
}

extension Sentence {
    /// The text of `tokens` as written in the sentence (original spacing kept).
    func surface(_ tokens: Range<Int>) -> String {
        guard let first = self.tokens[tokens].first, let last = self.tokens[tokens].last else { return "" }
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: max(0, first.start - start), limitedBy: scalars.endIndex) ?? scalars.endIndex
        let to = scalars.index(scalars.startIndex, offsetBy: max(0, last.end - start), limitedBy: scalars.endIndex) ?? scalars.endIndex
        guard from <= to else { return self.tokens[tokens].map(\.text).joined(separator: " ") }
        return String(scalars[from..<to])
    }
}

extension String {
    /// Folded for comparing names: lower case, straight apostrophes, no leading `the`.
    var nameKey: String {
        let lower = lowercased()
        // Foundation's replacement is slow and most names have no curly apostrophe.
        var key = lower.unicodeScalars.contains("\u{2019}") ? lower.replacingOccurrences(of: "\u{2019}", with: "'") : lower
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }

    var startsUppercase: Bool { first?.isUppercase ?? false }

    var isPossessive: Bool { self == "'s" || self == "\u{2019}s" || self == "'" || self == "\u{2019}" }
}
