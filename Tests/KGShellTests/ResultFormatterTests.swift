import Foundation
import KGQuery
@testable import KGStore
import Testing
@testable import KGShell

/// Hostile cell text must never break a mode's syntax: each mode is parsed back and must
/// give exactly the rows that went in.
@Suite struct ResultFormatterTests {
    static let hostile = [
        "plain", "comma, here", "quote \" here", "new\nline", "tab\there", "carriage\rreturn", "\u{202E}rtl\u{200F}mark",
        "bell\u{7}del\u{7F}nel\u{85}", "back\\slash\\n", "<script>alert(1)</script>", " leading", "trailing ", "",
        "Ro\u{0301}mania 🇷🇴", "line\u{2028}separator", "\"quoted\" start\tthen tab", "DROP TABLE edges; --", String(repeating: "long ", count: 2000),
    ]
    static let result = QueryResult(columns: ["name", "other, \"col\""], rows: hostile.map { [$0, "after"] })

    static func format(_ mode: OutputMode) -> String { ResultFormatter(mode: mode).format(result) }

    @Test func jsonParsesBackToTheSameStrings() throws {
        let text = Self.format(.json)
        #expect(!text.unicodeScalars.contains { ResultFormatter.isInvisible($0) && $0 != "\n" })
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: String]])
        #expect(parsed.map { $0["name"]! } == Self.hostile)
        #expect(parsed.allSatisfy { $0["other, \"col\""] == "after" })
    }

    @Test func jsonPrintsCountColumnsAsNumbers() throws {
        let result = QueryResult(columns: ["path", "hops"], rows: [["A -[x]-> B", "1"], ["12", "2"]], numericColumns: [1])
        let text = ResultFormatter(mode: .json).format(result)
        #expect(text == "[\n{\"path\": \"A -[x]-> B\", \"hops\": 1},\n{\"path\": \"12\", \"hops\": 2}\n]\n")
    }

    @Test func csvParsesBackToTheSameStrings() {
        let records = CSVReader.parse(Self.format(.csv))
        #expect(records.first == ["name", "other, \"col\""])
        #expect(records.dropFirst().map { $0 } == Self.result.rows)
    }

    @Test func tsvKeepsOneRecordPerLine() {
        let lines = Self.format(.tsv).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == Self.hostile.count + 1)
        for (line, original) in zip(lines.dropFirst(), Self.hostile) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 2)
            #expect(Self.unescapeTSV(String(fields[0])) == original)
        }
    }

    /// Issue 19: a field opening with a quote would start a quoted field for readers that take
    /// TSV as CSV with tabs, swallowing the tab after it.
    @Test func tsvNeverOpensAFieldWithAQuote() {
        let fields = Self.format(.tsv).split(separator: "\n").flatMap { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(!fields.contains { $0.hasPrefix("\"") })
        let row = QueryResult(columns: ["a", "b", "c"], rows: [["\"hello\", she said", "tab\there\\", "new\nline"]])
        #expect(ResultFormatter(mode: .tsv, header: false).format(row) == "\\\"hello\", she said\ttab\\there\\\\\tnew\\nline\n")
    }

    @Test func tableKeepsOneLinePerRowAndShowsInvisibles() {
        let text = Self.format(.table)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == Self.hostile.count + 2)
        #expect(!text.unicodeScalars.contains { ResultFormatter.isInvisible($0) && $0 != "\n" })
        #expect(text.contains("\\u{202E}rtl\\u{200F}mark"))
        #expect(text.contains("new\\nline"))
    }

    @Test func hostileNamesFromTheStoreSurviveEveryMode() throws {
        let shell = try ShellFixture()
        let name = "Evil \"Co\",\n\t<script>\u{202E}x\u{1}"
        let store = try Store(path: shell.dbPath)
        try store.db.execute("INSERT INTO entities (id, name, type) VALUES (50, ?, 'organization')", [.text(name)])
        try store.db.execute("INSERT INTO edges (id, subject, relation, object) VALUES (50, 50, 'fund', 1)")
        shell.run(".mode json\n?x -[fund]-> Romania\n.mode csv\n?x -[fund]-> Romania")
        #expect(shell.errors.isEmpty)
        let parts = shell.output.components(separatedBy: "]\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data((parts[0] + "]").utf8)) as? [[String: String]])
        #expect(json == [["?x": name]])
        #expect(CSVReader.parse(parts[1]) == [["?x"], [name]])
    }

    static func unescapeTSV(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            guard s == "\\", let next = scalars.next() else { result.unicodeScalars.append(s); continue }
            switch next {
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "u":
                _ = scalars.next() // {
                var hex = ""
                while let h = scalars.next(), h != "}" { hex.unicodeScalars.append(h) }
                result.unicodeScalars.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
            default: result.unicodeScalars.append(next)
            }
        }
        return result
    }
}

/// A strict RFC 4180 reader, independent of the writer under test.
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { characters.removeFirst(); field += "\"" } else { quoted = false; afterQuote = true }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && field.isEmpty && !afterQuote {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""; afterQuote = false
            } else if c == "\n" {
                record.append(field); records.append(record); record = []; field = ""; afterQuote = false
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
