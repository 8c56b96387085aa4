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
        // Unchanged articles (same source, same hash) are not even extracted.
        let stored = try graph.articleHashes()
        try orderedParallelMap(ArticleReader(paths: paths).makeIterator(), jobs: jobs, work: { item in
            Self.extract(item, with: extractor, skipping: stored)
        }, consume: { step in
            try store(step, in: graph, tally: &tally)
        })
        if tally.ambiguities > Tally.ambiguitiesShown {
            printError("\(store.path): warning: \(tally.ambiguities - Tally.ambiguitiesShown) more ambiguous names kept apart (kg stats lists them)")
        }
        printError(tally.summary(database: store.path, stats: try graph.stats(details: false)))
        if tally.failures > 0 { throw ExitCode.failure }
    }

    /// One article extracted, one already stored as it is, or one reason an input could not be read.
    enum Step: Sendable {
        case extracted(Extraction)
        case unchanged
        case problem(ReadProblem)
    }

    static func extract(_ item: ArticleReader.Item, with extractor: NewsExtractor, skipping stored: [String: String] = [:]) -> Step {
        switch item {
        case .problem(let problem):
            return .problem(problem)
        case .article(let article) where stored[article.source] == article.hash:
            return .unchanged
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
        case .unchanged:
            tally.unchanged += 1
        case .extracted(let extraction):
            for warning in extraction.warnings { printError(warning.description) }
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
            // Each ambiguous name is reported once per run, where it first appears; the first few in full.
            for ambiguity in outcome.ambiguities where tally.reported.insert(ambiguity.name.lowercased()).inserted {
                tally.ambiguities += 1
                if tally.ambiguities <= Tally.ambiguitiesShown {
                    printError("\(extraction.article.source): warning: \(ambiguity)")
                }
            }
        }
    }

    /// Counts for the closing summary.
    struct Tally {
        var added = 0, replaced = 0, unchanged = 0, newEntities = 0, newEdges = 0, failures = 0
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
            return "\(database): \(articles) article\(articles == 1 ? "" : "s") (\(added) added, \(replaced) replaced, "
                + "\(unchanged) unchanged); graph has \(stats.entities) entities, \(stats.concepts) concepts, "
                + "\(stats.edges) edges (this run added \(newEntities) nodes, \(newEdges) edges); "
                + "\(failures) problem\(failures == 1 ? "" : "s")"
        }
    }
}
