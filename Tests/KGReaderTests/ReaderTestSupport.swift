import Foundation
import KGCore
@testable import KGReader

/// A fresh folder under the system temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "kg-reader-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }
}

struct ReadOutcome {
    var articles: [Article] = []
    var problems: [ReadProblem] = []
    var unsupported: [String] = []

    var errors: [ReadProblem] { problems.filter(\.isError) }
    var warnings: [ReadProblem] { problems.filter { !$0.isError } }
}

func readAll(_ paths: [String], options: ArticleReader.Options = .init(), standardInput: FileHandle = .standardInput) -> ReadOutcome {
    var outcome = ReadOutcome()
    for item in ArticleReader(paths: paths, options: options, standardInput: standardInput) {
        switch item {
        case .article(let article): outcome.articles.append(article)
        case .problem(let problem): outcome.problems.append(problem)
        case .unsupported(let source): outcome.unsupported.append(source)
        }
    }
    return outcome
}

/// Reads `text` as a single file named `name` (its extension picks the format).
func readOne(_ name: String, _ text: String) throws -> ReadOutcome {
    let folder = try TemporaryFolder()
    return readAll([try folder.write(name, text)])
}

/// A pipe already holding `text` and closed for writing, standing in for standard input.
func standardInput(_ text: String) -> FileHandle {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(text.utf8))
    try? pipe.fileHandleForWriting.close()
    return pipe.fileHandleForReading
}
