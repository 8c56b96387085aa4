import ArgumentParser
import Foundation
import KGStore

/// `kg bench`: extraction throughput by stage, ingest, query latency, start-up, model load and
/// memory, optionally against the peer (spaCy + textacy) on the same text in the same run.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure kg's speed: extraction, ingest, queries, start-up and memory.",
        discussion: """
        Build with -c release first. The corpus is --corpus (a folder of articles, or a .conllu \
        treebank rebuilt into documents), else the BBC politics articles from $KG_SHARED, ../shared \
        or /work/shared (data/bbc-news/politics), else UD English EWT train from the same \
        (data/ud-ewt/en_ewt-ud-train.conllu), else graphs/sample. Extraction runs on \
        one thread; ingest (extraction and store) on --threads workers. Queries run on a synthetic graph of \
        100,000 entities and 1,000,000 edges (seeded, so the same every run). The peer runs on the \
        same article texts when --peer, $KG_PEER or the venv of shared/peer/setup.sh is found; its \
        figures are words over the CPU time of spaCy's pipeline, as it reports them. Progress goes to \
        standard error; the report (or with --json one JSON object) to standard output.
        """)

    @Option(help: ArgumentHelp("Articles to extract: a folder or file kg ingest reads, or a .conllu treebank.", valueName: "path"))
    var corpus: String?

    @Flag(help: "Print one JSON object instead of the report.")
    var json = false

    @Option(help: "Extraction workers for ingest (the stages and end-to-end figures always use one).")
    var threads = 1

    @Flag(help: "A small run (30 documents, a 100,000-edge graph) that checks the benchmark works.")
    var quick = false

    @Option(help: ArgumentHelp("The peer's command (it is given the folder of article texts).", valueName: "command"))
    var peer: String?

    @Flag(help: "Do not run the peer.")
    var noPeer = false

    @Option(help: ArgumentHelp("Measure only this part (repeatable): graph, extraction, ingest (with start-up), peer.", valueName: "part"))
    var only: [Part] = []

    enum Part: String, ExpressibleByArgument, CaseIterable {
        case graph, extraction, ingest, peer
    }

    private func runs(_ part: Part) -> Bool { only.isEmpty || only.contains(part) }

    func validate() throws {
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let report = try measure()
        try printLine(json ? try Self.json(report) : BenchText.render(report))
    }

    func measure() throws -> BenchReport {
        let total = Stopwatch()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kg-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var report = BenchReport(machine: Self.machine(), quick: quick, threads: threads)

        // The graph first, so its peak memory is not the extractor's.
        if runs(.graph) { try measureGraph(scratch: scratch, into: &report) }
        if runs(.extraction) || runs(.ingest) || runs(.peer) {
            var corpus = try BenchCorpus.locate(self.corpus, scratch: scratch, documents: quick ? 30 : nil)
            if runs(.extraction) || runs(.ingest) { try measureExtraction(&corpus, scratch: scratch, into: &report) }
            if runs(.peer) && !noPeer { try measurePeer(corpus, scratch: scratch, into: &report) }
        }
        report.runPeakRSSMb = BenchClock.peakResidentMegabytes()
        report.targets = BenchTargets.check(report)
        report.totalSeconds = total.wall
        return report
    }

    private func measureGraph(scratch: URL, into report: inout BenchReport) throws {
        let size = quick ? (nodes: 10_000, edges: 100_000, queries: 100) : (nodes: 100_000, edges: 1_000_000, queries: 1000)
        progress("synthetic graph: \(size.nodes) entities, \(size.edges) edges, \(size.queries) queries of each kind")
        let graph = try BenchGraph.run(nodes: size.nodes, edges: size.edges, queries: size.queries,
                                       scratch: Store(path: scratch.appendingPathComponent("empty.sqlite").path))
        report.graph = graph
        report.pathP50Ms = graph.pathP50Ms
        report.pathP99Ms = graph.pathP99Ms
        report.patternP50Ms = graph.patternP50Ms
        report.patternP99Ms = graph.patternP99Ms
        report.peakRSSMb = graph.peakRSSMb
    }

    /// Model load, the stages on one thread (which also reads the corpus), end to end on one
    /// thread, then ingest on `threads` workers and start-up.
    private func measureExtraction(_ corpus: inout BenchCorpus, scratch: URL, into report: inout BenchReport) throws {
        progress("loading models")
        let models = BenchModels.load()
        report.absent += models.absent
        report.languageModelLoadMs = models.languageLoadMs
        report.entityModelLoadMs = models.entityLoadMs
        if models.language != nil || models.entities != nil {
            report.modelLoadMs = (models.languageLoadMs ?? 0) + (models.entityLoadMs ?? 0)
        }

        progress("corpus: \(corpus.origin); stages on one thread")
        var stages = StagePass()
        stages.read(&corpus)
        guard !corpus.articles.isEmpty else { throw BenchError("\(corpus.origin): no articles to extract") }
        if runs(.extraction) { stages.extract(corpus.articles, models: models) } else { stages.count(corpus.articles) }
        let words = stages.words
        report.corpus = BenchReport.Corpus(origin: corpus.origin, articles: corpus.articles.count, sentences: stages.sentences,
                                           tokens: stages.tokens, words: words)
        report.stages = stages.stages(words: words)

        guard let extractor = models.extractor else {
            report.absent.append("ingest and start-up: they need the end-to-end extractor")
            return
        }
        if runs(.extraction) {
            progress("end to end on one thread")
            let serial = EndToEnd.serial(corpus.readPaths, extractor: extractor)
            report.extractCPUSeconds = serial.cpu
            report.wordsPerCPUSecond = Double(words) / serial.cpu
            report.wordsPerWallSecond = Double(words) / serial.wall
        }
        if runs(.ingest) {
            progress("ingest with \(threads) job\(threads == 1 ? "" : "s")")
            let database = scratch.appendingPathComponent("ingest.sqlite").path
            report.ingest = try BenchIngest.run(corpus.readPaths, extractor: extractor, jobs: threads, database: database, words: words)
            try measureStartup(database: database, into: &report)
        }
    }

    /// The peer on the article texts kg read; needs the corpus read first.
    private func measurePeer(_ corpus: BenchCorpus, scratch: URL, into report: inout BenchReport) throws {
        guard let command = BenchProcesses.peerCommand(peer) else {
            report.absent.append("peer: not installed (run bash ../shared/peer/setup.sh, then pass the command it prints with --peer)")
            return
        }
        var corpus = corpus
        if corpus.articles.isEmpty {
            var reading = StagePass()
            reading.read(&corpus)
        }
        progress("peer: \(command)")
        let texts = scratch.appendingPathComponent("texts")
        try corpus.writeTexts(to: texts)
        do {
            let peer = try BenchProcesses.peer(command, folder: texts.path)
            report.peer = peer
            if let kg = report.wordsPerCPUSecond, peer.wordsPerCPUSecond > 0 { report.speedupVsPeer = kg / peer.wordsPerCPUSecond }
        } catch let error as BenchError {
            report.absent.append("peer: \(error)")
        }
    }

    /// `kg query` on the ingested graph: a path between the ends of its first edge, or else
    /// the first entity, named by id.
    private func measureStartup(database: String, into report: inout BenchReport) throws {
        let store = try Store(path: database, readOnly: true)
        // Ids, not names: a name can be ambiguous (a concept and an organisation both "American forces").
        let query: String
        if let edge = try store.db.rows("SELECT subject, object FROM edges WHERE negated = 0 AND subject <> object ORDER BY id LIMIT 1").first {
            query = "path #\(edge.int(0)) -> #\(edge.int(1))"
        } else if let entity = try store.db.rows("SELECT id FROM entities ORDER BY id LIMIT 1").first {
            query = "entity #\(entity.int(0))"
        } else {
            report.absent.append("start-up: the ingested graph is empty")
            return
        }
        progress("start-up: kg query '\(query)'")
        report.startupQuery = query
        do {
            let startup = try BenchProcesses.startup(database: database, query: query, runs: quick ? 3 : 10)
            report.startupMs = startup.wall
            report.startupCPUMs = startup.cpu
        } catch let error as BenchError {
            report.absent.append("start-up: \(error)")
        }
    }

    private func progress(_ line: String) { printError("bench: " + line) }

    static func machine() -> BenchReport.Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? ""
        return BenchReport.Machine(cpu: model, cores: ProcessInfo.processInfo.activeProcessorCount, loadAverage: load)
    }

    static func json(_ report: BenchReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
