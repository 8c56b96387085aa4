/// Part-of-speech tagger: an averaged perceptron over word, affix, shape and context features,
/// predicting the (UPOS, XPOS) pair as one class so the two tags always agree. Frequent words
/// seen (almost) always with one tag take it from a tag dictionary.
///
/// Tagging runs two greedy left-to-right passes: the second (`refinement`) also sees the first
/// pass's guesses for the words to the right, which a single left-to-right pass cannot know.
/// Words the first pass is sure of (`settledMargin`) keep its tag. Both passes see the ambiguity
/// classes of the word and the two after it.
struct Tagger: Sendable {
    /// UPOS and XPOS of each class.
    let upos: [String]
    let xpos: [String]
    let weights: SparseWeights
    let refinement: SparseWeights?
    /// Form hash → class, for frequent unambiguous words.
    let dictionary: TagDictionary
    let ambiguity: AmbiguityClasses

    var classCount: Int { upos.count }

    /// Class ids of the words of `words` (padded with `WordFeatures.padding` sentinels per side).
    func tag(_ words: [WordFeatures]) -> [Int] {
        var words = words
        ambiguity.annotate(&words)
        let count = words.count - 2 * WordFeatures.padding
        var settled = [Bool](repeating: false, count: count)
        // Scores are in units of `smallest / 8` (see `ScoringTable.levels`).
        let margin = Int32((Tagger.settledMargin * 8 / weights.smallest).rounded())
        var scores = [Int32](repeating: 0, count: classCount)
        return scores.withUnsafeMutableBufferPointer { scores in
            let first = Tagger.decode(words, guesses: nil, classCount: classCount, dictionary: dictionary) { i, features in
                weights.score(features, into: scores)
                var best = 0, second = -1
                for c in 1..<scores.count {
                    if scores[c] > scores[best] { second = best; best = c } else if second < 0 || scores[c] > scores[second] { second = c }
                }
                settled[i] = second < 0 || scores[best] - scores[second] >= margin
                return best
            }
            guard let refinement else { return first }
            return Tagger.decode(words, guesses: first, settled: settled, classCount: classCount, dictionary: dictionary) { _, features in
                refinement.score(features, into: scores)
                var best = 0
                for c in 1..<scores.count where scores[c] > scores[best] { best = c }
                return best
            }
        }
    }

    /// A first-pass tag that beats the runner-up by this much (in perceptron updates) is final:
    /// the second pass would almost never change it (on EWT dev skipping those words costs no
    /// accuracy and makes tagging about 1.4 times faster).
    static let settledMargin: Float = 10

    /// The greedy decoding loop shared by tagging and training: `choose` picks a class from the
    /// features of one position (and its index). `guesses` are a previous pass's tags, if any;
    /// positions marked in `settled` keep them.
    @inline(__always)
    static func decode(_ words: [WordFeatures], guesses: [Int]?, settled: [Bool]? = nil, classCount: Int, dictionary: TagDictionary,
                       choose: (Int, UnsafeBufferPointer<UInt64>) -> Int) -> [Int] {
        let count = words.count - 2 * WordFeatures.padding
        var tags = [Int](repeating: 0, count: count)
        var buffer = [UInt64](repeating: 0, count: featureCount)
        let context = guesses.map { [classCount + 1, classCount + 1] + $0 + [classCount + 2, classCount + 2] }
        words.withUnsafeBufferPointer { words in
            buffer.withUnsafeMutableBufferPointer { buffer in
                var p1 = classCount, p2 = classCount + 1
                for i in 0..<count {
                    let tag: Int
                    if let known = dictionary[words[i + WordFeatures.padding].form] {
                        tag = Int(known)
                    } else if let settled, settled[i], let guesses {
                        tag = guesses[i]
                    } else {
                        var n = features(i, words: words, p1: p1, p2: p2, into: buffer)
                        if let context {
                            n += context.withUnsafeBufferPointer { guessFeatures(i, words: words, p1: p1, guesses: $0, into: buffer, at: n) }
                        }
                        tag = choose(i, UnsafeBufferPointer(rebasing: buffer[0..<n]))
                    }
                    tags[i] = tag
                    p2 = p1
                    p1 = tag
                }
            }
        }
        return tags
    }

