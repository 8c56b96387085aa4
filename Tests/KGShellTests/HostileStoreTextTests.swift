import Foundation
@testable import KGStore
import Testing
@testable import KGShell

/// Names read back from the store — NUL and control characters included — keep every
/// output mode parseable and come back exactly.
@Suite struct HostileStoreTextTests {
    static let names = [
        "Nul\u{0}inside", "Quote \"Co\", 'Ltd'", "Line\nbreak\r\n\ttab", "Esc\u{1B}[31m red\u{7}",
        "\u{202E}rtl\u{200F} שלום", "<script>alert(1)</script>", "digraph { a -> b } ; DROP TABLE edges; --",
        "back\\slash\\n\\u{0}", String(repeating: "ten kB ", count: 1_500),
    ]

    /// The sample graph plus one organisation per hostile name, each funding Romania (entity 1).
    static func shell() throws -> ShellFixture {
        let shell = try ShellFixture()
        let store = try Store(path: shell.dbPath)
        for (offset, name) in names.enumerated() {
            try store.db.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, 'organization')", [.integer(Int64(900 + offset)), .text(name)])
            try store.db.execute("INSERT INTO edges (id, subject, relation, object) VALUES (?, ?, 'fund', 1)", [.integer(Int64(900 + offset)), .integer(Int64(900 + offset))])
        }
        return shell
    }

    static func query(_ mode: String) throws -> String {
        let shell = try shell()
        shell.run(".mode \(mode)\n?x -[fund]-> Romania")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        return shell.output
    }

    @Test func jsonMode() throws {
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(try Self.query("json").utf8)) as? [[String: String]])
        #expect(parsed.compactMap { $0["?x"] }.sorted() == Self.names.sorted())
    }

    @Test func csvMode() throws {
        let records = CSVReader.parse(try Self.query("csv"))
        #expect(records.first == ["?x"])
        #expect(records.dropFirst().map { $0[0] }.sorted() == Self.names.sorted())
    }

    @Test func tsvMode() throws {
        let lines = try Self.query("tsv").split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "?x")
        #expect(lines.dropFirst().map { ResultFormatterTests.unescapeTSV(String($0)) }.sorted() == Self.names.sorted())
    }

    @Test func tableModeShowsEveryRowOnOneLineWithoutRawControls() throws {
        let text = try Self.query("table")
        #expect(!text.unicodeScalars.contains { ResultFormatter.isInvisible($0) && $0 != "\n" })
        #expect(text.contains("Nul\\u{0}inside"))
        #expect(text.contains("Esc\\u{1B}[31m red\\u{7}"))
        let rows = text.split(separator: "\n").filter { $0.contains("<script>") || $0.contains("Nul") || $0.contains("ten kB") }
        #expect(rows.count == 3)
    }
}
