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
