import ArgumentParser
import Foundation
import KGEntities
import KGLanguage
import KGRepair

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate and train entity recognition; rebuild the country lexicons.",
        subcommands: [EntitiesAnalyze.self, EntitiesEval.self, EntitiesTrain.self, EntitiesBuildLexicons.self]
    )
}

struct EntitiesAnalyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show the entities, titles and mentions kg finds in a text file."
    )

    @Argument(help: "A plain-text article.") var file: String
    @Flag(help: "Also list every mention with its sentence and tokens.") var mentions = false
    @Flag(help: "Skip tagging and parsing: names from the name tagger and lexicons alone.") var noParse = false
    @Flag(help: "Print the entities as JSON lines of the extraction contract (kind, name, type, aliases).") var json = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("\(file): cannot read the file")
        }
        var sentences = SentenceSplitter().split(String(decoding: data, as: UTF8.self))
        if !noParse {
            let models = try LanguageModels.load()
            let repair = ParseRepair()
            for i in sentences.indices {
                models.annotate(&sentences[i])
                repair.repair(&sentences[i])
            }
        }
        let analysis = try EntityRecognizer.load().analyze(sentences)
        if json {
            for entity in analysis.entities {
                let object: [String: Any] = ["kind": "entity", "name": entity.name, "type": entity.type.rawValue, "aliases": entity.aliases]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                try printLine(String(decoding: data, as: UTF8.self))
            }
            return
        }
        for entity in analysis.entities {
            let aliases = entity.aliases.isEmpty ? "" : "  (" + entity.aliases.joined(separator: ", ") + ")"
            try printLine("\(entity.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(entity.name)\(aliases)")
        }
        for role in analysis.roles {
            let of = role.of.map { " of " + analysis.entities[$0].name } ?? ""
            try printLine("role         \(analysis.entities[role.entity].name): \(role.title)\(of)")
        }
        if mentions {
            for mention in analysis.mentions {
                try printLine("mention      [\(mention.sentence):\(mention.tokens.lowerBound)-\(mention.tokens.upperBound)] \(mention.text) → \(analysis.entities[mention.entity].name)")
            }
        }
    }
}

struct EntitiesEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score name recognition on a CoNLL-style file with gold tokens.",
        discussion: """
        Reads UNER (index, token, tag; # comments), wikigold (token tag) and CoNLL-2003 \
        (token POS chunk tag; -DOCSTART-) layouts. kg's types are scored as PER (person), \
        LOC (place), ORG (organization) and MISC (object, event); a span counts when its tokens \
        and type both match.
        """
    )

    enum Scheme: String, ExpressibleByArgument, CaseIterable {
        case iob1, iob2
    }

    @Option(help: "The gold file.") var conll: String
    @Option(help: "Tag scheme of the file (iob1 or iob2; both read the same spans).") var scheme: Scheme = .iob2
    @Flag(help: "Print one JSON object instead of a table.") var json = false
    @Flag(help: "List every missed and every spurious span before the figures.") var errors = false
    @Flag(help: "Read each sentence on its own instead of each document as an article.") var eachSentence = false
    @Flag(help: "Run kg's tagger over the gold tokens first (for a model trained with --tag).") var tag = false
    @Flag(help: "Score the statistical name tagger alone, without the lexicon, cue-word and resolution layers.") var taggerOnly = false

    func run() throws {
        var sentences = try CoNLLNames.read(conll)
        if tag {
            let models = try LanguageModels.load()
            sentences = sentences.map { $0.tagged(by: models) }
        }
        let recognizer = try EntityRecognizer.load()
        var score = NameScore()
        let documents = eachSentence ? sentences.map { [$0] } : Dictionary(grouping: sentences, by: \.document).sorted { $0.key < $1.key }.map(\.value)
        for document in documents {
            let predictions = taggerOnly ? document.map { NameSpan.spans(of: recognizer.tagger.tag($0.tokens, pos: $0.pos)) }
                : eachSentence ? document.map { recognizer.nameSpans($0.tokens, pos: $0.pos) }
                : recognizer.nameSpans(document: document)
            for (sentence, predicted) in zip(document, predictions) {
                let gold = NameSpan.spans(of: sentence.tags)
                score.add(gold: gold, predicted: predicted)
                if errors { try printErrors(sentence, gold: gold, predicted: predicted) }
            }
        }
        let types = ["PER", "LOC", "ORG", "MISC"]
        let main = score.total(of: ["PER", "LOC", "ORG"])
        if json {
            var object: [String: Any] = [
                "file": conll, "sentences": sentences.count, "f1_per_loc_org": rounded(main.f1),
                "precision_per_loc_org": rounded(main.precision), "recall_per_loc_org": rounded(main.recall),
            ]
            var perType: [String: Any] = [:]
            for type in types { perType[type] = figures(score.perType[type] ?? .init()) }
            object["types"] = perType
            object["overall"] = figures(score.total())
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            try printLine(String(decoding: data, as: UTF8.self))
        } else {
            try printLine("type        precision  recall      f1    gold  predicted")
            for type in types { try printLine(row(type, score.perType[type] ?? .init())) }
            try printLine(row("PER+LOC+ORG", main))
            try printLine(row("overall", score.total()))
        }
    }

    private func printErrors(_ sentence: LabeledSentence, gold: [NameSpan], predicted: [NameSpan]) throws {
        func text(_ span: NameSpan) -> String { "\(span.label) \(sentence.tokens[span.tokens].joined(separator: " "))" }
        let missed = Set(gold).subtracting(predicted)
        let spurious = Set(predicted).subtracting(gold)
        guard !missed.isEmpty || !spurious.isEmpty else { return }
        try printLine("# " + sentence.tokens.joined(separator: " "))
        for span in missed.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) { try printLine("  missed   " + text(span)) }
        for span in spurious.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) { try printLine("  spurious " + text(span)) }
    }

    private func figures(_ counts: NameScore.Counts) -> [String: Any] {
        ["precision": rounded(counts.precision), "recall": rounded(counts.recall), "f1": rounded(counts.f1),
         "gold": counts.gold, "predicted": counts.predicted]
    }

    private func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }

    private func row(_ name: String, _ counts: NameScore.Counts) -> String {
        name.padding(toLength: 11, withPad: " ", startingAt: 0)
            + String(format: " %9.4f %7.4f %7.4f %7d %10d", counts.precision, counts.recall, counts.f1, counts.gold, counts.predicted)
    }
}

