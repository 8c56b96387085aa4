import Foundation
import KGCore

/// Reads articles from files, folders and standard input, one at a time.
///
/// Paths are read in the order given; folders are walked recursively in sorted (byte) order,
/// skipping hidden files and yielding `.unsupported` for files whose extension is not an article
/// format (`.txt`, `.md`, `.html`, `.htm`, `.json`, `.jsonl`, `.ndjson`, or none), so callers count them. `-` reads standard input, whose format
/// is sniffed from its content. Articles are produced lazily, so a folder of 10,000 files or a
/// JSON-lines file of a million records is never held in memory at once.
///
/// Problems never stop the walk: each one is yielded as a `.problem` next to the articles that
/// could be read (before the article it concerns). Binary, empty, unreadable and vanished files
/// are skipped with an error. Invalid UTF-8 policy (see `TextDecoding`): the article is still read,
/// with each bad sequence replaced by U+FFFD (or the whole file decoded as Windows-1252 when it
/// has no valid multi-byte UTF-8 at all), and an error naming the first bad line is reported, so
/// that nothing readable is lost and the run still ends with a non-zero status.
///
/// ```swift
/// var failed = false
/// for item in ArticleReader(paths: ["news/", "-"]) {
///     switch item {
///     case .article(let article):
///         try store.ingest(extractor.extract(article))      // article.source, .title, .date, .text, .hash
///     case .problem(let problem):
///         FileHandle.standardError.write(Data("kg: \(problem)\n".utf8))  // "news/a.jsonl:3: error: …"
///         failed = failed || problem.isError
///     }
/// }
/// if failed { throw ExitCode.failure }
/// ```
public struct ArticleReader: Sequence {
    public struct Options: Sendable {
        /// Longer article texts are split at paragraph boundaries into parts whose sources are
        /// `path#part2`, `path#part3`, … (the first part keeps the plain source), so that later
        /// stages work on bounded pieces.
        public var maximumArticleBytes = 2_000_000
        /// Files (other than JSON lines, which are streamed) larger than this are skipped with an error;
        /// reading holds about five times a file's size at its peak (text, lines, cleaned text, parts).
        public var maximumFileBytes = 128 << 20

        public init() {}
    }

    public enum Item: Sendable {
        case article(Article)
        case problem(ReadProblem)
        /// A file found in a folder and skipped because its type is not an article format.
        case unsupported(source: String)
    }

    let paths: [String]
    let options: Options
    let standardInput: FileHandle

    /// - Parameter standardInput: what `-` reads; a `Pipe`'s reading end in tests.
    public init(paths: [String], options: Options = Options(), standardInput: FileHandle = .standardInput) {
        self.paths = paths
        self.options = options
        self.standardInput = standardInput
    }

    public func makeIterator() -> Iterator {
        Iterator(inputs: InputWalker(paths: paths), options: options, standardInput: standardInput)
    }
}

extension ArticleReader {
    /// How many files the paths name, folders walked as a read would walk them (articles in
    /// JSON-lines files are not counted one by one); for progress reports.
    public static func countFiles(paths: [String]) -> Int {
        var walker = InputWalker(paths: paths)
        var count = 0
        while let input = walker.next() {
            switch input {
            case .file, .standardInput: count += 1
            default: break
            }
        }
        return count
    }
}
