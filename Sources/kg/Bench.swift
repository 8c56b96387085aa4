import ArgumentParser
import KGBench

/// `kg bench`: the options of a `Benchmark` run and its report on standard output.
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
    var only: [Benchmark.Part] = []

    func validate() throws {
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let benchmark = Benchmark(corpus: corpus, threads: threads, quick: quick, peer: peer, noPeer: noPeer, only: only,
                                  log: printError)
        let report = try benchmark.measure()
        try printLine(json ? try Benchmark.json(report) : BenchText.render(report))
    }
}

extension Benchmark.Part: ExpressibleByArgument {}

