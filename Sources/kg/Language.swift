import ArgumentParser
import Foundation
import KGCore
import KGLanguage

struct Language: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train and evaluate the tagger, lemmatizer and parser.",
        subcommands: [Train.self, Eval.self]
    )

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the models from UD treebanks (CoNLL-U) and write tagger.kgm, parser.kgm, lemmas.kgm.")

        @Option(name: .customLong("ud-train"), help: "Training treebank (CoNLL-U).")
        var udTrain: String
        @Option(name: .customLong("ud-dev"), help: "Development treebank (CoNLL-U), scored after every iteration.")
        var udDev: String?
        @Option(help: "Folder to write the model files into.")
        var out: String
        @Option(help: "Random seed; the same seed and data give the same models.")
        var seed: UInt64 = 1
        @Option(help: "Training passes for the tagger and the parser (default: 10 and 12).")
        var iterations: Int?

        func run() throws {
            var training = LanguageTraining()
            training.seed = seed
            if let iterations {
                guard iterations > 0 else { throw ValidationError("--iterations must be positive") }
                training.taggerIterations = iterations
                training.parserIterations = iterations
            }
            let train = try readTreebank(udTrain)
            let dev = try udDev.map(readTreebank) ?? []
            let start = ContinuousClock.now
            let models = training.train(train: train, dev: dev) { message in
                printError(message)
            }
            let folder = URL(fileURLWithPath: out)
            try models.write(to: folder)
            try printLine("wrote models to \(folder.path) in \(ContinuousClock.now - start)")
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the models on a CoNLL-U treebank with gold tokens.")

        @Option(help: "Treebank to score against (CoNLL-U).")
        var conllu: String
        @Option(help: "Folder holding the model files (default: the installed models).")
        var models: String?
        @Flag(help: "Print one JSON object.")
        var json = false

        func run() throws {
            let records = try readTreebank(conllu)
            let start = ContinuousClock.now
            let loaded = try models.map { try LanguageModels.load(from: URL(fileURLWithPath: $0)) } ?? LanguageModels.load()
            let loadTime = ContinuousClock.now - start
            let result = Evaluation.run(loaded, on: records)
            let segmentation = SegmentationEvaluation.evaluate(records)
            func rounded(_ value: Double, _ digits: Double = 10000) -> Double { (value * digits).rounded() / digits }
            if json {
                let object: [String: Any] = [
                    "upos": rounded(result.upos), "xpos": rounded(result.xpos), "lemma": rounded(result.lemma),
                    "uas": rounded(result.uas), "las": rounded(result.las),
                    "sentence_f1": rounded(segmentation.sentences.f1),
                    "tokens": result.tokens, "tokens_per_second": Int(result.tokensPerSecond),
                    "tagger_tokens_per_second": Int(result.taggerTokensPerSecond),
                    "parser_tokens_per_second": Int(result.parserTokensPerSecond),
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                try printLine(String(decoding: data, as: UTF8.self))
            } else {
                func pct(_ value: Double) -> String { String(format: "%.2f%%", 100 * value) }
                try printLine("sentences  \(result.sentences), tokens \(result.tokens) (gold tokens)")
                try printLine("UPOS       \(pct(result.upos))")
                try printLine("XPOS       \(pct(result.xpos))")
                try printLine("lemma      \(pct(result.lemma))")
                try printLine("UAS        \(pct(result.uas))")
                try printLine("LAS        \(pct(result.las))  (universal relations)")
                try printLine("sentence F1 \(pct(segmentation.sentences.f1))  (documents' text joined by spaces)")
                try printLine("speed      \(Int(result.tokensPerSecond)) tokens/s (tagger \(Int(result.taggerTokensPerSecond)), parser \(Int(result.parserTokensPerSecond)); one thread)")
                try printLine("load       \(loadTime)")
            }
        }
    }
}

private func readTreebank(_ path: String) throws -> [CoNLLU.Record] {
    let content: String
    do { content = try String(contentsOfFile: path, encoding: .utf8) } catch {
        throw Diagnostic(source: path, message: "cannot read (\(error.localizedDescription))")
    }
    return try CoNLLU.parse(content, source: path)
}
