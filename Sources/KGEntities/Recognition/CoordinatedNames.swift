import KGCore
import KGLanguage

/// Names the tagger missed inside a list of names: "the label's artists include KJ Sol, DMV,
/// Lumora and Avanti". Three or more capitalised items joined by commas and a last `and` or `or`
/// are names of one kind; the items the tagger did see give the kind (when they agree), else it is left to other
/// mentions (the weakest evidence, an organisation). A provisional acronym in such a list is a name.
/// Capitalised common words make no list of names ("Arts, History, Music and Games" on a web page's
/// menu): one item must be a name already, or two hold a word that is rarely a common one; then the
/// rest are names too (`Night Engine` beside `Run-VX` and `Paper Kings`; `Northlight, Meridian and
/// Halcyon Pictures`).
struct CoordinatedNames {
    let finder: NameFinder
    var lexicon: Lexicon { finder.lexicon }

    static let conjunctions: Set<String> = ["and", "or"]

    /// Two names the tagger read as one across their `and` ("Nordtel and Vantek", "Leeds, Derby
    /// County and Arsenal") are split, so that the second is not absorbed by a node named for both.
    /// A name that ends in an organisation word keeps its `and` (`Food and Drug Administration`), as
    /// does one with `of` or `for` before it (`Department of Trade and Industry`) or a side made only of common
    /// words (`Oil and Gas`); the lexicon's names (`Trinidad and Tobago`) never come here.
    func split(_ candidates: [Candidate], words: [String]) -> [Candidate] {
        candidates.flatMap { candidate -> [Candidate] in
            guard candidate.evidence == .tagger,
                  let and = candidate.tokens.first(where: { Self.conjunctions.contains(words[$0]) }),
                  and > candidate.tokens.lowerBound, and + 1 < candidate.tokens.upperBound,
                  !lexicon.organizationWords.contains(words[candidate.tokens.upperBound - 1].lowercased()),
                  !words[candidate.tokens.lowerBound..<and].contains(where: { $0 == "of" || $0 == "for" }) else { return [candidate] }
            let sides = [candidate.tokens.lowerBound..<and, (and + 1)..<candidate.tokens.upperBound]
            // The end of a list ("Leeds, Derby County and Arsenal") is two names even when a side is
            // a common word, which a club or a firm's name often is.
            let start = candidate.tokens.lowerBound
            let endsAList = start >= 2 && words[start - 1] == "," && candidates.contains { $0.tokens.upperBound == start - 1 }
            guard sides.allSatisfy({ side in
                words[side.lowerBound].startsUppercase && (endsAList || side.contains { !finder.isCommonWord(words[$0]) })
            }) else { return [candidate] }
            return sides.map { side in
                var part = candidate
                part.tokens = side
                return part
            }
        }
    }

    func added(to candidates: [Candidate], words: [String], index: Int) -> [Candidate] {
        let lists = lists(words)
        // A headline or line-up capitalises the words around its lists too: they say nothing more.
        let listed = Set(lists.joined().flatMap { Array($0) })
        let around = words.indices.filter { !listed.contains($0) && NameFinder.isWordish(words[$0]) }
        guard around.contains(where: { !words[$0].startsUppercase }),
              Double(around.filter { words[$0].startsUppercase }.count) < 0.6 * Double(around.count) else { return candidates }
        var result = candidates
        for list in lists {
            let items = list.filter { item in
                item.lowerBound > 0 || result.contains { $0.tokens == item && !$0.provisional }
            }
            guard items.count >= 3 else { continue }
            let seen = items.filter { item in result.contains { $0.tokens == item && !$0.provisional } }
            let rare = items.filter { item in
                item.contains { words[$0] != "-" && !finder.isCommonWord(words[$0]) && !NameFinder.determiners.contains(words[$0].lowercased()) }
            }
            guard !seen.isEmpty || rare.count >= 2 else { continue }
            var votes: [EntityType: Int] = [:]
            for item in items {
                if let seen = result.first(where: { $0.tokens == item && !$0.provisional }) { votes[seen.type, default: 0] += 1 }
            }
            // Items the tagger typed apart ("Weather Report" a band, "Chick Corea" a person) make no list of one kind.
            guard votes.count <= 1 else { continue }
            let type = votes.first?.key ?? .organization
            for item in items {
                // A span the tagger found inside or across an item is its reading of a longer phrase
                // ("Mr Blair"): only provisional acronyms give way.
                if result.contains(where: { $0.tokens.overlaps(item) && !$0.provisional }) { continue }
                result.removeAll { $0.tokens.overlaps(item) }
                result.append(Candidate(sentence: index, tokens: item, type: type, evidence: .tagger))
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Runs of capitalised items, each list in text order: an item, then `,` or a conjunction (or
    /// both) before each next item, at least three items.
    func lists(_ words: [String]) -> [[Range<Int>]] {
        var lists: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        var previousEnd = 0
        var i = 0
        while i < words.count {
            guard let item = item(startingAt: i, words) else {
                i += 1
                continue
            }
            if !current.isEmpty, isSeparator(words[previousEnd..<i]) {
                current.append(item)
            } else {
                if current.count >= 3 { lists.append(current) }
                current = [item]
            }
            previousEnd = item.upperBound
            i = item.upperBound
        }
        if current.count >= 3 { lists.append(current) }
        return lists
    }

    private func isSeparator(_ between: ArraySlice<String>) -> Bool {
        let words = Array(between)
        return words == [","] || words.count == 1 && Self.conjunctions.contains(words[0])
            || words.count == 2 && words[0] == "," && Self.conjunctions.contains(words[1])
    }

    /// The capitalised item starting at `start`: capitalised words, hyphens within a word, and lower-case
    /// name particles between them (`Bank of England`), without a leading `The`; never with a title
    /// word ("Prime Minister", "Mr Blair"), never a date alone.
    private func item(startingAt start: Int, _ words: [String]) -> Range<Int>? {
        func capitalised(_ i: Int) -> Bool {
            words[i].startsUppercase && NameFinder.isWordish(words[i])
                || words[i].first?.isNumber == true && words[i].contains(where: \.isLetter)
        }
        guard capitalised(start), start == 0 || !capitalised(start - 1) else { return nil }
        var end = start + 1
        while end < words.count {
            if capitalised(end) || words[end] == "-" && end + 1 < words.count && NameFinder.isWordish(words[end + 1]) {
                end += words[end] == "-" ? 2 : 1
            } else if NameFinder.nameParticles.contains(words[end]), !Self.conjunctions.contains(words[end]),
                      end + 1 < words.count, capitalised(end + 1) {
                end += 2
            } else {
                break
            }
        }
        var range = start..<end
        if range.contains(where: { lexicon.isTitle(words[$0]) }) { return nil }
        if range.count > 1, NameFinder.determiners.contains(words[start].lowercased()) { range = (start + 1)..<end }
        // Outline numbers ("Parts I, II-C-1 and VII") are no names.
        if range.allSatisfy({ words[$0] == "-" || words[$0].count == 1 || words[$0].allSatisfy { "IVXivx".contains($0) || $0.isNumber } }) {
            return nil
        }
        if range.count == 1, Literals.isLiteral(words[start]) { return nil }
        return range
    }
}
