import Foundation
import Testing
@testable import KGStore

/// `kg ingest` end to end: one folder split over two runs, in either order, and the folder in one
/// run with two workers, give the same graph, although which full name a bare surname or a shared
/// acronym could join depends on what was stored before it.
@Suite(.enabled(if: serialReference != nil, "the kg executable is not built or cannot ingest"))
struct IngestOrderProcessTests {
    /// Half A: a full name, a firm's acronym, then both used bare; half B: a second full name with that
    /// surname and a second firm with that acronym, both before the bare uses in store order.
    static let halfA = [
        "a.txt": "Delmar Bank names chief\n\nDelmar Bank said on Monday that Ilse Varga would become its chief executive.\n",
        "e.txt": "Coal board warns\n\nThe Northern Coal Board (NCB) warned of job losses on Monday.\n",
        "g.txt": "Delmar Bank cuts jobs\n\nMr Varga said Delmar Bank would cut 200 jobs.\n",
        "h.txt": "NCB raises prices\n\nThe NCB said on Tuesday that Delmar Bank would lend it 5m pounds.\n",
    ]
    static let halfB = [
        "b.txt": "Delmar Bank hires adviser\n\nDelmar Bank said on Friday that Tomas Varga would join its board.\n",
        "f.txt": "Credit bank grows\n\nThe National Credit Bank (NCB) opened ten branches on Friday.\n",
    ]

    @Test func twoRunsInEitherOrderAndOneParallelRunGiveOneGraph() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-order-\(UUID())")
        let news = folder.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.halfA.merging(Self.halfB, uniquingKeysWith: { $1 }) {
            try text.write(to: news.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let pathsA = Self.halfA.keys.sorted().map { news.appendingPathComponent($0).path }
        let pathsB = Self.halfB.keys.sorted().map { news.appendingPathComponent($0).path }
        var graphs: [String: [String]] = [:]
        for (label, runs, jobs) in [("A then B", [pathsA, pathsB], "1"), ("B then A", [pathsB, pathsA], "1"),
                                    ("at once", [[news.path]], "2")] {
            let database = folder.appendingPathComponent("\(graphs.count).sqlite").path
            for paths in runs {
                let process = try IngestProcessTests.ingest(paths + ["--db", database, "--jobs", jobs])
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            graphs[label] = try RelinkingTests.lines(Store(path: database, readOnly: true))
        }
        let once = try #require(graphs["at once"])
        #expect(graphs["A then B"] == once)
        #expect(graphs["B then A"] == once)
        // The case the test is about, as the extractor reads these sentences: with both full names
        // stored first, the bare "Varga" joins neither.
        #expect(once.contains { $0.hasPrefix("Varga (person)") }, "\(once)")
    }
}
