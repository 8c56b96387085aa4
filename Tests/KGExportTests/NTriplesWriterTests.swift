import Foundation
import Testing
import KGStore
@testable import KGExport

/// A strict reader for one N-Triples line (RDF 1.1 grammar), returning the three terms decoded.
struct NTriplesLine: Equatable {
    enum Term: Equatable {
        case iri(String)
        case blank(String)
        case literal(String, datatype: String?, language: String?)
    }

    var subject: Term, predicate: Term, object: Term

    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    init(_ line: String) throws {
        var scalars = Substring(line).unicodeScalars[...]
        func fail(_ why: String) -> Invalid { Invalid(description: "\(why) at …\(String(String.UnicodeScalarView(scalars.prefix(20)))) in \(line.debugDescription)") }
        func skipSpace() { while let s = scalars.first, s == " " || s == "\t" { scalars.removeFirst() } }
        func hex(_ count: Int) throws -> Unicode.Scalar {
            let digits = String(String.UnicodeScalarView(scalars.prefix(count)))
            guard digits.count == count, let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value)
            else { throw fail("bad \\u escape") }
            scalars.removeFirst(count)
            return scalar
        }
        func uchar() throws -> Unicode.Scalar {
            switch scalars.popFirst() {
            case "u": try hex(4)
            case "U": try hex(8)
            default: throw fail("bad escape")
            }
        }
        func iri() throws -> String {
            guard scalars.popFirst() == "<" else { throw fail("expected <") }
            var out = String.UnicodeScalarView()
            while let s = scalars.popFirst() {
                if s == ">" {
                    let text = String(out)
                    guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { throw fail("relative IRI") }
                    return text
                }
                if s == "\\" { out.append(try uchar()); continue }
                if s.value <= 0x20 || "<\"{}|^`".unicodeScalars.contains(s) { throw fail("character U+\(String(s.value, radix: 16)) in IRI") }
                out.append(s)
            }
            throw fail("unterminated IRI")
        }
        func term(allowLiteral: Bool, allowBlank: Bool) throws -> Term {
            switch scalars.first {
            case "<": return .iri(try iri())
            case "_" where allowBlank:
                scalars.removeFirst()
                guard scalars.popFirst() == ":" else { throw fail("expected _:") }
                var label = ""
                while let s = scalars.first, s != " ", s != "\t", s != "." || scalars.dropFirst().first.map({ $0 != " " && $0 != "\t" }) ?? false {
                    label.unicodeScalars.append(s); scalars.removeFirst()
                }
                guard !label.isEmpty else { throw fail("empty blank node label") }
                return .blank(label)
            case "\"" where allowLiteral:
                scalars.removeFirst()
                var value = String.UnicodeScalarView()
                while true {
                    guard let s = scalars.popFirst() else { throw fail("unterminated literal") }
                    if s == "\"" { break }
                    if s == "\n" || s == "\r" { throw fail("raw line break in literal") }
                    guard s == "\\" else { value.append(s); continue }
                    switch scalars.first {
                    case "t": value.append("\t")
                    case "b": value.append("\u{8}")
                    case "n": value.append("\n")
                    case "r": value.append("\r")
                    case "f": value.append("\u{C}")
                    case "\"": value.append("\"")
                    case "'": value.append("'")
                    case "\\": value.append("\\")
                    case "u", "U": value.append(try uchar()); continue
                    default: throw fail("bad escape")
                    }
                    scalars.removeFirst()
                }
                if scalars.starts(with: "^^".unicodeScalars) {
                    scalars.removeFirst(2)
                    return .literal(String(value), datatype: try iri(), language: nil)
                }
                if scalars.first == "@" {
                    scalars.removeFirst()
                    var tag = ""
                    while let s = scalars.first, s.properties.isAlphabetic || s == "-" || ("0"..."9").contains(s) {
                        tag.unicodeScalars.append(s); scalars.removeFirst()
                    }
                    return .literal(String(value), datatype: nil, language: tag)
                }
                return .literal(String(value), datatype: nil, language: nil)
            default: throw fail("expected a term")
            }
        }
        skipSpace()
        subject = try term(allowLiteral: false, allowBlank: true)
        skipSpace()
        predicate = try term(allowLiteral: false, allowBlank: false)
        skipSpace()
        object = try term(allowLiteral: true, allowBlank: true)
        skipSpace()
        guard scalars.popFirst() == "." else { throw fail("expected .") }
        skipSpace()
        guard scalars.isEmpty else { throw fail("text after .") }
    }

    static func parse(_ document: String) throws -> [NTriplesLine] {
        #expect(document.isEmpty || document.hasSuffix("\n"))
        return try document.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { try NTriplesLine(String($0)) }
    }
}

@Suite struct NTriplesWriterTests {
    static let label = NTriplesLine.Term.iri("http://www.w3.org/2000/01/rdf-schema#label")
    static let rdfType = NTriplesLine.Term.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    static let statement = NTriplesLine.Term.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")