struct EntitiesTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the name tagger on CoNLL-style files (the layouts `eval` reads).",
        discussion: """
        kg's shipped model (UNER EWT dev twice, the first 116 of wikigold's 145 documents, WNUT-17 train): \
        kg entities train en_ewt-ud-dev.iob2 en_ewt-ud-dev.iob2 wikigold-train.conll wnut17train.conll \
        --epochs 12 --runs 10 --treebank ud-ewt/en_ewt-ud-train.conllu --dictionary /usr/share/dict/american-english \
        --clusters clusters.tsv --output Sources/KGEntities/Models/names.bin \
        (the other 29 wikigold documents are held out for evaluation; Sources/KGEntities/Models/README.md \
        says how to make wikigold-train.conll and clusters.tsv).
        """
    )

    @Argument(help: "Training files.") var files: [String]
    @Option(help: "Where to write the model.") var output: String
    @Option(help: "Passes over the training data.") var epochs = 8
    @Option(help: "Perceptrons trained in different sentence orders and averaged into one model.") var runs = 1
    @Option(help: "A CoNLL-U treebank whose proper-noun counts become word-class features.") var treebank: String
    @Option(help: "Word clusters: tab-separated word, coarse cluster, fine cluster (see Models/README.md).") var clusters: String?
    @Option(help: "A word list (one word per line, e.g. /usr/share/dict/american-english) whose capitalisation widens the word classes.") var dictionary: String?
    @Flag(help: "Tag the training sentences with kg's tagger, so the model learns part-of-speech features.") var tag = false

    func run() throws {
        var sentences: [LabeledSentence] = []
        for file in files { sentences += try CoNLLNames.read(file) }
        if tag {
            let models = try LanguageModels.load()
            sentences = sentences.map { $0.tagged(by: models) }
        }
        let records = try CoNLLU.parse(String(contentsOfFile: treebank, encoding: .utf8), source: treebank)
        var classes = WordClasses(treebank: records)
        func contents(_ path: String) throws -> String {
            guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("\(path): cannot read the file") }
            return String(decoding: data, as: UTF8.self)
        }
        if let clusters { try classes.add(clusters: contents(clusters), file: clusters) }
        if let dictionary { classes.add(dictionary: try contents(dictionary).split(separator: "\n")) }
        let lexicon = try Lexicon.load()
        func report(_ epoch: Int, _ accuracy: Double) {
            printError(String(format: "epoch %d: token accuracy %.4f", epoch, accuracy))
        }
        let tagger = NameTagger.train(sentences, lexicon: lexicon, classes: classes, epochs: epochs, runs: runs, progress: report)
        try tagger.save(to: URL(fileURLWithPath: output))
    }
}

struct EntitiesBuildLexicons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-lexicons",
        abstract: "Regenerate places.tsv and demonyms.tsv from the country gazetteers."
    )

    @Option(help: "Folder with mledoze-countries.json and iso_3166-1.json.") var gazetteer: String
    @Option(help: "Folder to write places.tsv and demonyms.tsv into.") var output: String

    func run() throws {
        let built = try LexiconBuilder.build(gazetteer: URL(fileURLWithPath: gazetteer))
        let folder = URL(fileURLWithPath: output)
        try built.places.write(to: folder.appendingPathComponent("places.tsv"), atomically: true, encoding: .utf8)
        try built.demonyms.write(to: folder.appendingPathComponent("demonyms.tsv"), atomically: true, encoding: .utf8)
    }
}
