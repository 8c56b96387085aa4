import KGCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The inputs named by the user's paths, folders expanded lazily in sorted order, depth first.
struct InputWalker: IteratorProtocol {
    enum Input {
        case file(path: String, listed: Bool)
        case standardInput
        case folderStarted(path: String)
        case folderFinished(path: String)
        /// A file in a folder whose extension is not an article format (`.pdf`, `.png`).
        case unsupported(path: String)
        case problem(ReadProblem)
    }

    private enum Entry {
        case path(String, listed: Bool)
        case folderEnd(String)
    }

    private var stack: [Entry]
    private var visitedFolders: Set<String> = []

    init(paths: [String]) {
        stack = paths.reversed().map { .path($0 == "-" || $0.isEmpty ? $0 : Self.normalised($0), listed: false) }
    }

    /// The same file spelled the same way every run ("./news//a.txt" → "news/a.txt"), because an
    /// article's source is its identity in the store.
    static func normalised(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        let parts = path.split(separator: "/").filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    mutating func next() -> Input? {
        while let entry = stack.popLast() {
            switch entry {
            case .folderEnd(let path):
                return .folderFinished(path: path)
            case .path("-", listed: false):
                return .standardInput
            case .path(let path, let listed):
                switch PathKind(path) {
                case .missing(let reason):
                    let vanished = listed && reason == SystemError.describe(ENOENT)
                    return .problem(ReadProblem(source: path, reason: vanished ? "file vanished before it could be read" : reason))
                case .file:
                    if listed, ArticleFormat.extensions[ArticleFormat.fileExtension(path)] == nil { return .unsupported(path: path) }
                    return .file(path: path, listed: listed)
                case .other(let kind):
                    if listed { continue }
                    return .problem(ReadProblem(source: path, reason: PathKind.refusal(kind)))
                case .folder(let id):
                    // Symbolic links can make a folder its own descendant.
                    guard visitedFolders.insert(id).inserted else { continue }
                    let names: [String]
                    do { names = try folderEntries(path) } catch { return .problem(ReadProblem(source: path, reason: error.reason)) }
                    stack.append(.folderEnd(path))
                    let base = path == "/" ? path : path == "." ? "" : path + "/"
                    for name in names.reversed() where !name.hasPrefix(".") {
                        stack.append(.path(base + name, listed: true))
                    }
                    return .folderStarted(path: path)
                }
            }
        }
        return nil
    }
}
