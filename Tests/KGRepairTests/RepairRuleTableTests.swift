import Foundation
import Testing
@testable import KGRepair

@Suite struct RepairRuleTableTests {
    @Test func everyRuleHasAUniqueNameASummaryAndAnExample() {
        let names = ParseRepair.rules.map(\.name)
        #expect(Set(names).count == names.count)
        for rule in ParseRepair.rules {
            #expect(!rule.summary.isEmpty && !rule.example.isEmpty, "\(rule.name)")
        }
    }
}

@Suite struct RepairDocumentationTests {
    /// docs/repair.md lists the rules as the table runs them.
    @Test func theDocumentedTableIsTheRuleTable() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/repair.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let table = ParseRepair.rules.enumerated().map { i, rule in
            "| \(i + 1) | `\(rule.name)` | \(rule.summary) | `\(rule.example)` |\n"
        }.joined()
        #expect(text.contains(table))
    }
}
