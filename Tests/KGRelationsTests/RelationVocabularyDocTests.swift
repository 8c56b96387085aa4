import Foundation
import Testing
@testable import KGRelations

/// `docs/relations.md` lists the relation vocabulary for users; these tests keep its two tables
/// and `RelationVocabulary` in step, so a group changed in code cannot leave the docs behind.
@Suite struct RelationVocabularyDocTests {
    /// The rows of the markdown table whose header row starts with `header`: cells trimmed.
    static func table(startingWith header: String) throws -> [[String]] {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/relations.md")
        let lines = try String(contentsOf: docs, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix(header) }, "no table \(header) in docs/relations.md")
        return lines[(start + 2)...].prefix { $0.hasPrefix("|") }.map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    static func words(_ cell: String) -> Set<String> {
        Set(cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    @Test func theGroupsTableListsEveryGroupWithItsVerbsAndNouns() throws {
        let rows = try Self.table(startingWith: "| relation | verbs | nouns |")
        #expect(rows.count == RelationVocabulary.groups.count)
        for group in RelationVocabulary.groups {
            let name = "`\(group.relation)`" + (group.symmetric ? " (symmetric)" : "")
            let row = try #require(rows.first { $0[0] == name }, "docs/relations.md has no row \(name)")
            #expect(Self.words(row[1]) == group.verbs, "verbs of \(group.relation)")
            #expect(Self.words(row[2]) == group.nouns, "nouns of \(group.relation)")
        }
    }

    @Test func theRoleNounTableListsEveryStandardRoleRelation() throws {
        let rows = try Self.table(startingWith: "| role noun | relation |")
        var documented: [String: String] = [:]
        for row in rows {
            let relation = row[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            for noun in Self.words(row[0]) { documented[noun] = relation }
        }
        #expect(documented == RelationVocabulary.roleRelations)
    }
}
