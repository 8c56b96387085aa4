/// Files skipped because their type is not an article format, counted by extension for a
/// summary: `3 files of unsupported type (.pdf 2, .png 1)`.
public struct UnsupportedFiles: Sendable, CustomStringConvertible {
    public private(set) var count = 0
    private var byExtension: [String: Int] = [:]

    public init(_ paths: [String] = []) {
        for path in paths { add(path) }
    }

    public mutating func add(_ path: String) {
        count += 1
        byExtension["." + ArticleFormat.fileExtension(path), default: 0] += 1
    }

    /// Most frequent extension first, then by name.
    public var description: String {
        let kinds = byExtension.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
        return "\(count) file\(count == 1 ? "" : "s") of unsupported type (\(kinds.joined(separator: ", ")))"
    }
}
