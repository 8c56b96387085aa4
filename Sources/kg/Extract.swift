import ArgumentParser
import Foundation
import KGCore
import KGLanguage
import KGEntities
import KGReader
import KGRepair
import KGRelations
import KGPipeline
import KGExport

/// `kg extract`: what kg learns from articles, printed instead of stored.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the entities and triples kg extracts from articles, without storing them.",
        discussion: """
        --json reads articles (text, HTML, JSON lines; folders; - for standard input) and prints one JSON object per line: every entity, then every triple with its relation, \
        raw phrase, flags, confidence and evidence (the contract `kg ingest` stores).
        --carb reads one tokenized sentence per line (Penn Treebank escapes) and prints open-IE \
        tuples in CaRB's tabbed format: sentence, confidence, relation, arg1, arg2, ...
        """)

    @Flag(help: "Print entities and triples as JSON lines (the default).")
    var json = false

    @Flag(help: "Read one tokenized sentence per line and print CaRB open-IE tuples.")
    var carb = false

    @Flag(name: .customLong("parse"), help: "With --carb: print each sentence's parse (CoNLL-U, as parse repair left it) before its tuples.")
    var showParse = false

    @Flag(help: "With --parse: name the parse repair rules that changed each sentence (# repair = name).")
    var traceRepairs = false

    @OptionGroup var workerOptions: ExtractionOptions

    @Argument(help: ArgumentHelp("Article files (with --carb: files of tokenized sentences).", valueName: "file"))
    var files: [String]

    func validate() throws {
        if json && carb { throw ValidationError("give either --json or --carb, not both") }
        if traceRepairs && !showParse { throw ValidationError("--trace-repairs goes with --parse") }
        if files.isEmpty { throw ValidationError("give at least one file") }
    }

    func run() throws {
        if carb {
            try runCarb()
        } else {
            try runJSON()
        }
    }

    func runJSON() throws {
        let workers = ExtractionWorkers(timeout: workerOptions.articleTimeout)
        defer { workers.stop() }
        var failed = false
        try orderedParallelMap(ArticleReader(paths: files).makeIterator(), jobs: workerOptions.workers, work: { item in
            Ingest.Step(item, skipping: [:], workers: workers)
        }, consume: { step in
            switch step {
            case .extracted(let extraction):
                for warning in extraction.warnings { printError(warning.description) }
                try OutputFile.standardOutput.write(extraction.jsonLines().joined(separator: "\n") + "\n")
            case .problem(let problem):
                printError(problem.description)
                failed = failed || problem.isError
            case .failed(let problem, _):
                printError(problem.description)
                failed = true
            case .cannotExtract(let reason):
                throw KGError(reason)
            case .unchanged, .unsupported:
                break
            }
        })
        if failed { throw ExitCode.failure }
    }

    func runCarb() throws {
        let models = try LanguageModels.load()
        var options = OpenIE.Options()
        let lexicon = try Lexicon.load()
        options.titleWords = lexicon.titleWords
        // Keys are lower case for names and as written for codes, as `placeNames` wants them.
        options.placeNames = Set(lexicon.names.merging(lexicon.hints.names) { first, _ in first }.filter { $0.value.type == .place }.keys)
        let openIE = OpenIE(options: options)
        let repair = ParseRepair()
        var output = ""
        for path in files {
            let input = PretokenizedText(lines: try Self.readText(path))
            for var sentence in input.sentences {
                models.annotate(&sentence)
                let fired = repair.repair(&sentence)
                if showParse { output += CoNLLU.rows(sentence, comments: traceRepairs ? fired.map { ("repair", $0) } : []) }
                for tuple in openIE.tuples(sentence) {
                    output += OpenIE.tabbed(tuple, sentence: sentence.text) + "\n"
                }
            }
        }
        try OutputFile.standardOutput.write(output)
    }

    static func readText(_ path: String) throws -> String {
        if case .other(let kind) = PathKind(path) { throw Diagnostic(source: path, message: PathKind.refusal(kind)) }
        guard let data = FileManager.default.contents(atPath: path) else { throw Diagnostic(source: path, message: "cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { throw Diagnostic(source: path, message: "not valid UTF-8") }
        return text
    }
}