    static let featureCount = 46

    /// Writes the features of word `i` (0-based, unpadded) given the two previous tags.
    @inline(__always)
    static func features(_ i: Int, words: UnsafeBufferPointer<WordFeatures>, p1: Int, p2: Int,
                         into f: UnsafeMutableBufferPointer<UInt64>) -> Int {
        let j = i + WordFeatures.padding
        let w = words[j], l1 = words[j - 1], l2 = words[j - 2], r1 = words[j + 1], r2 = words[j + 2]
        let t1 = UInt64(p1), t2 = UInt64(p2)
        typealias H = FeatureHash
        f[0] = H.key(0, 0)
        f[1] = H.key(1, w.lower)
        f[2] = H.key(2, w.form)
        f[3] = H.key(3, w.suffix1)
        f[4] = H.key(4, w.suffix2)
        f[5] = H.key(5, w.suffix3)
        f[6] = H.key(6, w.suffix4)
        f[7] = H.key(7, w.prefix1)
        f[8] = H.key(8, w.prefix2)
        f[9] = H.key(9, w.prefix3)
        f[10] = H.key(10, w.prefix4)
        f[11] = H.key(11, w.shape)
        f[12] = H.key(12, t1)
        f[13] = H.key(13, t2, t1)
        f[14] = H.key(14, t1, w.lower)
        f[15] = H.key(15, l1.lower)
        f[16] = H.key(16, l1.suffix3)
        f[17] = H.key(17, l2.lower)
        f[18] = H.key(18, r1.lower)
        f[19] = H.key(19, r1.suffix3)
        f[20] = H.key(20, r2.lower)
        f[21] = H.key(21, l1.lower, w.lower)
        f[22] = H.key(22, w.lower, r1.lower)
        f[23] = H.key(23, r1.shape)
        f[24] = H.key(24, l1.shape)
        f[25] = H.key(25, w.flags, i == 0 ? 1 : 0)
        f[26] = H.key(26, t1, w.suffix3)
        f[27] = H.key(27, t2)
        f[28] = H.key(28, r2.suffix3)
        f[29] = H.key(29, t1, r1.lower)
        f[30] = H.key(30, w.suffix3, r1.suffix3)
        f[31] = H.key(31, l1.suffix3, w.suffix3)
        f[32] = H.key(32, w.ambiguity)
        f[33] = H.key(33, r1.ambiguity)
        f[34] = H.key(34, w.ambiguity, r1.ambiguity)
        f[35] = H.key(35, t1, w.ambiguity)
        f[36] = H.key(36, r1.ambiguity, r2.ambiguity)
        return 37
    }

    /// Extra features of the second pass: the first pass's tags around word `i`.
    @inline(__always)
    static func guessFeatures(_ i: Int, words: UnsafeBufferPointer<WordFeatures>, p1: Int,
                              guesses g: UnsafeBufferPointer<Int>, into f: UnsafeMutableBufferPointer<UInt64>, at k: Int) -> Int {
        let j = i + WordFeatures.padding
        let w = words[j]
        let g0 = UInt64(g[j]), g1 = UInt64(g[j + 1]), g2 = UInt64(g[j + 2]), t1 = UInt64(p1)
        typealias H = FeatureHash
        f[k] = H.key(40, g0)
        f[k + 1] = H.key(41, g1)
        f[k + 2] = H.key(42, g1, g2)
        f[k + 3] = H.key(43, t1, g1)
        f[k + 4] = H.key(44, w.lower, g1)
        f[k + 5] = H.key(45, w.suffix3, g1)
        f[k + 6] = H.key(46, t1, g0, g1)
        f[k + 7] = H.key(47, g0, w.lower)
        f[k + 8] = H.key(48, words[j + 1].lower, g2)
        return 9
    }
}
