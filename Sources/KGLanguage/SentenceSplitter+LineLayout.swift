extension SentenceSplitter {
    /// How the text uses line breaks: one paragraph (or headline) per line, or hard-wrapped at a
    /// fixed width like e-mail and plain-text archives.
    ///
    /// In hard-wrapped text a line break without final punctuation ends a sentence only where a
    /// wrapper would not have broken the line: the next word would still have fitted, so the short
    /// line is a headline, caption or dateline. In text that is not hard-wrapped every such break
    /// ends a sentence.
    struct LineLayout {
        /// The longest line, when the text looks hard-wrapped; nil otherwise.
        let wrapWidth: Int?

        init(_ scalars: [Unicode.Scalar]) {
            var lengths: [Int] = []
            var start = 0, lastVisible = -1
            for i in 0...scalars.count {
                if i == scalars.count || scalars[i] == "\n" {
                    if lastVisible >= start { lengths.append(lastVisible + 1 - start) }
                    start = i + 1
                } else if !scalars[i].isSpace {
                    lastVisible = i
                }
            }
            let widest = lengths.max() ?? 0
            let full = lengths.filter { $0 * 4 >= widest * 3 }.count
            wrapWidth = widest <= 100 && lengths.count >= 3 && full * 2 >= lengths.count ? widest : nil
        }

        func isLineEnd(lineStart: Int, lineEnd: Int, nextLineStart: Int, nextWord: Range<Int>,
                       scalars: [Unicode.Scalar]) -> Bool {
            if nextWord.lowerBound > nextLineStart { return true }           // indented: a new paragraph
            if scalars[nextWord.lowerBound].isLowercase { return false }
            guard let width = wrapWidth else { return true }
            var wordEnd = nextWord.lowerBound
            while wordEnd < scalars.count && !scalars[wordEnd].isSpace { wordEnd += 1 }
            return (lineEnd - lineStart) + 1 + (wordEnd - nextWord.lowerBound) <= width
        }
    }

    /// Capitalised words that usually open a sentence, so an abbreviation before them (`U.S.`,
    /// `Inc.`, `a.m.`) most likely ended the previous one.
    static let openers: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "So",
        "Yet", "In", "On", "At", "For", "From", "With", "By", "To", "Of", "As", "After", "Before",
        "When", "While", "If", "Although", "Though", "Because", "Since", "Until", "During", "Despite",
        "However", "Meanwhile", "Still", "Also", "Then", "Now", "Today", "Yesterday", "Some", "Many",
        "Most", "All", "Both", "Each", "Every", "No", "None", "One", "Other", "Another", "Such",
        "What", "Who", "Why", "How", "Where", "Which", "Later", "Earlier", "Instead", "Indeed", "Thus",
        "Therefore", "Moreover", "Furthermore", "Nevertheless", "Finally", "According", "Under", "Among",
        "Several", "Two", "Three",
    ]
}
