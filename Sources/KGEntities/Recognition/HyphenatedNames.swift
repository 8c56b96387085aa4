import KGCore
import KGLanguage

/// The tokenizer splits hyphens as the treebank does (`Jay - Z`, `Roc - A - Fella`, `Blu - ray`), but
/// a hyphen written without spaces inside a name joins one name: a name's span takes in every
/// piece hyphenated onto it: capitalised pieces and digits, a lower-case particle before
/// (`al-Qaeda`), and a lower-case piece after (`Blu-ray`) unless it makes an adjective of the name
/// (`London-based`, `Swiss-owned`, `Paris-style`). Two places hyphenated stay two names
/// (`China-UK` talks are between China and the UK).
enum HyphenatedNames {
    /// Lower-case second halves that make a compound adjective or verb out of a name.
    static let compoundHalves: Set<String> = [
        "based", "owned", "led", "born", "run", "made", "style", "like", "wide", "backed", "funded", "speaking",
        "friendly", "free", "related", "linked", "bound", "controlled", "era", "up", "in", "out", "off", "on",
    ]
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "abu", "de", "van", "von"]


    static func extended(_ range: Range<Int>, in tokens: [Token], lexicon: Lexicon) -> Range<Int> {
        func joined(_ hyphen: Int) -> Bool {
            hyphen > 0 && hyphen + 1 < tokens.count && tokens[hyphen].text == "-"
                && tokens[hyphen - 1].end == tokens[hyphen].start && tokens[hyphen].end == tokens[hyphen + 1].start
                && joins(tokens[hyphen - 1].text, tokens[hyphen + 1].text)
                && !(lexicon.name([tokens[hyphen - 1].text])?.type == .place && lexicon.name([tokens[hyphen + 1].text])?.type == .place)
        }
        var (start, end) = (range.lowerBound, range.upperBound)
        while end < tokens.count, joined(end) { end += 2 }
        while start >= 2, joined(start - 1) { start -= 2 }
        return start..<end
    }

    private static func joins(_ left: String, _ right: String) -> Bool {
        if startsName(left) && startsName(right) { return true }
        if particles.contains(left) { return startsName(right) }
        guard startsName(left), right.allSatisfy(\.isLetter) else { return false }
        return !compoundHalves.contains(right) && !right.hasSuffix("ed") && !right.hasSuffix("ing")
    }

    private static func startsName(_ word: String) -> Bool {
        word.first.map { $0.isUppercase || $0.isNumber } ?? false
    }

    /// Candidates widened over their hyphens; a candidate swallowed by a widened one goes, and one
    /// widened back onto the name before it joins it ("Liam" + "O-Hare": the tagger cut at the hyphen).
    static func widened(_ candidates: [Candidate], in tokens: [Token], lexicon: Lexicon) -> [Candidate] {
        var result: [Candidate] = []
        for var candidate in candidates.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            let start = candidate.tokens.lowerBound
            candidate.tokens = extended(candidate.tokens, in: tokens, lexicon: lexicon)
            if let last = result.last, last.tokens.overlaps(candidate.tokens)
                || candidate.tokens.lowerBound < start && last.tokens.upperBound == candidate.tokens.lowerBound && last.type == candidate.type {
                result[result.count - 1].tokens = last.tokens.lowerBound..<max(last.tokens.upperBound, candidate.tokens.upperBound)
            } else {
                result.append(candidate)
            }
        }
        return result
    }
}
