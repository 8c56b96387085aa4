import ArgumentParser
import Foundation

/// `--jobs` and `--article-timeout`: how `kg ingest` and `kg extract --json` run their extraction workers.
struct ExtractionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Extraction workers run in parallel (default: the number of cores); results keep the input order.",
                               valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Seconds one article may take before its worker is stopped and the article reported.",
                               valueName: "seconds"))
    var articleTimeout: Double = 60

    var workers: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(articleTimeout > 0) { throw ValidationError("--article-timeout must be a positive number of seconds") }
    }
}
