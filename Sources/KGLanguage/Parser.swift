/// Greedy transition-based dependency parser: arc-hybrid transitions scored by an averaged
/// perceptron over Zhang & Nivre (2011)-style features of words, tags, dependents, distances,
/// valencies and label sets; labels are part of the actions.
struct Parser: Sendable {
    /// Universal Dependencies relations, by label id.
    let labels: [String]
    /// The tag classes the parser was trained with ("UPOS\tXPOS"), which must be the tagger's.
    let tags: [String]
    let weights: SparseWeights
    /// Tag id → id of its UPOS, a coarser tag the features also use.
    let coarse: [Int]

    init(labels: [String], tags: [String], weights: SparseWeights) {
        self.labels = labels
        self.tags = tags
        self.weights = weights
        coarse = Parser.coarse(tags)
    }

    static func coarse(_ tags: [String]) -> [Int] {
        var ids: [Substring: Int] = [:]
        return tags.map { tag in
            let upos = tag.split(separator: "\t", omittingEmptySubsequences: false)[0]
            if let id = ids[upos] { return id }
            ids[upos] = ids.count
            return ids.count - 1
        }
    }

    var rootLabel: Int { labels.firstIndex(of: "root") ?? 0 }

    /// Sentences longer than this are parsed in consecutive pieces so time stays linear.
    static let maximumLength = 300

    /// Heads (-1 for the root) and label ids of `words` (lowercase hashes) tagged with `tags`.
    func parse(words: [UInt64], tags: [Int]) -> (heads: [Int], labels: [Int]) {
        let weights = self.weights
        var scores = [Int32](repeating: 0, count: 1 + 2 * labels.count)
        return scores.withUnsafeMutableBufferPointer { scores in
            Parser.decodeInPieces(words: words, tags: tags, coarse: coarse, labelCount: labels.count, rootLabel: rootLabel,
                                  joinLabel: labels.firstIndex(of: "parataxis") ?? rootLabel) { state, features in
                weights.score(features, into: scores)
                return Parser.best(scores, state: state)
            }
        }
    }

    @inline(__always) static func best<T: Comparable>(_ scores: UnsafeMutableBufferPointer<T>, state: ArcHybrid) -> Int {
        var best = -1
        for action in 0..<scores.count where state.isLegal(action) {
            if best < 0 || scores[action] > scores[best] { best = action }
        }
        return best
    }

    /// Parses `words` in pieces of at most `maximumLength`, each taking the action `choose` picks
    /// (the best legal one); a state with one legal action takes it without features or `choose`.
    static func decodeInPieces(words: [UInt64], tags: [Int], coarse: [Int], labelCount: Int, rootLabel: Int, joinLabel: Int,
                               choose: (ArcHybrid, UnsafeBufferPointer<UInt64>) -> Int) -> (heads: [Int], labels: [Int]) {
        var heads: [Int] = [], labels: [Int] = []
        var firstRoot = -1
        var start = 0
        while start < words.count {
            let end = min(words.count, start + maximumLength)
            let piece = decode(words: Array(words[start..<end]), tags: Array(tags[start..<end]), coarse: coarse, labelCount: labelCount,
                               rootLabel: rootLabel, skippingForced: true, choose: choose)
            for (i, head) in piece.heads.enumerated() {
                if head < 0 {
                    if firstRoot < 0 { firstRoot = start + i; heads.append(-1); labels.append(rootLabel) }
                    else { heads.append(firstRoot); labels.append(joinLabel) }
                } else {
                    heads.append(start + head)
                    labels.append(piece.labels[i])
                }
            }
            start = end
        }
        return (heads, labels)
    }

    /// Parses one piece; heads are -1 for the root. With `skippingForced`, a state with one legal
    /// action takes it without asking `choose`; training asks for every state, since each one is a
    /// step of the averaged perceptron.
    static func decode(words: [UInt64], tags: [Int], coarse: [Int], labelCount: Int, rootLabel: Int, skippingForced: Bool = false,
                       choose: (ArcHybrid, UnsafeBufferPointer<UInt64>) -> Int) -> (heads: [Int], labels: [Int]) {
        let n = words.count
        let state = ArcHybrid(count: n, labelCount: labelCount, rootLabel: rootLabel)
        let context = ParserContext(words: words, tags: tags, coarse: coarse)
        var buffer = [UInt64](repeating: 0, count: featureCount)
        buffer.withUnsafeMutableBufferPointer { buffer in
            while !state.isTerminal {
                if skippingForced, let forced = state.forcedAction {
                    state.apply(forced)
                    continue
                }
                let k = features(state, context: context, into: buffer)
                state.apply(choose(state, UnsafeBufferPointer(rebasing: buffer[0..<k])))
            }
        }
        return (state.heads[0..<n].map { $0 == n ? -1 : $0 }, Array(state.labels[0..<n]))
    }
}

/// Words and tags of a sentence as the feature templates see them, the root appended.
struct ParserContext {
    var words: [UInt64]
    var tags: [UInt64]
    var coarse: [UInt64]

    init(words: [UInt64], tags: [Int], coarse table: [Int]) {
        self.words = words + [WordFeatures.root.lower]
        self.tags = tags.map { UInt64($0) } + [0xFFFE]
        coarse = tags.map { $0 < table.count ? UInt64(table[$0]) : 0xFFFD } + [0xFFFE]
    }
}
