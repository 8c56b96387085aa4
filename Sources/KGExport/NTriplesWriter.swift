import KGStore
import KGCore

/// Writes a graph as RDF 1.1 N-Triples, in canonical form (one triple a line, literals
/// escaped per the grammar, IRIs percent-encoded to ASCII), so any RDF store loads it.
///
/// IRIs are minted under `base` from ids, which stay stable as long as the store lives:
/// `<base>entity/7`, `<base>relation/send`, `<base>type/place`, `<base>fact/12`,
/// `<base>fact/12/evidence/1`, `<base>article/3`, and `<base>vocab/…` for kg's own properties.
///
/// Provenance is RDF reification, chosen over RDF-star because every RDF 1.1 store reads it:
/// each fact is an `rdf:Statement` (`<fact/12>`) carrying `vocab:negated`, `vocab:symmetric`,
/// `vocab:confidence` and one `vocab:evidence` node per supporting sentence (its text, raw
/// phrase, modality, confidence and `vocab:article`, an article with `dcterms:title/date/source`).
/// Literals are typed: confidences are `xsd:decimal` rounded to three places, dates `xsd:date`,
/// flags `xsd:boolean`, so SPARQL compares and sorts them as numbers and days.
/// Asserted facts are also stated directly (`<entity/1> <relation/send> <entity/2>`); negated
/// facts exist only as statements with `vocab:negated true`, never as a plain triple.
public struct NTriplesWriter: Sendable {
    /// The namespace every minted IRI starts with; always ends in `/`, `#` or `:`.
    public let base: String

    public static let defaultBase = "https://kg.example/"

    /// Checks `base` is an absolute IRI that N-Triples can carry, adding a final `/` when it
    /// ends in none of `/`, `#` or `:` (`urn:x-kg:` stays as it is).
    public init(base: String = NTriplesWriter.defaultBase) throws {
        guard let colon = base.firstIndex(of: ":"), Self.isScheme(base[..<colon]),
              base.index(after: colon) < base.endIndex
        else { throw NTriplesError.baseNotAbsolute(base) }
        if let bad = base.unicodeScalars.first(where: { $0.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains($0) }) {
            throw NTriplesError.baseCharacter(base, bad)
        }
        self.base = "/#:".contains(base.last!) ? base : base + "/"
    }

    /// RFC 3987's scheme: a letter, then letters, digits, `+`, `-` or `.`.
    static func isScheme(_ text: Substring) -> Bool {
        let letters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        guard let first = text.first, letters.contains(first) else { return false }
        return text.allSatisfy { letters.contains($0) || ("0"..."9").contains($0) || "+-.".contains($0) }
    }

    public func write(_ graph: ExportGraph) -> String {
        var out = ""
        func triple(_ subject: String, _ predicate: String, _ object: String) {
            out += subject + " " + predicate + " " + object + " .\n"
        }
        for entity in graph.entities {
            let node = iri("entity/\(entity.id)")
            triple(node, Vocabulary.type, iri("type/" + Self.percentEncoded(entity.type)))
            triple(node, Vocabulary.label, Self.literal(entity.name))
            for alias in graph.aliases[entity.id] ?? [] where alias != entity.name {
                triple(node, Vocabulary.altLabel, Self.literal(alias))
            }
        }
        var articles: [Int: EvidenceRecord] = [:]
        for edge in graph.edges {
            let subject = iri("entity/\(edge.subject)")
            let predicate = iri("relation/" + Self.percentEncoded(edge.relation))
            let object = iri("entity/\(edge.object)")
            if !edge.negated { triple(subject, predicate, object) }
            let fact = iri("fact/\(edge.id)")
            triple(fact, Vocabulary.type, Vocabulary.statement)
            triple(fact, Vocabulary.subject, subject)
            triple(fact, Vocabulary.predicate, predicate)
            triple(fact, Vocabulary.object, object)
            triple(fact, iri("vocab/negated"), Self.boolean(edge.negated))
            triple(fact, iri("vocab/symmetric"), Self.boolean(edge.symmetric))
            triple(fact, iri("vocab/confidence"), Self.decimal(edge.confidence))
            for (index, record) in (graph.evidence[edge.id] ?? []).enumerated() {
                let evidence = iri("fact/\(edge.id)/evidence/\(index + 1)")
                triple(fact, iri("vocab/evidence"), evidence)
                triple(evidence, iri("vocab/sentence"), Self.literal(record.sentence))
                triple(evidence, iri("vocab/phrase"), Self.literal(record.phrase))
                triple(evidence, iri("vocab/modality"), Self.literal(record.modality))
                triple(evidence, iri("vocab/confidence"), Self.decimal(record.confidence))
                triple(evidence, iri("vocab/article"), iri("article/\(record.articleID)"))
                if articles[record.articleID] == nil { articles[record.articleID] = record }
            }
        }
        for id in articles.keys.sorted() {
            let record = articles[id]!
            let article = iri("article/\(id)")
            triple(article, Vocabulary.title, Self.literal(record.articleTitle))
            if let date = record.articleDate { triple(article, Vocabulary.date, Self.date(date)) }
            triple(article, Vocabulary.source, Self.literal(record.source))
        }
        return out
    }

