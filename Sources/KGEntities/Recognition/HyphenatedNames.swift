import KGLanguage

/// The tokenizer splits hyphens as the treebank does (`Jay - Z`, `Roc - A - Fella`, `G - Unit`), but
/// a hyphen written without spaces between two capitalised pieces (or digits) joins one name: a
/// name's span takes in every such piece. A lower-case piece is a compound's other half
/// (`London-based`, `Swiss-owned`), so it is left out, and so, for now, is `Blu-ray`.
enum HyphenatedNames {
    static func extended(_ range: Range<Int>, in tokens: [Token]) -> Range<Int> {
        func joined(_ hyphen: Int) -> Bool {
            hyphen > 0 && hyphen + 1 < tokens.count && tokens[hyphen].text == "-"
                && tokens[hyphen - 1].end == tokens[hyphen].start && tokens[hyphen].end == tokens[hyphen + 1].start
                && startsName(tokens[hyphen - 1].text) && startsName(tokens[hyphen + 1].text)
        }
        var (start, end) = (range.lowerBound, range.upperBound)
        while end < tokens.count, joined(end) { end += 2 }
        while start >= 2, joined(start - 1) { start -= 2 }
        return start..<end
    }

    private static func startsName(_ word: String) -> Bool {
        word.first.map { $0.isUppercase || $0.isNumber } ?? false
    }

    /// Candidates widened over their hyphens; a candidate swallowed by a widened one goes.
    static func widened(_ candidates: [Candidate], in tokens: [Token]) -> [Candidate] {
        var result: [Candidate] = []
        for var candidate in candidates.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            candidate.tokens = extended(candidate.tokens, in: tokens)
            if let last = result.last, last.tokens.overlaps(candidate.tokens) {
                result[result.count - 1].tokens = last.tokens.lowerBound..<max(last.tokens.upperBound, candidate.tokens.upperBound)
            } else {
                result.append(candidate)
            }
        }
        return result
    }
}
