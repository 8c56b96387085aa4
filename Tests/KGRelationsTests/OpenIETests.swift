import Testing
import KGLanguage
@testable import KGRelations

/// Open-IE tuples (`kg extract --carb`) over hand-parsed sentences.
@Suite struct OpenIETests {
    func tuples(_ table: String) throws -> [String] {
        OpenIE().tuples(try parse(table)).map { ([$0.relation] + $0.arguments).joined(separator: " | ") }
    }
}
