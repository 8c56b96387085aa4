import KGCore

/// Text that arrives already cut into sentences and tokens: one sentence per line with Penn
/// Treebank escapes (CaRB, PTB), CoNLL-U treebanks, or CoNLL column files (CoNLL-X, CoNLL-2003).
///
/// ```swift
/// let input = PretokenizedText(lines: "Oba -LRB- the king -RRB- said `` yes '' .\n")
/// input.sentences[0].text                  // "Oba -LRB- the king -RRB- said `` yes '' ."  (the line, unchanged)
/// input.sentences[0].tokens.map(\.text)    // ["Oba", "(", "the", "king", ")", "said", "\"", "yes", "\"", "."]
/// input.sentences[0].tokens[1].start       // 4: the span of "-LRB-" in the line
/// ```
///
/// Token texts are always unescaped, so the tagger sees `(` and `"`. Offsets point into `text`:
/// for `lines:` that is the input itself and a token's span covers its escaped form (`-LRB-`);
/// for CoNLL-U it is the `# text` lines joined by newlines, and for CoNLL the unescaped tokens
/// joined by spaces, one sentence per line.
public struct PretokenizedText: Sendable {
    /// The text the sentences' and tokens' offsets point into.
    public var text: String
    public var sentences: [Sentence]

    /// One sentence per line, tokens separated by spaces or tabs; blank lines are skipped.
    public init(lines input: String) {
        let scalars = Array(input.unicodeScalars)
        var sentences: [Sentence] = []
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart && scalars[contentEnd - 1] == "\r" { contentEnd -= 1 }
            var tokens: [Token] = []
            var i = lineStart
            while i < contentEnd {
                if scalars[i].isSpace { i += 1; continue }
                var end = i
                while end < contentEnd && !scalars[end].isSpace { end += 1 }
                tokens.append(Token(text: PretokenizedText.unescape(scalars.string(i..<end)), start: i, end: end,
                                    spaceAfter: end < contentEnd))
                i = end
            }
            if !tokens.isEmpty {
                sentences.append(Sentence(text: scalars.string(lineStart..<contentEnd), start: lineStart,
                                          end: contentEnd, tokens: tokens))
            }
            lineStart = lineEnd + 1
        }
        self.text = input
        self.sentences = sentences
    }

    /// A CoNLL-U treebank (see `CoNLLU`): syntactic words with the annotation they carry.
    public init(conllu input: String) throws {
        var text = String.UnicodeScalarView()
        var length = 0
        var sentences: [Sentence] = []
        for record in try CoNLLU.parse(input) {
            if length > 0 { text.append("\n"); length += 1 }
            let base = length
            text.append(contentsOf: record.text.unicodeScalars)
            length += record.text.unicodeScalars.count
            var tokens = record.tokens
            for k in tokens.indices {
                tokens[k].text = PretokenizedText.unescape(tokens[k].text)
                tokens[k].start += base
                tokens[k].end += base
            }
            sentences.append(Sentence(text: record.text, start: base, end: length, tokens: tokens))
        }
        self.text = String(text)
        self.sentences = sentences
    }

    /// A CoNLL column file: blank lines between sentences, the word in the first column
    /// (CoNLL-2003) or, when the first column numbers the words, in the second (CoNLL-X).
    /// `-DOCSTART-` lines and `#` comments are skipped; annotation columns are ignored.
    public init(conll input: String) {
        var text = String.UnicodeScalarView()
        var length = 0
        var sentences: [Sentence] = []
        var tokens: [Token] = []

        func flush() {
            guard !tokens.isEmpty else { return }
            tokens[tokens.count - 1].spaceAfter = false
            sentences.append(Sentence(text: tokens.map(\.text).joined(separator: " "), start: tokens[0].start,
                                      end: tokens[tokens.count - 1].end, tokens: tokens))
            tokens = []
        }

        for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if columns.isEmpty { flush(); continue }
            if columns[0] == "-DOCSTART-" || columns[0].hasPrefix("#") { continue }
            let numbered = columns.count >= 6 && Int(columns[0]) == tokens.count + 1
            let form = PretokenizedText.unescape(String(numbered ? columns[1] : columns[0]))
            if length > 0 { text.append(tokens.isEmpty ? "\n" : " "); length += 1 }
            let start = length
            text.append(contentsOf: form.unicodeScalars)
            length += form.unicodeScalars.count
            tokens.append(Token(text: form, start: start, end: length))
        }
        flush()
        self.text = String(text)
        self.sentences = sentences
    }

    /// Undoes Penn Treebank escapes: `-LRB-` → `(`, `` `` `` and `''` → `"`, `\/` → `/`.
    public static func unescape(_ token: String) -> String {
        switch token {
        case "-LRB-", "-lrb-": return "("
        case "-RRB-", "-rrb-": return ")"
        case "-LSB-", "-lsb-": return "["
        case "-RSB-", "-rsb-": return "]"
        case "-LCB-", "-lcb-": return "{"
        case "-RCB-", "-rcb-": return "}"
        case "``", "''": return "\""
        case "`": return "'"
        default:
            guard token.contains("\\") else { return token }
            return token.replacingAll("\\/", with: "/").replacingAll("\\*", with: "*")
        }
    }
}

private extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