    func iri(_ path: String) -> String { "<" + base + path + ">" }

    enum Vocabulary {
        static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        static let type = "<\(rdf)type>"
        static let statement = "<\(rdf)Statement>"
        static let subject = "<\(rdf)subject>"
        static let predicate = "<\(rdf)predicate>"
        static let object = "<\(rdf)object>"
        static let label = "<http://www.w3.org/2000/01/rdf-schema#label>"
        static let altLabel = "<http://www.w3.org/2004/02/skos/core#altLabel>"
        static let title = "<http://purl.org/dc/terms/title>"
        static let date = "<http://purl.org/dc/terms/date>"
        static let source = "<http://purl.org/dc/terms/source>"
        static let xsd = "http://www.w3.org/2001/XMLSchema#"
    }

    /// An IRI path segment: ASCII letters, digits, `-`, `_` and `~` stay, every other UTF-8 byte
    /// becomes `%XX`, so nothing the IRIREF production forbids can appear.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// A string literal in canonical N-Triples: `"`, `\`, and the controls with short escapes use
    /// them; other controls (NUL included) become `\u00XX`; everything else is written as UTF-8.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func boolean(_ value: Bool) -> String {
        "\"\(value)\"^^<\(Vocabulary.xsd)boolean>"
    }

    static func decimal(_ value: Double) -> String {
        "\"\(RoundedConfidence.text(value))\"^^<\(Vocabulary.xsd)decimal>"
    }

    /// The store keeps ISO days (`2024-06-21`), which are `xsd:date`'s lexical form; anything else
    /// (a hand-edited row) stays a plain literal rather than an invalid typed one.
    static func date(_ day: String) -> String {
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        let isISODay = parts.count == 3 && zip(parts, [4, 2, 2]).allSatisfy { part, length in
            part.count == length && part.allSatisfy { ("0"..."9").contains($0) }
        }
        return isISODay ? "\(literal(day))^^<\(Vocabulary.xsd)date>" : literal(day)
    }
}

/// Why a base IRI was refused.
public enum NTriplesError: DiagnosticConvertible, CustomStringConvertible, Sendable {
    case baseNotAbsolute(String)
    case baseCharacter(String, Unicode.Scalar)

    public var description: String {
        switch self {
        case .baseNotAbsolute(let base):
            "--base \(base): not an absolute IRI (expected something like \(NTriplesWriter.defaultBase))"
        case let .baseCharacter(base, scalar):
            "--base \(base): IRIs cannot contain U+\(String(scalar.value, radix: 16, uppercase: true))"
                + (scalar.value > 0x20 ? " (\(scalar))" : "") + "; percent-encode it"
        }
    }
}
