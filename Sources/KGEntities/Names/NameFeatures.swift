/// The features of each token of one sentence for `NameTagger`: the word and its neighbours,
/// word shape, affixes, lexicon hits, place hints, word classes, word clusters and, when known,
/// part-of-speech tags. Features that do not depend on earlier decisions are hashed once per sentence.
struct NameFeatures {
    private var fixed: [[UInt64]] = []
    private let shapes: [String]
    private let lowered: [String]

    init(words: [String], pos: [String]?, lexicon: Lexicon, classes: WordClasses) {
        lowered = words.map { $0.lowercased() }
        shapes = words.map(Self.shape)
        let gazetteer = Self.gazetteer(words, lexicon: lexicon)
        let hints = lexicon.hints.marks(words)
        func hint(_ i: Int) -> String { words.indices.contains(i) ? hints[i] : "-" }
        func word(_ i: Int) -> String { words.indices.contains(i) ? lowered[i] : (i < 0 ? "<s>" : "</s>") }
        func shape(_ i: Int) -> String { words.indices.contains(i) ? shapes[i] : (i < 0 ? "<s>" : "</s>") }
        func tag(_ i: Int) -> String { pos.flatMap { $0.indices.contains(i) ? $0[i] : nil } ?? (i < 0 ? "<s>" : "</s>") }
        func lex(_ i: Int) -> String { words.indices.contains(i) ? gazetteer[i] : "-" }
        let proper = lowered.map(classes.label)
        let clusters = lowered.map(classes.cluster)
        func cluster(_ i: Int) -> String { words.indices.contains(i) ? clusters[i].fine : (i < 0 ? "<s>" : "</s>") }
        func pc(_ i: Int) -> String { words.indices.contains(i) ? proper[i] : "-" }
        for i in words.indices {
            let w = words[i]
            let lower = lowered[i]
            var names = [
                "b", "w=" + lower, "s=" + shapes[i],
                "w-1=" + word(i - 1), "w+1=" + word(i + 1), "w-2=" + word(i - 2), "w+2=" + word(i + 2),
                "s-1=" + shape(i - 1), "s+1=" + shape(i + 1),
                "s-1s=" + shape(i - 1) + "|" + shapes[i], "ss+1=" + shapes[i] + "|" + shape(i + 1),
                "w-1w=" + word(i - 1) + "|" + lower, "ww+1=" + lower + "|" + word(i + 1),
                "g=" + lex(i), "g-1=" + lex(i - 1), "g+1=" + lex(i + 1),
                "g-1g=" + lex(i - 1) + "|" + lex(i), "gg+1=" + lex(i) + "|" + lex(i + 1),
                "h=" + hints[i], "h-1=" + hint(i - 1), "h+1=" + hint(i + 1), "hs=" + hints[i] + "|" + shapes[i],
                "pc=" + proper[i], "pc-1=" + pc(i - 1), "pc+1=" + pc(i + 1), "pcs=" + proper[i] + "|" + shapes[i],
                "pc-1pc=" + pc(i - 1) + "|" + proper[i], "pcpc+1=" + proper[i] + "|" + pc(i + 1),
                "k=" + clusters[i].fine, "kc=" + clusters[i].coarse, "k-1=" + cluster(i - 1), "k+1=" + cluster(i + 1),
                "kcs=" + clusters[i].coarse + "|" + shapes[i],
            ]
            if i == 0 { names.append("first|s=" + shapes[i]) }
            if w != lower { names.append("cw=" + w) }
            let scalars = Array(lower)
            for n in 1...4 where scalars.count > n {
                names.append("p\(n)=" + String(scalars.prefix(n)))
                names.append("x\(n)=" + String(scalars.suffix(n)))
            }
            if pos != nil {
                names.append("t=" + tag(i))
                names.append("t-1=" + tag(i - 1))
                names.append("t+1=" + tag(i + 1))
                names.append("t-1t=" + tag(i - 1) + "|" + tag(i))
                names.append("tt+1=" + tag(i) + "|" + tag(i + 1))
                names.append("ts=" + tag(i) + "|" + shapes[i])
            }
            fixed.append(names.map { fnv1a($0) })
        }
    }

    /// All features of token `i` given the labels already chosen for the tokens before it.
    func vector(at i: Int, previous: [Int]) -> [UInt64] {
        let p1 = i >= 1 ? previous[i - 1] : -1
        let p2 = i >= 2 ? previous[i - 2] : -1
        return fixed[i] + [
            fnv1a("y-1=\(p1)"),
            fnv1a("y-2y-1=\(p2)|\(p1)"),
            fnv1a("y-1s=\(p1)|" + shapes[i]),
            fnv1a("y-1w=\(p1)|" + lowered[i]),
        ]
    }

    /// `Xxxx` → `Xx`, `U.S.` → `X.X.`, `1999` → `d`: character classes with repeats collapsed.
    static func shape(_ word: String) -> String {
        var shape = ""
        var last: Character = " "
        for character in word {
            let mapped: Character = character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d" : character
            if mapped != last { shape.append(mapped) }
            last = mapped
        }
        return shape
    }

    /// Per token, what the lexicon says: inside a known name (`B-place`, `I-organization`), a
    /// demonym, or a title, organisation, event or product word; `-` otherwise.
    static func gazetteer(_ words: [String], lexicon: Lexicon) -> [String] {
        var marks = lexicon.table.marks(words)
        for i in words.indices where marks[i] == "-" {
            let lower = words[i].lowercased()
            if lexicon.country(ofDemonym: lower) != nil { marks[i] = "demonym" }
            else if lexicon.titleWords.contains(lower) { marks[i] = "title" }
            else if lexicon.organizationWords.contains(lower) { marks[i] = "orgword" }
            else if lexicon.eventWords.contains(lower) { marks[i] = "eventword" }
            else if lexicon.productWords.contains(lower) { marks[i] = "productword" }
        }
        return marks
    }
}
