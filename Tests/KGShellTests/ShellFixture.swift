import Foundation
@testable import KGStore
@testable import KGShell

/// A session on the hand-built graph of `KGQueryTests/Golden/sample-graph.sql`, in a
/// temporary file, capturing what it prints.
final class ShellFixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let sampleSQL = testsFolder.deletingLastPathComponent().appendingPathComponent("KGQueryTests/Golden/sample-graph.sql")

    let folder: URL
    let dbPath: String
    var output = ""
    var errors = ""
    private(set) var session: ShellSession!

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        dbPath = folder.appendingPathComponent("graph.sqlite").path
        try Self.makeSampleGraph(at: dbPath)
        session = ShellSession(output: { [unowned self] in output += $0 }, errors: { [unowned self] in errors += $0 })
        try session.open(path: dbPath)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static func makeSampleGraph(at path: String) throws {
        let store = try Store(path: path)
        try store.db.executeScript(try String(contentsOf: sampleSQL, encoding: .utf8))
        try store.db.executeScript("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// Runs a script given as text; returns the outcome.
    @discardableResult
    func run(_ script: String, source: String = "stdin") -> ShellSession.Outcome {
        session.run(lines: script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), source: source).outcome
    }
}
