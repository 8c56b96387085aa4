import Foundation
import KGCore

/// Reads the named-entity layouts of `shared/data/ner`: UNER (tab-separated index, token, tag,
/// with `#` comment lines), wikigold (`token tag`) and CoNLL-2003 (`token POS chunk tag`, with
/// `-DOCSTART-` lines). Blank lines end sentences; the tag is the third tab column for UNER and the
/// last column otherwise. IOB1 and IOB2 files read alike (see `NameSpan.spans`). Dataset type names are mapped to PER, LOC, ORG and MISC.
public enum CoNLLNames {
    public struct FormatError: DiagnosticConvertible, CustomStringConvertible, Sendable {
        public var file: String
        /// 0 when the whole file is at fault.
        public var line: Int
        public var reason: String
        public var diagnostic: Diagnostic { Diagnostic(source: file, line: line > 0 ? line : nil, message: reason) }
        public var description: String { diagnostic.description }
    }

    public static func read(_ path: String) throws -> [LabeledSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FormatError(file: path, line: 0, reason: "cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String = "<input>") throws -> [LabeledSentence] {
        var sentences: [LabeledSentence] = []
        var tokens: [String] = []
        var tags: [String] = []
        var pos: [String] = []
        func flush() {
            if !tokens.isEmpty {
                // CoNLL-2003's second column is a Penn Treebank tag, which the tagger uses.
                let tagged = pos.count == tokens.count && !pos.allSatisfy { $0 == "_" }
                sentences.append(LabeledSentence(tokens: tokens, tags: normalise(tags), pos: tagged ? pos : nil, document: document))
            }
            tokens = []
            tags = []
            pos = []
        }
        var lineNumber = 0
        var document = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                flush()
                continue
            }
            if line.hasPrefix("-DOCSTART-") || line.hasPrefix("# newdoc") {
                flush()
                if !sentences.isEmpty { document += 1 }
                continue
            }
            let token: Substring
            let tag: Substring
            if line.contains("\t") {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                if line.hasPrefix("#") && !(columns.count >= 3 && Int(columns[0]) != nil) { continue }
                if columns.count >= 3, Int(columns[0]) != nil {
                    token = columns[1]
                    tag = columns[2]
                } else if columns.count >= 2 {
                    token = columns[0]
                    tag = columns[columns.count - 1]
                } else {
                    throw FormatError(file: file, line: lineNumber, reason: "expected a token and a tag, found one column")
                }
            } else {
                if line.hasPrefix("# ") { continue }
                let columns = line.split(separator: " ")
                guard columns.count >= 2 else {
                    throw FormatError(file: file, line: lineNumber, reason: "expected a token and a tag, found one column")
                }
                token = columns[0]
                tag = columns[columns.count - 1]
                if columns.count >= 4 { pos.append(String(columns[1])) }
            }
            guard tag == "O" || (tag.count > 2 && (tag.hasPrefix("B-") || tag.hasPrefix("I-"))) else {
                throw FormatError(file: file, line: lineNumber, reason: "'\(tag)' is not an IOB tag (O, B-TYPE or I-TYPE)")
            }
            tokens.append(String(token))
            tags.append(String(tag))
        }
        flush()
        return sentences
    }

    /// Maps dataset types to PER/LOC/ORG/MISC and rewrites the tags as IOB2.
    static func normalise(_ tags: [String]) -> [String] {
        let mapped = tags.map { tag -> String in
            guard tag != "O" else { return tag }
            guard let type = evaluationType[String(tag.dropFirst(2)).lowercased()] else { return "O" }
            return String(tag.prefix(2)) + type
        }
        return NameSpan.tags(of: NameSpan.spans(of: mapped), count: mapped.count)
    }

    static let evaluationType: [String: String] = [
        "per": "PER", "person": "PER",
        "loc": "LOC", "location": "LOC", "gpe": "LOC",
        "org": "ORG", "organization": "ORG", "organisation": "ORG", "corporation": "ORG", "group": "ORG",
        "misc": "MISC", "product": "MISC", "creative-work": "MISC", "event": "MISC",
    ]
}