    @Test func storeGraphRoundTripsEveryEntityAndFactOnce() throws {
        let graph = try GraphFixture.small().store.exportGraph()
        let writer = try NTriplesWriter(base: "http://example.org/news#")
        let triples = try NTriplesLine.parse(writer.write(graph))
        for entity in graph.entities {
            let labels = triples.filter { $0.subject == .iri("http://example.org/news#entity/\(entity.id)") && $0.predicate == Self.label }
            #expect(labels.map(\.object) == [.literal(entity.name, datatype: nil, language: nil)])
        }
        let statements = triples.filter { $0.predicate == Self.rdfType && $0.object == Self.statement }
        #expect(statements.map(\.subject) == graph.edges.map { .iri("http://example.org/news#fact/\($0.id)") })
        // Asserted facts are stated once; the negated one (Germany -send-> Taurus) never is.
        for edge in graph.edges {
            let stated = triples.filter {
                $0.subject == .iri("http://example.org/news#entity/\(edge.subject)")
                    && $0.object == .iri("http://example.org/news#entity/\(edge.object)")
            }
            #expect(stated.count == (edge.negated ? 0 : 1), "\(edge)")
        }
        #expect(triples.contains { $0.predicate == .iri("http://example.org/news#relation/go%20to") })
        #expect(triples.contains {
            $0.predicate == .iri("http://example.org/news#vocab/negated")
                && $0.object == .literal("true", datatype: "http://www.w3.org/2001/XMLSchema#boolean", language: nil)
        })
        #expect(Set(triples.map { "\($0)" }).count == triples.count, "a triple written twice")
    }

    @Test func hostileStringsGiveValidLinesThatReadBackExactly() throws {
        let graph = GraphFixture.hostileGraph()
        let triples = try NTriplesLine.parse(try NTriplesWriter().write(graph))
        let labels = triples.filter { $0.predicate == Self.label }.map(\.object)
        #expect(labels == graph.entities.map { .literal($0.name, datatype: nil, language: nil) })
        let predicates = Set(triples.compactMap { if case .iri(let iri) = $0.predicate { iri } else { nil } })
        #expect(predicates.filter { $0.hasPrefix("https://kg.example/relation/") }.count
            == Set(graph.edges.filter { !$0.negated }.map(\.relation)).count)
        for case .iri(let iri) in triples.flatMap({ [$0.subject, $0.predicate, $0.object] }) {
            #expect(iri.unicodeScalars.allSatisfy { $0.isASCII }, "\(iri)")
        }
        let sentences = triples.filter { $0.predicate == .iri("https://kg.example/vocab/sentence") }.map(\.object)
        #expect(sentences == graph.edges.map { .literal(graph.evidence[$0.id]![0].sentence, datatype: nil, language: nil) })
    }

    @Test func literalsUseTheCanonicalEscapes() {
        #expect(NTriplesWriter.literal("a\"b\\c\nd\re\tf\u{8}\u{C}\u{0}\u{7F}é") == "\"a\\\"b\\\\c\\nd\\re\\tf\\b\\f\\u0000\\u007Fé\"")
        #expect(NTriplesWriter.percentEncoded("go to/é~") == "go%20to%2F%C3%A9~")
    }

    @Test func datesAndConfidencesAreTypedLiterals() {
        let xsd = "http://www.w3.org/2001/XMLSchema#"
        #expect(NTriplesWriter.decimal(0.6519999999999999) == "\"0.652\"^^<\(xsd)decimal>")
        #expect(NTriplesWriter.decimal(0.9) == "\"0.9\"^^<\(xsd)decimal>")
        #expect(NTriplesWriter.decimal(1) == "\"1.0\"^^<\(xsd)decimal>")
        #expect(NTriplesWriter.decimal(0.0004) == "\"0.0\"^^<\(xsd)decimal>")
        #expect(NTriplesWriter.date("2024-06-21") == "\"2024-06-21\"^^<\(xsd)date>")
        // Only an ISO day is typed: an invalid typed literal is worse than a plain one.
        #expect(NTriplesWriter.date("June 2024") == "\"June 2024\"")
    }

    @Test func evidenceCarriesItsModality() throws {
        let fixture = try GraphFixture.small()
        let article = try fixture.article("Reports from Kyiv", date: "2024-07-01")
        let edge = try fixture.fact(fixture.entity("Poland", "place"), "send", fixture.entity("Leopard", "object"),
                                    modality: "reported", evidence: [(article, "Officials said Poland sent Leopards.")])
        let triples = try NTriplesLine.parse(try NTriplesWriter().write(try fixture.store.exportGraph()))
        let modality = triples.first {
            $0.subject == .iri("https://kg.example/fact/\(edge)/evidence/1") && $0.predicate == .iri("https://kg.example/vocab/modality")
        }
        #expect(modality?.object == .literal("reported", datatype: nil, language: nil))
    }

    @Test(arguments: ["kg.example", "https kg", "1http://x/", "http://a b/", "http://x/<y>", ":nothing"])
    func refusesBasesThatAreNotAbsoluteIRIs(base: String) {
        #expect(throws: NTriplesError.self) { try NTriplesWriter(base: base) }
    }

    @Test func addsTheMissingSlashToABase() throws {
        #expect(try NTriplesWriter(base: "https://example.org/kg").base == "https://example.org/kg/")
        #expect(try NTriplesWriter(base: "urn:x-kg:").base == "urn:x-kg:")
    }
}
