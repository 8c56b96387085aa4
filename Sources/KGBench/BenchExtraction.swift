import Foundation
import KGCore
import KGEntities
import KGLanguage
import KGRepair
import KGPipeline
import KGReader
import KGRelations

/// The pipeline's models, loaded once and timed; a model that cannot be loaded yet is nil and
/// its reason goes into `absent`.
struct BenchModels {
    var language: LanguageModels?
    var entities: EntityRecognizer?
    var extractor: NewsExtractor?
    var languageLoadMs: Double?
    var entityLoadMs: Double?
    var absent: [String] = []

    static func load() -> BenchModels {
        var models = BenchModels()
        var clock = BenchClock.wall()
        do {
            models.language = try LanguageModels.load()
            models.languageLoadMs = (BenchClock.wall() - clock) * 1000
        } catch {
            models.absent.append("tagging, parsing: language models not available (\(error))")
        }
        clock = BenchClock.wall()
        do {
            models.entities = try EntityRecognizer.load()
            models.entityLoadMs = (BenchClock.wall() - clock) * 1000
        } catch {
            models.absent.append("entities: entity recogniser not available (\(error))")
        }
        do {
            models.extractor = try NewsExtractor()
        } catch {
            models.absent.append("end-to-end extraction: NewsExtractor not available (\(error))")
        }
        return models
    }
}

/// Per-stage CPU and wall time on one thread, each stage timed around its public API:
/// `ArticleReader`, `SentenceSplitter.split`, the tagger half of `LanguageModels.annotate`
/// (`benchmarkTagging`), the rest of `annotate` (parsing and lemmas), `EntityRecognizer.analyze`
/// and `RelationExtractor.extract`.
struct StagePass {
    static let order = ["reading", "tokenizing+splitting", "tagging", "parsing+lemmas", "repair", "entities", "relations"]

    private(set) var cpu: [String: Double] = [:]
    private(set) var wall: [String: Double] = [:]
    private(set) var sentences = 0, tokens = 0, words = 0

    private mutating func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let cpu0 = BenchClock.threadCPU(), wall0 = BenchClock.wall()
        let result = try body()
        cpu[stage, default: 0] += BenchClock.threadCPU() - cpu0
        wall[stage, default: 0] += BenchClock.wall() - wall0
        return result
    }

    /// Reads the corpus into `corpus.articles`, timing the reading stage; read problems go to
    /// `problems` and are skipped, as `kg ingest` does.
    mutating func read(_ corpus: inout BenchCorpus, problems: (String) -> Void) {
        corpus.articles = time("reading") {
            var articles: [Article] = []
            for item in ArticleReader(paths: corpus.readPaths) {
                switch item {
                case .article(let article): articles.append(article)
                case .problem(let problem): problems(problem.description)
                case .unsupported: break
                }
            }
            return articles
        }
    }

    mutating func extract(_ articles: [Article], models: BenchModels) {
        let splitter = SentenceSplitter()
        let repair = ParseRepair()
        let relations = RelationExtractor()
        for article in articles {
            var parsed = time("tokenizing+splitting") { splitter.split(article.text) }
            count(sentences: parsed)
            if let language = models.language {
                _ = time("tagging") { parsed.reduce(0) { $0 + language.benchmarkTagging($1) } }
                time("parsing+lemmas") { for i in parsed.indices { language.annotate(&parsed[i]) } }
                time("repair") { for i in parsed.indices { repair.repair(&parsed[i]) } }
            }
            let analysis = models.entities.map { recognizer in time("entities") { recognizer.analyze(parsed) } }
            if models.language != nil {
                _ = time("relations") {
                    relations.extract(parsed, analysis: analysis ?? EntityAnalysis())
                }
            }
        }
        // `annotate` tags again before parsing; what it spent beyond tagging is the parse.
        if let tagging = cpu["tagging"], let annotate = cpu["parsing+lemmas"] {
            cpu["parsing+lemmas"] = max(0, annotate - tagging)
            wall["parsing+lemmas"] = max(0, wall["parsing+lemmas"]! - wall["tagging"]!)
        }
    }

    /// Counts sentences, tokens and words without timing anything (when only ingest runs).
    mutating func count(_ articles: [Article]) {
        let splitter = SentenceSplitter()
        for article in articles { count(sentences: splitter.split(article.text)) }
    }

    private mutating func count(sentences parsed: [Sentence]) {
        sentences += parsed.count
        for sentence in parsed {
            tokens += sentence.tokens.count
            words += sentence.tokens.count { token in
                token.text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            }
        }
    }

    func stages(words: Int) -> [BenchReport.Stage] {
        let total = cpu.values.reduce(0, +)
        return Self.order.compactMap { name in
            guard let cpu = cpu[name], let wall = wall[name] else { return nil }
            return BenchReport.Stage(name: name, cpuSeconds: cpu, wallSeconds: wall,
                                     wordsPerCPUSecond: cpu > 0 ? Double(words) / cpu : 0,
                                     share: total > 0 ? cpu / total : 0)
        }
    }
}

/// kg's extractor end to end (reading included), as `kg extract` and `kg ingest` run it.
enum EndToEnd {
    /// One thread: CPU and wall seconds of reading and extracting every article of `paths`.
    static func serial(_ paths: [String], extractor: NewsExtractor) -> (cpu: Double, wall: Double) {
        let watch = Stopwatch()
        for item in ArticleReader(paths: paths) {
            if case .article(let article) = item { _ = try? extractor.extract(article) }
        }
        return (watch.cpu, watch.wall)
    }
}
