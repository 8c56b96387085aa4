/// Small string helpers on the standard library only: Foundation's equivalents bridge through
/// UTF-16 on Linux, which made per-line furniture checks dominate reading time.
extension StringProtocol {
    /// Whitespace-separated words (ASCII whitespace checked fast, other Unicode spaces too).
    var words: [Substring] {
        var result: [Substring] = []
        let scalars = unicodeScalars
        var start: String.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let space = scalar.value < 0x80 ? scalar == " " || (0x09...0x0d).contains(scalar.value) : scalar.properties.isWhitespace
            if space {
                if let s = start { result.append(Substring(self[s..<i])); start = nil }
            } else if start == nil {
                start = i
            }
            i = scalars.index(after: i)
        }
        if let s = start { result.append(Substring(self[s..<endIndex])) }
        return result
    }

    /// Without leading and trailing characters from `set` (whitespace by default).
    func trimmed(_ set: Set<Character> = [" ", "\t", "\n", "\r", "\u{A0}"]) -> Substring {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s.removeFirst() }
        while let last = s.last, set.contains(last) { s.removeLast() }
        return s
    }

    /// Whether `needle` occurs in the string, comparing UTF-8 bytes (callers lower-case both sides).
    func containsText(_ needle: String) -> Bool {
        let hay = Array(utf8), pattern = Array(needle.utf8)
        guard let first = pattern.first, pattern.count <= hay.count else { return pattern.isEmpty }
        var i = 0
        while i + pattern.count <= hay.count {
            if hay[i] == first, hay[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }
}
