import ArgumentParser
import Foundation
import KGCore
import KGPipeline
import KGReader
import KGStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles, extract who did what to whom, and store it in the graph.",
        discussion: """
        Reads plain text, HTML, JSON and JSON lines. Each article is stored in its own transaction: \
        an unchanged article is skipped, a changed one (same source, new content) replaces its \
        facts, and an interrupted run leaves only whole articles behind. \
        Articles are stored in store order (folders and file names in byte order, then record \
        numbers) whatever order the paths are given in; a run that stores an article before one \
        already in the graph, or replaces one, relinks every article in that order when it ends, \
        so one set of articles gives one graph however runs split it. \
        Extraction runs in worker processes: an article that crashes or hangs the extractor is \
        reported by its path, recorded (kg stats lists it; the next run retries it), and the run \
        goes on. An existing database is checked first (PRAGMA quick_check; --check for the full \
        integrity_check) and refused if damaged; a 0-byte file becomes a new graph. Inputs must be \
        regular files or folders: a FIFO, socket or device is refused unless given as - (standard \
        input). A file that cannot be read is reported with its path and the reason; the exit \
        status is 1 when any article failed. With --extracted, the paths are the output of \
        `kg extract --json` (from this or any machine), stored as a plain ingest would store it. \
        The summary goes to standard error, with a progress line while it runs on a terminal.
        """)

    @Argument(help: ArgumentHelp("Files, folders (read recursively), or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @OptionGroup var workerOptions: ExtractionOptions

    @Flag(help: "The paths hold extraction JSON lines from `kg extract --json`, not articles.")
    var extracted = false

    @Flag(help: "Check the whole database (PRAGMA integrity_check) before adding to it, not only its pages (quick_check, always run).")
    var check = false

    func run() throws {
        // A run with nothing to read must not leave an empty database behind.
        let unreadable = paths.compactMap { path -> Diagnostic? in
            if path == "-" { return nil }
            if case .other(let kind) = PathKind(path) { return Diagnostic(source: path, message: PathKind.refusal(kind)) }
            return FileManager.default.fileExists(atPath: path) ? nil : Diagnostic(source: path, message: "no such file or folder")
        }
        if unreadable.count == paths.count {
            for problem in unreadable { printError(problem) }
            throw ExitCode.failure
        }
        let graph = try Store(path: store.path, check: check ? .full : .quick)
        var tally = Tally()
        if extracted {
            try ingestExtracted(into: graph, tally: &tally)
        } else {
            try ingestArticles(into: graph, tally: &tally)
        }
        // Articles stored before ones already in the graph, or replaced, have the whole graph relinked in store order.
        try graph.relinkIfOwed()
        if tally.ambiguities > Tally.ambiguitiesShown {
            printError(Diagnostic(source: store.path, severity: .warning, message: "\(tally.ambiguities - Tally.ambiguitiesShown) more ambiguous names kept apart (kg stats lists them)"))
        }
        printError(tally.summary(database: store.path, stats: try graph.stats(details: false)))
        if tally.failures > 0 { throw ExitCode.failure }
    }

    /// The paths in store order, whatever order they were given in: which articles are stored first
    /// can decide how their names join, and storing them in the order relinking uses spares a relinking.
    private var pathsInStoreOrder: [String] { paths.sorted(by: StoreOrder.precedes) }

    /// Articles read here, extracted by worker processes, stored by this one in path order.
    private func ingestArticles(into graph: Store, tally: inout Tally) throws {
        let workers = ExtractionWorkers(timeout: workerOptions.articleTimeout)
        defer { workers.stop() }
        // Unchanged articles (same source, same hash) are not even extracted.
        let stored = try graph.articleHashes()
        var progress = IngestProgress(paths: paths)
        defer { progress.finish() }
        try orderedParallelMap(ArticleReader(paths: pathsInStoreOrder).makeIterator(), jobs: workerOptions.workers, work: { item in
            Step(item, skipping: stored, workers: workers)
        }, consume: { step in
            try store(step, in: graph, tally: &tally)
            progress.advance(by: step)
        })
    }

    /// Extraction JSON lines (`kg extract --json`), each file read line by line.
    private func ingestExtracted(into graph: Store, tally: inout Tally) throws {
        for path in pathsInStoreOrder {
            let lines: LineSource
            do { lines = try LineSource(path: path) } catch {
                printError(Diagnostic(source: path, message: "\(error)"))
                tally.failures += 1
                continue
            }
            var reader = ContractReader(source: path == "-" ? "<stdin>" : path)
            func handle(_ line: String?) throws {
                do {
                    guard let line else { return try reader.finish() }
                    switch try reader.read(line) {
                    case .extraction(let extraction)?: try store(.extracted(extraction), in: graph, tally: &tally)
                    case .failure(let problem)?: try store(.failed(problem, hash: nil), in: graph, tally: &tally)
                    case nil: break
                    }
                } catch let problem as ReadProblem {
                    printError(problem.description)
                    tally.failures += 1
                }
            }
            while let line = lines.next() { try handle(line) }
            try handle(nil)
        }
    }

    /// What became of one input on its way to the store.
    enum Step: Sendable {
        case extracted(Extraction)
        case unchanged
        case problem(ReadProblem)
        /// Extraction crashed, timed out or threw; recorded in the store's failures when the hash is known.
        case failed(ReadProblem, hash: String?)
        case unsupported(String)
        /// Workers cannot run at all: the run stops.
        case cannotExtract(String)

        init(_ item: ArticleReader.Item, skipping stored: [String: String], workers: ExtractionWorkers) {
            switch item {
            case .problem(let problem):
                self = .problem(problem)
            case .unsupported(let source):
                self = .unsupported(source)
            case .article(let article) where stored[article.source] == article.hash:
                self = .unchanged
            case .article(let article):
                do {
                    switch try workers.extract(article) {
                    case .extracted(let extraction): self = .extracted(extraction)
                    case .failed(let problem): self = .failed(problem, hash: article.hash)
                    }
                } catch {
                    self = .cannotExtract("\(error)")
                }
            }
        }
    }

    private func store(_ step: Step, in graph: Store, tally: inout Tally) throws {
        switch step {
        case .problem(let problem):
            printError(problem.description)
            if problem.isError { tally.failures += 1 }
        case .unsupported(let source):
            tally.unsupported.add(source)
        case .unchanged:
            tally.unchanged += 1
        case .cannotExtract(let reason):
            throw KGError(reason)
        case .failed(let problem, let hash):
            printError(problem.description)
            tally.failures += 1
            if let hash { try graph.recordFailure(source: problem.source, hash: hash, reason: problem.reason) }
        case .extracted(let extraction):
            for warning in extraction.warnings { printError(warning.description) }
            let outcome: IngestOutcome
            do {
                outcome = try graph.ingest(extraction)
            } catch let error as StoreError {
                // A bad extraction loses only its own article; a database failure ends the run.
                guard case .invalidExtraction(let source, let reason) = error else { throw error }
                printError(Diagnostic(source: source, message: "extraction not stored: \(reason)"))
                tally.failures += 1
                return
            }
            tally.add(outcome)
            // Each ambiguous name is reported once per run, where it first appears; the first few in full.
            for ambiguity in outcome.ambiguities where tally.reported.insert(ambiguity.name.lowercased()).inserted {
                tally.ambiguities += 1
                if tally.ambiguities <= Tally.ambiguitiesShown {
                    printError(Diagnostic(source: extraction.article.source, severity: .warning, message: "\(ambiguity)"))
                }
            }
        }
    }

    /// Counts for the closing summary.
    struct Tally {
        var added = 0, replaced = 0, unchanged = 0, newEntities = 0, newEdges = 0, failures = 0
        var unsupported = UnsupportedFiles()
        var reported: Set<String> = []
        var ambiguities = 0
        static let ambiguitiesShown = 10

        mutating func add(_ outcome: IngestOutcome) {
            switch outcome.change {
            case .added: added += 1
            case .replaced: replaced += 1
            case .unchanged: unchanged += 1
            }
            newEntities += outcome.newEntities
            newEdges += outcome.newEdges
        }

        func summary(database: String, stats: GraphStats) -> String {
            let articles = added + replaced + unchanged
            let skipped = unsupported.count > 0 ? "; skipped \(unsupported)" : ""
            return "\(database): \(articles) article\(articles == 1 ? "" : "s") (\(added) added, \(replaced) replaced, "
                + "\(unchanged) unchanged); graph has \(stats.entities) entities, \(stats.concepts) concepts, "
                + "\(stats.edges) edges (this run added \(newEntities) nodes, \(newEdges) edges); "
                + "\(failures) problem\(failures == 1 ? "" : "s")\(skipped)"
        }
    }
}
