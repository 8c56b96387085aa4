import Foundation
import Testing
import KGStore
@testable import KGExport

/// A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes and line breaks.
enum RFC4180 {
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = text.unicodeScalars[...]
        var fieldStarted = false
        while let s = scalars.popFirst() {
            switch s {
            case "\"" where !fieldStarted && field.isEmpty:
                while true {
                    guard let q = scalars.popFirst() else { throw Invalid(description: "unterminated quoted field") }
                    if q == "\"" {
                        if scalars.first == "\"" { scalars.removeFirst(); field += "\"" } else { break }
                    } else {
                        field.unicodeScalars.append(q)
                    }
                }
                guard let next = scalars.first, next == "," || next == "\r" else {
                    throw Invalid(description: "text after a closing quote in \(field.debugDescription)")
                }
                fieldStarted = true
            case "\"": throw Invalid(description: "quote inside an unquoted field \(field.debugDescription)")
            case ",":
                record.append(field); field = ""; fieldStarted = false
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Invalid(description: "CR without LF") }
                record.append(field); records.append(record)
                record = []; field = ""; fieldStarted = false
            case "\n": throw Invalid(description: "bare LF outside quotes")
            default:
                field.unicodeScalars.append(s); fieldStarted = true
            }
        }
        guard record.isEmpty && field.isEmpty else { throw Invalid(description: "last record without CRLF") }
        return records
    }
}

@Suite struct Neo4jCSVWriterTests {
    @Test func storeGraphRoundTripsEveryRowOnce() throws {
        let graph = try GraphFixture.small().store.exportGraph()
        let (nodesText, edgesText) = Neo4jCSVWriter().write(graph)
        let nodes = try RFC4180.records(nodesText)
        #expect(nodes.first == [":ID", "name", ":LABEL"])
        #expect(Array(nodes.dropFirst()) == graph.entities.map { ["\($0.id)", $0.name, "Entity;" + $0.type.prefix(1).uppercased() + $0.type.dropFirst()] })
        let edges = try RFC4180.records(edgesText)
        #expect(edges.first == Neo4jCSVWriter.edgeHeader)
        #expect(edges.count == graph.edges.count + 1)
        let byType = Dictionary(grouping: edges.dropFirst(), by: { $0[2] })
        #expect(byType["send"]?.first?[8] == "Romania decided to send its Patriot battery east.")
        #expect(byType["send"]?.first?[7] == "2")
        #expect(byType["NOT_send"]?.first?[4] == "true")
        #expect(byType["NOT_send"]?.first?[10] == "")
        #expect(byType["pact"]?.first?[5] == "true")
        #expect(byType["go to"]?.first?[...3] == ["2", "3", "go to", "go to"])
    }

    @Test func hostileStringsParseBackToTheSameRows() throws {
        let graph = GraphFixture.hostileGraph()
        let (nodesText, edgesText) = Neo4jCSVWriter().write(graph)
        let nodes = try RFC4180.records(nodesText).dropFirst()
        #expect(nodes.map { $0[1] } == graph.entities.map(\.name))
        #expect(nodes.allSatisfy { $0.count == 3 })
        let edges = try RFC4180.records(edgesText).dropFirst()
        #expect(edges.map { $0[3] } == graph.edges.map(\.relation))
        #expect(edges.map { $0[8] } == graph.edges.map { graph.evidence[$0.id]![0].sentence })
        #expect(edges.allSatisfy { $0.count == Neo4jCSVWriter.edgeHeader.count })
    }

    @Test func labelsCannotSplitOnSemicolons() {
        #expect(Neo4jCSVWriter.label("weird;type") == "Weird_type")
    }

    @Test(arguments: [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
                      ("two\r\nlines", "\"two\r\nlines\""), (" pad", "\" pad\""), ("", "")] as [(String, String)])
    func fieldsAreQuotedOnlyWhenNeeded(text: String, field: String) {
        #expect(CSV.field(text) == field)
    }
}
