import ArgumentParser
import Foundation
import KGCore
import KGPipeline
import KGReader

/// `kg worker`: the extraction worker that `kg ingest` and `kg extract --json` run in child
/// processes, so that an article that crashes the extractor takes down only its worker.
///
/// Says `ready` on a line of its own once its models are loaded (so that loading never counts
/// against an article's time limit), then reads one `Article` as a JSON object per line on
/// standard input and answers each with its extraction contract lines (ending in an `end` line,
/// or a `failure` line when extraction threw). Exits when standard input closes.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract articles sent as JSON lines on standard input (used by kg ingest; not for people).",
        shouldDisplay: false)

    static let readyLine = "ready"

    func run() throws {
        let extractor = try NewsExtractor()
        try printLine(Self.readyLine)
        let decoder = JSONDecoder()
        while let line = readLine(strippingNewline: true) {
            let article: Article
            do {
                article = try decoder.decode(Article.self, from: Data(line.utf8))
            } catch {
                throw ValidationError("not an article request: \(error)")
            }
            var answer: [String]
            do {
                answer = try extractor.extract(article).jsonLines()
            } catch {
                answer = [ContractReader.failureLine(source: article.source, reason: "extraction failed: \(error)")]
            }
            try printLine(answer.joined(separator: "\n"))
        }
    }
}
