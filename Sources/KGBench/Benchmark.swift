import Foundation
import KGStore

/// `kg bench`'s measurements: extraction throughput by stage, ingest, query latency, start-up,
/// model load and memory, optionally against the peer (spaCy + textacy) on the same text.
public struct Benchmark {
    /// The parts of a run that `--only` picks.
    public enum Part: String, CaseIterable, Sendable {
        case graph, extraction, ingest, peer
    }

    /// Articles to extract (a folder or file kg ingest reads, or a .conllu treebank); nil finds
    /// the shared corpus.
    var corpus: String?
    /// Extraction workers for ingest.
    var threads: Int
    /// A small run that checks the benchmark works.
    var quick: Bool
    /// The peer's command; nil looks for it.
    var peer: String?
    var noPeer: Bool
    /// The parts to measure; empty for all.
    var only: [Part]
    /// Where progress and read problems go, a line at a time.
    var log: (String) -> Void

    public init(corpus: String?, threads: Int, quick: Bool, peer: String?, noPeer: Bool, only: [Part],
                log: @escaping (String) -> Void) {
        self.corpus = corpus
        self.threads = threads
        self.quick = quick
        self.peer = peer
        self.noPeer = noPeer
        self.only = only
        self.log = log
    }

    private func runs(_ part: Part) -> Bool { only.isEmpty || only.contains(part) }

    public func measure() throws -> BenchReport {
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
        stages.read(&corpus, problems: log)
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
            reading.read(&corpus, problems: log)
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
        if let edge = try store.firstPlainEdge() {
            query = "path #\(edge.subject) -> #\(edge.object)"
        } else if let entity = try store.firstEntityID() {
            query = "entity #\(entity)"
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

    private func progress(_ line: String) { log("bench: " + line) }

    static func machine() -> BenchReport.Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? ""
        return BenchReport.Machine(cpu: model, cores: ProcessInfo.processInfo.activeProcessorCount, loadAverage: load)
    }

    public static func json(_ report: BenchReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
