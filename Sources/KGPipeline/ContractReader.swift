import Foundation
import KGCore
import KGEntities
import KGLanguage
import KGReader
import KGRelations

/// Reads the extraction contract (`Extraction+Contract.swift`) back into extractions, one line
/// at a time, for `kg ingest --extracted` and for the answers of extraction workers.
///
///     var reader = ContractReader(source: "shard1.jsonl")
///     for line in lines {
///         switch try reader.read(line) {
///         case .extraction(let extraction)?: try store.ingest(extraction)
///         case .failure(let problem)?: print(problem)
///         case nil: continue                      // inside an article
///         }
///     }
///     try reader.finish()                         // an article without its end line is an error
///
/// A malformed line throws a `ReadProblem` naming the file and line; the article it belongs to
/// is dropped whole (the reader skips to the next `article` line), so nothing is half stored.
public struct ContractReader {
    public enum Event {
        /// An article read up to its `end` line.
        case extraction(Extraction)
        /// A worker's report that it could not extract an article (`kind` `failure`).
        case failure(ReadProblem)
    }

    /// Where the lines come from, for error messages.
    public let source: String
    public private(set) var lineNumber = 0
    private var current: Extraction?
    private var skipping = false

    public init(source: String) {
        self.source = source
    }

    public mutating func read(_ line: String) throws -> Event? {
        lineNumber += 1
        if line.allSatisfy(\.isWhitespace) { return nil }
        guard let data = line.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw problem("not a JSON object")
        }
        guard let kind = object["kind"] as? String else { throw problem("no \"kind\"") }
        if kind == "article" {
            let dropped = current.map(\.article.source)
            current = nil
            skipping = false
            current = Extraction(article: try article(object))
            if let dropped { throw problem("article \(dropped) has no end line; not stored") }
            return nil
        }
        if kind == "failure" {
            let failed = try string(object, "source")
            current = nil
            return .failure(ReadProblem(source: failed, reason: try string(object, "reason")))
        }
        if skipping { return nil }
        guard var extraction = current else { throw problem("a \(kind) line before any article line") }
        do {
            switch kind {
            case "sentence":
                guard try int(object, "index") == extraction.sentences.count else { throw problem("sentence index out of order") }
                extraction.sentences.append(Sentence(text: try string(object, "text"), start: try int(object, "start"),
                                                     end: try int(object, "end")))
            case "entity":
                guard try int(object, "id") == extraction.entities.count else { throw problem("entity id out of order") }
                let typeName = try string(object, "type")
                guard let type = EntityType(rawValue: typeName) else { throw problem("unknown entity type \"\(typeName)\"") }
                extraction.entities.append(Entity(name: try string(object, "name"), type: type,
                                                  aliases: object["aliases"] as? [String] ?? []))
            case "mention":
                let tokens = object["tokens"] as? [Int] ?? []
                extraction.mentions.append(Mention(
                    sentence: try int(object, "sentence"), tokens: tokens.count == 2 && tokens[0] <= tokens[1] ? tokens[0]..<tokens[1] : 0..<0,
                    start: try int(object, "start"), end: try int(object, "end"), text: try string(object, "text"),
                    entity: try int(object, "entity")))
            case "triple":
                let modalityName = object["modality"] as? String ?? Modality.asserted.rawValue
                guard let modality = Modality(rawValue: modalityName) else { throw problem("unknown modality \"\(modalityName)\"") }
                extraction.facts.append(Fact(
                    subject: try int(object, "subject_id"), relation: try string(object, "relation"),
                    phrase: try string(object, "relation_text"), object: try int(object, "object_id"),
                    negated: object["negated"] as? Bool ?? false, modality: modality,
                    symmetric: object["symmetric"] as? Bool ?? false, confidence: try double(object, "confidence"),
                    evidence: Evidence(sentence: try int(object, "sentence_index"), start: try int(object, "start"),
                                       end: try int(object, "end")),
                    speaker: object["speaker"] as? String))
            case "warning":
                let severity = ReadProblem.Severity(rawValue: object["severity"] as? String ?? "") ?? .warning
                extraction.warnings.append(ReadProblem(source: try string(object, "source"), line: object["line"] as? Int,
                                                       reason: try string(object, "reason"), severity: severity))
            case "end":
                current = nil
                return .extraction(extraction)
            default:
                return nil  // kinds added later are for other readers
            }
        } catch {
            current = nil
            skipping = true
            throw error
        }
        current = extraction
        return nil
    }

    /// The line a worker answers with when it could not extract the article at `source`.
    public static func failureLine(source: String, reason: String) -> String {
        var line = JSONLine()
        line["kind"] = "failure"
        line["source"] = source
        line["reason"] = reason
        return line.text
    }

    /// Call at the end of the input: an article still open there is incomplete.
    public mutating func finish() throws {
        guard let open = current else { return }
        current = nil
        throw ReadProblem(source: source, line: lineNumber, reason: "article \(open.article.source) has no end line; not stored")
    }

    private func article(_ object: [String: Any]) throws -> Article {
        Article(source: try string(object, "source"), title: try string(object, "title"), date: object["date"] as? String,
                text: "", url: object["url"] as? String, hash: try string(object, "hash"))
    }

    private func problem(_ reason: String) -> ReadProblem {
        ReadProblem(source: source, line: lineNumber, reason: reason)
    }

    private func string(_ object: [String: Any], _ key: String) throws -> String {
        guard let value = object[key] as? String else { throw problem("\"\(key)\" missing or not a string") }
        return value
    }

    private func int(_ object: [String: Any], _ key: String) throws -> Int {
        guard let number = object[key] as? NSNumber, let value = Int(exactly: number.doubleValue) else {
            throw problem("\"\(key)\" missing or not an integer")
        }
        return value
    }

    private func double(_ object: [String: Any], _ key: String) throws -> Double {
        guard let number = object[key] as? NSNumber else { throw problem("\"\(key)\" missing or not a number") }
        return number.doubleValue
    }
}
