import Foundation
import KGQuery
@testable import KGStore
import Testing
@testable import KGShell

/// What an analyst reading results on a real graph relies on: tables that fit the terminal,
/// paths as structure in `.mode json`, and Ctrl-C that stops a long listing.
@Suite struct AnalystOutputTests {
    static let wide = QueryResult(columns: ["fact", "sentence", "article"], rows: [
        ["Romania -[send]-> Patriot", String(repeating: "Romania decided to send its Patriot battery east. ", count: 6), "Air defence"],
        ["Russia -[pact]- North Korea", "They agreed.", String(repeating: "A very long headline ", count: 5)],
    ])

    @Test func tablesAreCutToTheTerminalWidthWithAnEllipsis() {
        let text = ResultFormatter(mode: .table, width: 100).format(Self.wide)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.map(\.count))")
        #expect(lines[2].hasPrefix("Romania -[send]-> Patriot    Romania decided"))
        #expect(lines[2].contains("…"))
        // The narrow first column keeps its whole text; only the wide ones are cut.
        #expect(lines[3].hasPrefix("Russia -[pact]- North Korea  They agreed."))
    }

    @Test func otherModesAndUnknownWidthsKeepTheFullText() {
        let full = String(repeating: "Romania decided to send its Patriot battery east. ", count: 6)
        #expect(ResultFormatter(mode: .table).format(Self.wide).contains(full))
        for mode in [OutputMode.json, .csv, .tsv] {
            #expect(ResultFormatter(mode: mode, width: 40).format(Self.wide).contains(full.trimmingCharacters(in: .whitespaces)))
        }
    }

    @Test func columnsAreNeverCutBelowAUsefulWidth() {
        #expect(ResultFormatter.fitted([30, 200, 5], into: 20) == [6, 6, 5])
        #expect(ResultFormatter.fitted([10, 20], into: 100) == [10, 20])
        #expect(ResultFormatter.fitted([10, 100, 100], into: 80) == [10, 33, 33])
    }

    @Test func jsonPathsAreArraysOfHopObjects() throws {
        let shell = try ShellFixture()
        #expect(shell.run(".mode json\npath Romania -> Russia with evidence") == .ok)
        let withEvidence = try #require(try JSONSerialization.jsonObject(with: Data(shell.output.utf8)) as? [[String: Any]])
        #expect(withEvidence.count == 1 && withEvidence.first?["hops"] as? Int == 2)
        let hops = try #require(withEvidence.first?["path"] as? [[String: Any]])
        #expect(hops.map { $0["from"] as? String } == ["Romania", "Ukraine"])
        #expect(hops.map { $0["relation"] as? String } == ["support", "accuse"])
        #expect(hops.map { $0["to"] as? String } == ["Ukraine", "Russia"])
        #expect(hops.map { $0["direction"] as? String } == ["->", "->"])
        #expect(hops.allSatisfy { ($0["evidence"] as? String)?.isEmpty == false && $0["negated"] as? Bool == false })
        shell.output = ""
        #expect(shell.run(".mode json\npath Russia -- Romania") == .ok)
        let undirected = try #require(try JSONSerialization.jsonObject(with: Data(shell.output.utf8)) as? [[String: Any]])
        let back = try #require(undirected.first?["path"] as? [[String: Any]])
        #expect(back.first?["direction"] as? String == "<-")
        #expect(back.first?["evidence"] == nil)
    }

    /// The issue: Ctrl-C stopped a query while it computed, but not while 100k rows printed.
    @Test func ctrlCStopsTheOutputToo() throws {
        let fixture = try ShellFixture()
        let store = try Store(path: fixture.dbPath)
        for index in 0..<1_000 {
            try store.db.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, 'person')", [DatabaseValue(1_000 + index), .text("Envoy \(index)")])
            try store.db.execute("INSERT INTO edges (subject, relation, object) VALUES (1, 'meet', ?)", [DatabaseValue(1_000 + index)])
        }
        var printed = ""
        var errors = ""
        var pressed = false
        let session = ShellSession(output: { printed += $0; pressed = true }, errors: { errors += $0 })
        session.interactive = true
        session.isInterrupted = { pressed }
        try session.open(path: fixture.dbPath)
        #expect(session.execute("neighbors Romania limit 5000") == .failed)
        #expect(printed.split(separator: "\n").count == ShellSession.linesPerInterruptPoll)
        #expect(errors == "error: interrupted (output stopped)\n")
        pressed = false
        #expect(session.execute("entity Patriot") == .ok)
    }
}
