import Foundation
import Testing

/// One corpus gives one graph: `kg extract` run twice, in processes with different hash seeds,
/// prints the same bytes.
@Suite(.enabled(if: builtKG != nil, "the kg executable is not built"))
struct ExtractDeterminismTests {
    /// Names the tagger misses but the article repeats inside sentences (rappers, labels, a
    /// company), so the repeated-name pass adds them: nine to a sentence, whose order among
    /// themselves (and so the entities' numbering) once followed the hash seed.
    static let article = """
    Rappers take over labels

    Rap stars Jay-Q, Jay-X, Bay-Q and Jay-V are to become record company executives at the influential labels \
    Def Jazz, Def Jive and Def Jump, after selling Rip-A-Fella and Rip-A-Dub.

    The rappers Jay-Q, Jay-X, Bay-Q and Jay-V will run Def Jazz, Def Jive and Def Jump in January and keep \
    Rip-A-Fella and Rip-A-Dub.

    """

    @Test func twoProcessesPrintTheSameExtraction() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kg-determinism-\(UUID()).txt")
        try Self.article.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let first = try IsolationTests.kg(["extract", "--json", "--jobs", "1", file.path])
        let second = try IsolationTests.kg(["extract", "--json", "--jobs", "1", file.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("\"name\":\"Def Jive\""), "the repeated-name pass no longer finds the article's names")
        #expect(first.stdout == second.stdout)
    }
}
