/// Cuts article text into sentences with their tokens filled in (text, offsets, `spaceAfter`).
///
/// ```swift
/// let sentences = SentenceSplitter().split("""
///     Patriots head east
///
///     Dr. J. Okafor met U.S. officials on Jun. 3. “We’ll see,” she said.
///     """)
/// sentences.map(\.text)
/// // ["Patriots head east", "Dr. J. Okafor met U.S. officials on Jun. 3.", "“We’ll see,” she said."]
/// ```
///
/// A sentence ends after `.`, `!`, `?` or an ellipsis (and any closing quotes or brackets after
/// it) unless a lower-case word follows a quote or an ellipsis (`“Why?” she asked`); after an abbreviation (`U.S.`, `Inc.`, an initial)
/// only when the next word is one that typically opens a sentence (`The`, `He`, …); never after a
/// title (`Dr.`, `Mr.`). A blank line always ends a sentence. A single line break ends one when
/// the line has final punctuation, the next line is indented, or the line is a headline, caption
/// or dateline rather than a hard-wrapped piece of a paragraph (see `LineLayout`).
/// Offsets are Unicode-scalar offsets into `text`.
public struct SentenceSplitter: Sendable {
    let tokenizer = Tokenizer()

    public init() {}

    public func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        let spans = tokenizer.spans(scalars, in: 0..<scalars.count)
        let tokens = tokenizer.tokens(scalars, spans: spans, offset: 0)
        guard !tokens.isEmpty else { return [] }
        let layout = LineLayout(scalars)
        var sentences: [Sentence] = []
        var first = 0, lineStart = 0
        for k in 0..<tokens.count {
            let ends: Bool
            if k + 1 == tokens.count {
                ends = true
            } else {
                ends = endsSentence(after: k, first: first, spans: spans, scalars: scalars, layout: layout, lineStart: lineStart)
                var g = spans[k + 1].lowerBound - 1
                while g >= spans[k].upperBound {
                    if scalars[g] == "\n" { lineStart = g + 1; break }
                    g -= 1
                }
            }
            guard ends else { continue }
            let start = spans[first].lowerBound, end = spans[k].upperBound
            sentences.append(Sentence(text: scalars.string(start..<end), start: start, end: end, tokens: Array(tokens[first...k])))
            first = k + 1
        }
        return sentences
    }

    func endsSentence(after k: Int, first: Int, spans: [Range<Int>], scalars: [Unicode.Scalar],
                      layout: LineLayout, lineStart: Int) -> Bool {
        let gap = spans[k].upperBound..<spans[k + 1].lowerBound
        var newlines = 0, lastNewline = -1
        for g in gap where scalars[g] == "\n" { newlines += 1; lastNewline = g }
        if newlines >= 2 { return true }
        let next = spans[k + 1]
        let nextFirst = scalars[next.lowerBound]
        // A closing quote or bracket glued to the full stop belongs to this sentence.
        if gap.isEmpty && all(next, scalars, \.isClosing) { return false }
        var e = k
        while e > first && all(spans[e], scalars, \.isClosing) { e -= 1 }
        let last = spans[e]
        if all(last, scalars, \.isSentenceFinal) {
            if newlines == 1 { return true }
            if isContinuingPunctuation(nextFirst) { return false }
            // "Why?" he asked: after closing quotes or an ellipsis the sentence may go on in lower
            // case; a bare `.`, `?` or `!` before a lower-case word (e-mail and chat style) ends it.
            return !nextFirst.isLowercase || (e == k && !isEllipsis(last, scalars))
        }
        if last.count > 1 && scalars[last.upperBound - 1] == "." {
            let word = scalars.string(last.lowerBound..<last.upperBound - 1)
            if Tokenizer.titles.contains(word) { return false }
            // In hard-wrapped text a line may well break after `U.S.` or an initial mid-sentence.
            if newlines == 1 && layout.wrapWidth == nil { return true }
            return SentenceSplitter.openers.contains(scalars.string(next)) || isOpeningQuote(nextFirst)
        }
        guard newlines == 1 else { return false }
        return layout.isLineEnd(lineStart: lineStart, lineEnd: spans[k].upperBound,
                                nextLineStart: lastNewline + 1, nextWord: next, scalars: scalars)
    }

    func all(_ span: Range<Int>, _ scalars: [Unicode.Scalar], _ test: (Unicode.Scalar) -> Bool) -> Bool {
        for i in span where !test(scalars[i]) { return false }
        return true
    }

    func isEllipsis(_ span: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var dots = 0
        for i in span where scalars[i] == "." || scalars[i] == "\u{2026}" { dots += scalars[i] == "." ? 1 : 2 }
        return dots > 1
    }

    func isContinuingPunctuation(_ c: Unicode.Scalar) -> Bool {
        c == "," || c == ";" || c == ":" || c == ")" || c == "]" || c == "%" || c.isSentenceFinal
    }

    func isOpeningQuote(_ c: Unicode.Scalar) -> Bool { c == "\"" || c == "\u{201C}" || c == "\u{2018}" }
}
