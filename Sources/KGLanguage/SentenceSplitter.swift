import KGCore

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
///
/// No sentence is longer than `maximumTokens`: a longer run without a sentence end (a table
/// flattened to text, a list, a missing full stop) is cut, preferably after a comma, semicolon,
/// colon or dash, so the later stages stay fast; `segment` says which sentences were cut.
public struct SentenceSplitter: Sendable {
    let tokenizer = Tokenizer()
    /// The longest sentence returned, in tokens (the longest in UD English EWT has 159).
    public let maximumTokens: Int

    public init(maximumTokens: Int = 250) {
        precondition(maximumTokens > 1, "a sentence must be allowed at least two tokens")
        self.maximumTokens = maximumTokens
    }

    public func split(_ text: String) -> [Sentence] { segment(text).sentences }

    /// The sentences of `text` and the indexes of those that end at a cut, not at a sentence end.
    public func segment(_ text: String) -> Segmentation {
        let scalars = Array(text.unicodeScalars)
        let spans = tokenizer.spans(scalars, in: 0..<scalars.count)
        let tokens = tokenizer.tokens(scalars, spans: spans, offset: 0)
        guard !tokens.isEmpty else { return Segmentation(sentences: [], cut: []) }
        let layout = LineLayout(scalars)
        var result = Segmentation(sentences: [], cut: [])
        var first = 0, lineStart = 0
        func emit(_ last: Int) {
            let start = spans[first].lowerBound, end = spans[last].upperBound
            result.sentences.append(Sentence(text: scalars.string(start..<end), start: start, end: end, tokens: Array(tokens[first...last])))
            first = last + 1
        }
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
            if ends {
                emit(k)
            } else if k + 1 - first == maximumTokens {
                result.cut.append(result.sentences.count)
                emit(cutPoint(first: first, last: k, spans: spans, scalars: scalars))
            }
        }
        return result
    }

    /// Sentences as `segment` found them.
    public struct Segmentation: Sendable, Hashable {
        public var sentences: [Sentence]
        /// Indexes into `sentences` of those cut at `maximumTokens` rather than ended by the text.
        public var cut: [Int]
    }

    /// The last token of a too-long sentence `first...last`: the last clause-ending punctuation in
    /// its second half, or `last`.
    func cutPoint(first: Int, last: Int, spans: [Range<Int>], scalars: [Unicode.Scalar]) -> Int {
        var k = last
        while k > first + (last - first) / 2 {
            if spans[k].count == 1, Self.clauseBreaks.contains(scalars[spans[k].lowerBound]) { return k }
            k -= 1
        }
        return last
    }

    static let clauseBreaks: Set<Unicode.Scalar> = [",", ";", ":", "-", "\u{2013}", "\u{2014}"]

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
