import Foundation

// Payload layouts of the three model files (see `ModelFile` for the container).

extension Tagger {
    /// tagger.kgm: upos [String], xpos [String], dictionary forms [UInt64], dictionary classes [UInt8],
    /// ambiguity-class words [UInt64] (lowercase hashes), their classes [UInt64],
    /// first-pass weights, UInt8 1 if a second pass follows, second-pass weights.
    func write(to url: URL) throws {
        var writer = ModelWriter()
        writer.write(upos)
        writer.write(xpos)
        writer.write(dictionary.entries.map(\.word))
        writer.write(dictionary.entries.map(\.value))
        writer.write(ambiguity.table.entries.map(\.word))
        writer.write(ambiguity.table.entries.map(\.value))
        weights.write(to: &writer)
        writer.write(UInt8(refinement == nil ? 0 : 1))
        refinement?.write(to: &writer)
        try ModelFile.write(.tagger, payload: writer, to: url)
    }

    init(contentsOf url: URL) throws {
        var reader = try ModelFile.read(.tagger, from: url)
        let upos = try reader.readStrings(), xpos = try reader.readStrings()
        let forms: [UInt64] = try reader.readArray(), classes: [UInt8] = try reader.readArray()
        let ambiguousWords: [UInt64] = try reader.readArray(), ambiguityClasses: [UInt64] = try reader.readArray()
        let weights = try SparseWeights.read(from: &reader)
        let refinement = try (reader.read() as UInt8) == 1 ? SparseWeights.read(from: &reader) : nil
        guard upos.count == xpos.count, upos.count == weights.classCount, forms.count == classes.count,
              refinement.map({ $0.classCount == weights.classCount }) ?? true,
              classes.allSatisfy({ Int($0) < upos.count }), !upos.isEmpty, ambiguousWords.count == ambiguityClasses.count
        else { throw reader.fail("inconsistent tagger tables") }
        self.init(upos: upos, xpos: xpos, weights: weights, refinement: refinement,
                  dictionary: TagDictionary(Dictionary(zip(forms, classes), uniquingKeysWith: { a, _ in a })),
                  ambiguity: AmbiguityClasses(table: WordTable(Dictionary(zip(ambiguousWords, ambiguityClasses),
                                                                          uniquingKeysWith: { a, _ in a }))))
    }
}

extension Parser {
    /// parser.kgm: labels [String], tags [String], weights.
    func write(to url: URL) throws {
        var writer = ModelWriter()
        writer.write(labels)
        writer.write(tags)
        weights.write(to: &writer)
        try ModelFile.write(.parser, payload: writer, to: url)
    }

    init(contentsOf url: URL) throws {
        var reader = try ModelFile.read(.parser, from: url)
        let labels = try reader.readStrings(), tags = try reader.readStrings()
        let weights = try SparseWeights.read(from: &reader)
        guard !labels.isEmpty, labels.contains("root"), weights.classCount == 1 + 2 * labels.count
        else { throw reader.fail("inconsistent parser tables") }
        self.init(labels: labels, tags: tags, weights: weights)
    }
}

extension Lemmatizer {
    /// lemmas.kgm: exception keys [String], exception lemmas [String], rule keys [String],
    /// rule cuts [UInt8], rule appends [String]; keys sorted so files are reproducible.
    func write(to url: URL) throws {
        var writer = ModelWriter()
        let exceptions = self.exceptions.sorted { $0.key < $1.key }
        writer.write(exceptions.map(\.key))
        writer.write(exceptions.map(\.value))
        let rules = self.rules.sorted { $0.key < $1.key }
        writer.write(rules.map(\.key))
        writer.write(rules.map { UInt8(min(255, $0.value.cut)) })
        writer.write(rules.map(\.value.append))
        try ModelFile.write(.lemmatizer, payload: writer, to: url)
    }

    init(contentsOf url: URL) throws {
        var reader = try ModelFile.read(.lemmatizer, from: url)
        let keys = try reader.readStrings(), lemmas = try reader.readStrings()
        let ruleKeys = try reader.readStrings(), cuts: [UInt8] = try reader.readArray(), appends = try reader.readStrings()
        guard keys.count == lemmas.count, ruleKeys.count == cuts.count, cuts.count == appends.count
        else { throw reader.fail("inconsistent lemma tables") }
        self.init(exceptions: Dictionary(zip(keys, lemmas), uniquingKeysWith: { a, _ in a }),
                  rules: Dictionary(zip(ruleKeys, zip(cuts, appends).map { Edit(cut: Int($0), append: $1) }),
                                    uniquingKeysWith: { a, _ in a }))
    }
}
