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
        #expect(byType["SEND"]?.first?[8] == "Romania decided to send its Patriot battery east.")
        #expect(byType["SEND"]?.first?[7] == "2")
        #expect(byType["NOT_SEND"]?.first?[4] == "true")
        #expect(byType["NOT_SEND"]?.first?[10] == "")
        #expect(byType["PACT"]?.first?[5] == "true")
        #expect(byType["GO_TO"]?.first?[...3] == ["2", "3", "GO_TO", "go to"])
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

    /// Cypher writes `[A-Z][A-Z0-9_]*` bare; anything else needs backticks in every query.
    @Test(arguments: [("send", "SEND"), ("send_to", "SEND_TO"), ("open up", "OPEN_UP"), ("tell_'s", "TELL_S"),
                      ("director_of", "DIRECTOR_OF"), ("café-visit", "CAFE_VISIT"), ("3d print", "REL_3D_PRINT"),
                      ("  --  ", "RELATED"), ("東京", "RELATED")] as [(String, String)])
    func relationshipTypesAreBareCypherNames(relation: String, type: String) {
        #expect(Neo4jCSVWriter.relationshipType(relation) == type)
    }

    @Test func everyTypeNeedsNoBackticksAndTheRawLabelIsKept() throws {
        let graph = GraphFixture.hostileGraph()
        let edges = try RFC4180.records(Neo4jCSVWriter().write(graph).edges).dropFirst()
        let bare = /[A-Z][A-Z0-9_]*/
        for row in edges { #expect(row[2].wholeMatch(of: bare) != nil, "\(row[2])") }
        #expect(edges.map { $0[3] } == graph.edges.map(\.relation))
    }

    @Test func confidencesHaveThreeDecimalPlaces() throws {
        let graph = ExportGraph(entities: [EntityRecord(id: 1, name: "A", type: "person"), EntityRecord(id: 2, name: "B", type: "place")],
                                edges: [EdgeRecord(id: 1, subject: 1, relation: "visit", object: 2, confidence: 0.6519999999999999)])
        let edges = try RFC4180.records(Neo4jCSVWriter().write(graph).edges)
        #expect(edges[1][6] == "0.652")
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
