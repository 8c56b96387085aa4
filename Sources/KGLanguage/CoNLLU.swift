import KGCore

/// Reads CoNLL-U treebanks (Universal Dependencies) into sentences with gold annotation.
///
/// Multi-word token lines (`1-2`) and empty nodes (`1.1`) are skipped: kg works on syntactic
/// words. Offsets are synthesised from the `# text` line when the words can be found in it,
/// otherwise from the words joined by single spaces.
public enum CoNLLU {
    /// A treebank sentence: its tokens and the document it belongs to (from `# newdoc id`).
    public struct Record: Sendable {
        public var id: String
        public var document: String?
        public var text: String
        public var tokens: [Token]
    }

    public struct FormatError: DiagnosticConvertible, CustomStringConvertible, Sendable {
        /// The file the text came from; nil for text handed over without a name.
        public var source: String?
        public var line: Int
        public var reason: String
        public var diagnostic: Diagnostic { Diagnostic(source: source, line: line, message: reason) }
        public var description: String { diagnostic.description }
    }

    /// The sentences of a CoNLL-U text; `source` names it in a `FormatError`.
    public static func parse(_ content: String, source: String? = nil) throws -> [Record] {
        var records: [Record] = []
        var id = "", text = "", document: String?
        var rows: [[Substring]] = []
        var lineNumber = 0

        func flush() {
            guard !rows.isEmpty else { return }
            records.append(Record(id: id, document: document, text: text, tokens: tokens(rows, text: text)))
            rows = []
            id = ""
            text = ""
        }

        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                if let value = comment(line, "# sent_id") { id = value }
                else if let value = comment(line, "# text") { text = value }
                else if let value = comment(line, "# newdoc id") { document = value }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw FormatError(source: source, line: lineNumber, reason: "expected 10 tab-separated columns, found \(columns.count)")
            }
            if columns[0].contains("-") || columns[0].contains(".") { continue }
            rows.append(columns)
        }
        flush()
        return records
    }

    static func comment(_ line: Substring, _ key: String) -> String? {
        guard line.hasPrefix(key) else { return nil }
        let rest = line.dropFirst(key.count).drop(while: { $0 == " " })
        guard rest.first == "=" else { return nil }
        return String(rest.dropFirst().drop(while: { $0 == " " }))
    }

    static func tokens(_ rows: [[Substring]], text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var cursor = 0
        var synthetic = 0
        return rows.map { columns in
            let form = String(columns[1])
            let formScalars = Array(form.unicodeScalars)
            var start = -1
            if !formScalars.isEmpty, let found = find(formScalars, in: scalars, from: cursor) { start = found }
            let end: Int
            if start >= 0 {
                end = start + formScalars.count
                cursor = end
            } else {
                start = max(cursor, synthetic)
                end = start + formScalars.count
            }
            synthetic = end + 1
            let head = Int(columns[6]).map { $0 - 1 } ?? -1
            return Token(text: form, start: start, end: end, upos: UPOS(String(columns[3])), xpos: XPOS(String(columns[4])),
                         lemma: String(columns[2]), head: head, deprel: DependencyRelation(String(columns[7])),
                         spaceAfter: !columns[9].contains("SpaceAfter=No"))
        }
    }

    /// Finds `needle` at or after `from`, skipping only whitespace before it.
    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        var i = from
        while i < haystack.count, haystack[i].properties.isWhitespace { i += 1 }
        guard i + needle.count <= haystack.count else { return nil }
        for k in 0..<needle.count where haystack[i + k] != needle[k] { return nil }
        return i
    }
}
