/// The one order articles are linked into the graph in, whatever order runs store them in: by the
/// folders and file names of their source, one part at a time in byte order (the order `kg ingest`
/// walks folders in), then by record number (`path:12` after `path:9`, `path#part2` after `path`).
/// Any two sources compare, and only equal sources compare equal, so the order is a function of
/// the set of articles.
public enum StoreOrder {
    /// Whether the article `a` is linked before the article `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let keyA = key(a), keyB = key(b)
        if !keyA.folders.elementsEqual(keyB.folders, by: { $0.elementsEqual($1) }) {
            return keyA.folders.lexicographicallyPrecedes(keyB.folders) { $0.lexicographicallyPrecedes($1) }
        }
        if keyA.records != keyB.records { return keyA.records.lexicographicallyPrecedes(keyB.records) }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The path's parts as UTF-8, and the record numbers after it: `news/a.jsonl:3#part2` gives
    /// `news`, `a.jsonl` and 3, 2.
    static func key(_ source: String) -> (folders: [Substring.UTF8View], records: [Int]) {
        var path = Substring(source)
        var records: [Int] = []
        while let record = lastRecord(of: path) {
            records.insert(record.number, at: 0)
            path = path[..<record.start]
        }
        return (path.split(separator: "/", omittingEmptySubsequences: false).map(\.utf8), records)
    }

    /// A trailing `:N`, `#N` or `#partN` and where it starts.
    private static func lastRecord(of path: Substring) -> (number: Int, start: Substring.Index)? {
        let digits = path.reversed().prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, digits.count <= 9, let number = Int(String(digits.reversed())) else { return nil }
        var start = path.index(path.endIndex, offsetBy: -digits.count)
        if path[..<start].hasSuffix("#part") { start = path.index(start, offsetBy: -5) }
        else if path[..<start].hasSuffix(":") || path[..<start].hasSuffix("#") { start = path.index(before: start) }
        else { return nil }
        return start == path.startIndex ? nil : (number, start)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
