/// The features of each token of one sentence for `NameTagger`: the word and its neighbours,
/// word shape, affixes, lexicon hits, place hints, word classes, word clusters and, when known,
/// part-of-speech tags. Features that do not depend on earlier decisions are hashed once per sentence.
///
/// A feature is the FNV-1a hash of a string such as `w-1w=the|house` (the model file is keyed so),
/// but the string is never built: `FeatureHasher` is fed its pieces.
struct NameFeatures {
    /// The fixed features of token `i` are `fixed[starts[i]..<starts[i + 1]]`.
    private var fixed: [UInt64] = []
    private var starts: [Int] = [0]
    private let shapes: [String]
    private let lowered: [String]

    /// Values before the first and after the last token, two deep for the word window.
    private static let before = "<s>", after = "</s>", none = "-"

    init(words: [String], pos: [String]?, lexicon: Lexicon, classes: WordClasses) {
        lowered = words.map { $0.lowercased() }
        shapes = words.map(Self.shape)
        let folded = lowered.map(Lexicon.straightened)
        let gazetteer = Self.gazetteer(words, lowered: lowered, folded: folded, lexicon: lexicon)
        let hints = lexicon.hints.marks(words, folded: folded)
        let proper = lowered.map(classes.label)
        let clusters = lowered.map(classes.cluster)
        let count = words.count
        // Windows padded on both sides, so token i's neighbour at offset d is `window[i + 2 + d]`.
        func padded(_ values: [String], before: String, after: String) -> [String] {
            [before, before] + values + [after, after]
        }
        let word = padded(lowered, before: Self.before, after: Self.after)
        let shape = padded(shapes, before: Self.before, after: Self.after)
        let lex = padded(gazetteer, before: Self.none, after: Self.none)
        let hint = padded(hints, before: Self.none, after: Self.none)
        let pc = padded(proper, before: Self.none, after: Self.none)
        let cluster = padded(clusters.map(\.fine), before: Self.before, after: Self.after)
        let tag = pos.map { pos in padded((0..<count).map { pos.indices.contains($0) ? pos[$0] : Self.after }, before: Self.before, after: Self.after) }
        let p = Prefixes.shared
        fixed.reserveCapacity(count * 50)
        starts.reserveCapacity(count + 1)
        for i in 0..<count {
            let c = i + 2  // token i in the padded windows
            let lower = lowered[i], ownShape = shapes[i], ownLex = gazetteer[i], ownHint = hints[i], ownClass = proper[i]
            let coarse = clusters[i].coarse
            fixed.append(contentsOf: [
                p.bias, p.w.adding(lower), p.s.adding(ownShape),
                p.wPrev.adding(word[c - 1]), p.wNext.adding(word[c + 1]), p.wPrev2.adding(word[c - 2]), p.wNext2.adding(word[c + 2]),
                p.sPrev.adding(shape[c - 1]), p.sNext.adding(shape[c + 1]),
                p.sPrevS.adding(shape[c - 1], ownShape), p.sSNext.adding(ownShape, shape[c + 1]),
                p.wPrevW.adding(word[c - 1], lower), p.wWNext.adding(lower, word[c + 1]),
                p.g.adding(ownLex), p.gPrev.adding(lex[c - 1]), p.gNext.adding(lex[c + 1]),
                p.gPrevG.adding(lex[c - 1], ownLex), p.gGNext.adding(ownLex, lex[c + 1]),
                p.h.adding(ownHint), p.hPrev.adding(hint[c - 1]), p.hNext.adding(hint[c + 1]), p.hS.adding(ownHint, ownShape),
                p.pc.adding(ownClass), p.pcPrev.adding(pc[c - 1]), p.pcNext.adding(pc[c + 1]), p.pcS.adding(ownClass, ownShape),
                p.pcPrevPc.adding(pc[c - 1], ownClass), p.pcPcNext.adding(ownClass, pc[c + 1]),
                p.k.adding(clusters[i].fine), p.kc.adding(coarse), p.kPrev.adding(cluster[c - 1]), p.kNext.adding(cluster[c + 1]),
                p.kcS.adding(coarse, ownShape),
            ])
            if i == 0 { fixed.append(p.firstS.adding(ownShape)) }
            if words[i] != lower { fixed.append(p.cw.adding(words[i])) }
            appendAffixes(of: lower)
            if let tag {
                fixed.append(contentsOf: [
                    p.t.adding(tag[c]), p.tPrev.adding(tag[c - 1]), p.tNext.adding(tag[c + 1]),
                    p.tPrevT.adding(tag[c - 1], tag[c]), p.tTNext.adding(tag[c], tag[c + 1]), p.tS.adding(tag[c], ownShape),
                ])
            }
            starts.append(fixed.count)
        }
    }

