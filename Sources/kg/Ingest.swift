import ArgumentParser
import Foundation
import KGPipeline
import KGReader
import KGStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles, extract who did what to whom, and store it in the graph.",
        discussion: """
        Reads plain text, HTML, JSON and JSON lines. Each article is stored in its own transaction: \
        an unchanged article is skipped, a changed one (same source, new content) replaces its own \
        facts and nothing else, and an interrupted run leaves only whole articles behind. A file \
        that cannot be read is reported with its path and the reason; the other files are still \
        ingested, and the exit status is 1 when any failed. The summary goes to standard error.
        """)

    @Argument(help: ArgumentHelp("Files, folders (read recursively), or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: "Articles extracted in parallel (default: the number of cores); one writer stores them in input order.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let graph = try Store(path: store.path)
        let extractor = try NewsExtractor()
        var tally = Tally()
        try orderedParallelMap(ArticleReader(paths: paths).makeIterator(), jobs: jobs, work: { item in
            Self.extract(item, with: extractor)
        }, consume: { step in
            try store(step, in: graph, tally: &tally)
        })
        printError(tally.summary(database: store.path, stats: try graph.stats(details: false)))
        if tally.failures > 0 { throw ExitCode.failure }
    }

    /// One article extracted, or one reason an input could not be.
    enum Step: Sendable {
        case extracted(Extraction)
        case problem(ReadProblem)
    }

    static func extract(_ item: ArticleReader.Item, with extractor: NewsExtractor) -> Step {
        switch item {
        case .problem(let problem):
            return .problem(problem)
        case .article(let article):
            do {
                return .extracted(try extractor.extract(article))
            } catch {
                return .problem(ReadProblem(source: article.source, reason: "extraction failed: \(error)"))
            }
        }
    }

    private func store(_ step: Step, in graph: Store, tally: inout Tally) throws {
        switch step {
        case .problem(let problem):
            printError(problem.description)
            if problem.isError { tally.failures += 1 }
        case .extracted(let extraction):
            let outcome: IngestOutcome
            do {
                outcome = try graph.ingest(extraction)
            } catch let error as StoreError {
                // A bad extraction loses only its own article; a database failure ends the run.
                guard case .invalidExtraction = error else { throw error }
                printError(error.description)
                tally.failures += 1
                return
            }
            tally.add(outcome)
            // Each ambiguous name is reported once per run, where it first appears.
            for ambiguity in outcome.ambiguities where tally.reported.insert(ambiguity.name.lowercased()).inserted {
                printError("\(extraction.article.source): warning: \(ambiguity)")
            }
        }
    }

    /// Counts for the closing summary.
    struct Tally {
        var added = 0, replaced = 0, unchanged = 0, newEntities = 0, newEdges = 0, failures = 0
        var reported: Set<String> = []

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
            return "\(database): \(articles) article\(articles == 1 ? "" : "s") (\(added) added, \(replaced) replaced, "
                + "\(unchanged) unchanged); graph has \(stats.entities) entities, \(stats.concepts) concepts, "
                + "\(stats.edges) edges (this run added \(newEntities) nodes, \(newEdges) edges); "
                + "\(failures) problem\(failures == 1 ? "" : "s")"
        }
    }
}
