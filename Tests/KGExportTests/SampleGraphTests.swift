import Foundation
import Testing
import KGPipeline
import KGReader
import KGStore
@testable import KGExport

/// `graphs/sample.dot` is the committed DOT dump of the sample articles in `graphs/sample/`.
/// This test regenerates it the way the README's command does and expects the same bytes:
///
///     kg ingest graphs/sample --db /tmp/sample.sqlite && kg dot --db /tmp/sample.sqlite -o graphs/sample.dot
///
/// (with a fresh /tmp/sample.sqlite). When it fails after a deliberate change to extraction,
/// rerun that command and commit the new dump.
@Suite struct SampleGraphTests {
    static let articles = Golden.repository.appendingPathComponent("graphs/sample").path
    static let dump = Golden.repository.appendingPathComponent("graphs/sample.dot").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dump), "graphs/sample.dot is not committed yet"))
    func committedDumpMatchesARegeneration() throws {
        let graph = try GraphFixture()
        let extractor = try NewsExtractor()
        for item in ArticleReader(paths: [Self.articles]) {
            guard case .article(let article) = item else { continue }
            _ = try graph.store.ingest(try extractor.extract(article))
        }
        let regenerated = try DOTWriter().write(try graph.subgraph, from: graph.store)
        let committed = try String(contentsOfFile: Self.dump, encoding: .utf8)
        #expect(regenerated == committed, "graphs/sample.dot is stale: regenerate it with the command in this file's header")
    }
}