    /// `p1=`…`p4=` and `x1=`…`x4=`: the word's first and last one to four characters, each only
    /// when the word is longer than that.
    private mutating func appendAffixes(of lower: String) {
        let p = Prefixes.shared
        // In ASCII every character is one byte, except a CR LF pair (never inside a token, but checked).
        if lower.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) {
            var word = lower
            word.withUTF8 { bytes in
                let count = bytes.count
                for n in 1...4 where count > n {
                    var first = p.affixPrefix[n - 1], last = p.affixSuffix[n - 1]
                    for k in 0..<n { first.add(bytes[k]) }
                    for k in (count - n)..<count { last.add(bytes[k]) }
                    fixed.append(first.hash)
                    fixed.append(last.hash)
                }
            }
        } else {
            let characters = Array(lower)
            for n in 1...4 where characters.count > n {
                fixed.append(p.affixPrefix[n - 1].adding(String(characters.prefix(n))))
                fixed.append(p.affixSuffix[n - 1].adding(String(characters.suffix(n))))
            }
        }
    }

    /// The features of token `i` that depend on the labels chosen for the two tokens before it
    /// (`previous` labels, -1 before the sentence), in the order `vector` lists them.
    func history(at i: Int, previous1: Int, previous2: Int) -> (UInt64, UInt64, UInt64, UInt64) {
        let p = Prefixes.shared
        let one = previous1 + 1, two = previous2 + 1
        return (p.yPrev[one], p.yPrev2yPrev[two * Prefixes.labelValues + one],
                p.yPrevS[one].adding(shapes[i]), p.yPrevW[one].adding(lowered[i]))
    }

    /// The fixed features of token `i`.
    func fixedFeatures(at i: Int) -> ArraySlice<UInt64> { fixed[starts[i]..<starts[i + 1]] }

    /// All features of token `i` given the labels already chosen for the tokens before it.
    func vector(at i: Int, previous: [Int]) -> [UInt64] {
        let h = history(at: i, previous1: i >= 1 ? previous[i - 1] : -1, previous2: i >= 2 ? previous[i - 2] : -1)
        return Array(fixedFeatures(at: i)) + [h.0, h.1, h.2, h.3]
    }

    /// The hasher states after each feature's name (`w-1w=`), computed once.
    private final class Prefixes: Sendable {
        static let shared = Prefixes()
        /// Label values in history features: -1 (none) through the last label.
        static let labelValues = NameTagger.labels.count + 1

        let bias = fnv1a("b")
        let w = FeatureHasher("w="), s = FeatureHasher("s=")
        let wPrev = FeatureHasher("w-1="), wNext = FeatureHasher("w+1="), wPrev2 = FeatureHasher("w-2="), wNext2 = FeatureHasher("w+2=")
        let sPrev = FeatureHasher("s-1="), sNext = FeatureHasher("s+1="), sPrevS = FeatureHasher("s-1s="), sSNext = FeatureHasher("ss+1=")
        let wPrevW = FeatureHasher("w-1w="), wWNext = FeatureHasher("ww+1=")
        let g = FeatureHasher("g="), gPrev = FeatureHasher("g-1="), gNext = FeatureHasher("g+1=")
        let gPrevG = FeatureHasher("g-1g="), gGNext = FeatureHasher("gg+1=")
        let h = FeatureHasher("h="), hPrev = FeatureHasher("h-1="), hNext = FeatureHasher("h+1="), hS = FeatureHasher("hs=")
        let pc = FeatureHasher("pc="), pcPrev = FeatureHasher("pc-1="), pcNext = FeatureHasher("pc+1="), pcS = FeatureHasher("pcs=")
        let pcPrevPc = FeatureHasher("pc-1pc="), pcPcNext = FeatureHasher("pcpc+1=")
        let k = FeatureHasher("k="), kc = FeatureHasher("kc="), kPrev = FeatureHasher("k-1="), kNext = FeatureHasher("k+1=")
        let kcS = FeatureHasher("kcs=")
        let firstS = FeatureHasher("first|s="), cw = FeatureHasher("cw=")
        // One closure per declaration: two in one `let` gave both the first one's values (Swift 6.1, -O).
        let affixPrefix = (1...4).map { FeatureHasher("p\($0)=") }
        let affixSuffix = (1...4).map { FeatureHasher("x\($0)=") }
        let t = FeatureHasher("t="), tPrev = FeatureHasher("t-1="), tNext = FeatureHasher("t+1=")
        let tPrevT = FeatureHasher("t-1t="), tTNext = FeatureHasher("tt+1="), tS = FeatureHasher("ts=")
        /// Indexed by label + 1.
        let yPrev = (-1..<(labelValues - 1)).map { fnv1a("y-1=\($0)") }
        let yPrevS = (-1..<(labelValues - 1)).map { FeatureHasher("y-1s=\($0)|") }
        let yPrevW = (-1..<(labelValues - 1)).map { FeatureHasher("y-1w=\($0)|") }
        /// Indexed by (label two back + 1) × `labelValues` + label one back + 1.
        let yPrev2yPrev = (-1..<(labelValues - 1)).flatMap { two in (-1..<(labelValues - 1)).map { one in fnv1a("y-2y-1=\(two)|\(one)") } }
    }

    /// `Xxxx` → `Xx`, `U.S.` → `X.X.`, `1999` → `d`: character classes with repeats collapsed.
    static func shape(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) { return asciiShape(word) }
        var shape = ""
        var last: Character = " "
        for character in word {
            let mapped: Character = character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d" : character
            if mapped != last { shape.append(mapped) }
            last = mapped
        }
        return shape
    }

    /// `shape` of a word of ASCII characters other than CR, each one byte: read byte by byte
    /// rather than through Unicode character properties.
    private static func asciiShape(_ word: String) -> String {
        var bytes: [UInt8] = []
        var last = UInt8(ascii: " ")  // as `shape` starts
        for byte in word.utf8 {
            let mapped: UInt8 = switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(ascii: "X")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt8(ascii: "x")
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(ascii: "d")
            default: byte
            }
            if mapped != last { bytes.append(mapped) }
            last = mapped
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Per token, what the lexicon says: inside a known name (`B-place`, `I-organization`), a
    /// demonym, or a title, organisation, event or product word; `-` otherwise. `lowered` and
    /// `folded` are the words lower-cased and folded as `Lexicon.foldWord` does.
    static func gazetteer(_ words: [String], lowered: [String], folded: [String], lexicon: Lexicon) -> [String] {
        var marks = lexicon.table.marks(words, folded: folded)
        for i in words.indices where marks[i] == "-" {
            let lower = lowered[i]
            if lexicon.country(ofLowercasedDemonym: lower) != nil { marks[i] = "demonym" }
            else if lexicon.titleWords.contains(lower) { marks[i] = "title" }
            else if lexicon.organizationWords.contains(lower) { marks[i] = "orgword" }
            else if lexicon.eventWords.contains(lower) { marks[i] = "eventword" }
            else if lexicon.productWords.contains(lower) { marks[i] = "productword" }
        }
        return marks
    }
}
