import Foundation
import Testing
@testable import KGStore

/// Issue 19, point 6: every list kg prints keeps one item a line, whatever the item holds.
@Suite(.enabled(if: builtKG != nil, "the kg executable is not built"))
struct ListOutputTests {
    @Test func anAliasWithALineBreakIsOneLineOfAliasList() throws {
        let (root, database) = try OutputTargetTests.graph()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try Store(path: database)
        _ = try store.addAlias("Kingdom of\nNorway\tand \"more\"", to: store.entity(named: "Norway"))
        let run = try IsolationTests.kg(["alias", "list", "Norway", "--db", database])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").contains("Kingdom of\\nNorway\\tand \"more\""), "\(run.stdout)")
        #expect(!run.stdout.split(separator: "\n").contains("Norway\\tand \"more\""))
    }

    @Test func queryTSVEscapesWhatWouldSplitAField() throws {
        let (root, database) = try OutputTargetTests.graph()
        defer { try? FileManager.default.removeItem(at: root) }
        try Store(path: database).db.execute("UPDATE entities SET name = ? WHERE name = 'Sweden'", ["\"Sweden\"\tand\nmore"])
        let run = try IsolationTests.kg(["query", "--mode", "tsv", "Norway -[*]-> ?x", "--db", database])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "?x\trelation")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("\\\"Sweden\"\\tand\\nmore\t") }, "\(run.stdout)")
    }
}
