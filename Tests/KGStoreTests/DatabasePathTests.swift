import Foundation
import Testing
@testable import KGStore

#if canImport(Glibc)
import Glibc
#endif

/// Issue 19, points 3 to 5: database paths that would lose data, damaged or foreign files,
/// and FIFOs that would make kg wait forever.
@Suite struct DatabasePathTests {
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kg-dbpath-\(UUID())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    @Test(arguments: ["", ":memory:", "file:x.sqlite?mode=memory", "FILE:kg.sqlite"])
    func pathsSQLiteWouldNotStoreInAFileAreRefusedForCommands(path: String) throws {
        #expect(throws: StoreError.self) { try Store.checkPath(path) }
        do { try Store.checkPath(path) } catch let error as StoreError {
            guard case .unusablePath = error else { Issue.record("\(error)"); return }
        }
    }

    @Test func aForeignSchemaVersionIsRefusedByWritersAsByReaders() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("g.sqlite").path
        try Store(path: path).db.executeScript("PRAGMA user_version = -1")
        #expect(throws: StoreError.unknownSchema(path: path, found: -1)) { try Store(path: path, readOnly: true) }
        #expect(throws: StoreError.unknownSchema(path: path, found: -1)) { try Store(path: path) }
    }

    @Test func anEmptyFileIsCalledEmptyAndAWriterMakesItAGraph() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("empty.sqlite").path
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: StoreError.empty(path: path)) { try Store(path: path, readOnly: true) }
        #expect(StoreError.empty(path: path).description.contains("empty file (0 bytes)"))
        #expect(try Store(path: path).schemaVersion == Schema.currentVersion)
        #expect(try Store(path: path, readOnly: true).stats().articles == 0)
    }

    /// A graph whose pages after the first (the schema) are overwritten with noise.
    static func corruptGraph(in root: URL) throws -> String {
        let path = root.appendingPathComponent("damaged.sqlite").path
        let store = try Store(path: path)
        for i in 0..<20 {
            try store.ingest(TestArticle(source: "a\(i).txt", sentences: ["Norway sent aid number \(i) to Sweden."],
                                         entities: [.place("Norway"), .place("Sweden")],
                                         facts: [("Norway", "send", "Sweden", 0)]).extraction)
        }
        try store.db.executeScript("PRAGMA journal_mode = DELETE")
        let pageSize = try #require(store.db.scalar("PRAGMA page_size")?.int)
        let file = try #require(FileHandle(forUpdatingAtPath: path))
        defer { try? file.close() }
        let size = Int(try file.seekToEnd())
        var generator = SystemRandomNumberGenerator()
        for page in stride(from: pageSize, to: size, by: pageSize * 2) {
            try file.seek(toOffset: UInt64(page))
            try file.write(contentsOf: Data((0..<pageSize).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        }
        return path
    }

    @Test(arguments: [IntegrityCheck.quick, .full])
    func aWriterRefusesADamagedFile(check: IntegrityCheck) throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = try Self.corruptGraph(in: root)
        #expect(throws: StoreError.corrupt(path: path)) { try Store(path: path, check: check) }
    }

    @Test(.enabled(if: builtKG != nil, "the kg executable is not built"), arguments: [[], ["--check"]])
    func ingestRefusesADamagedFileWithTheReadersMessage(flags: [String]) throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = try Self.corruptGraph(in: root)
        let article = root.appendingPathComponent("b.txt").path
        try "Border deal\n\nPeru signed a border deal with Chile.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let run = try IsolationTests.kg(["ingest", article, "--db", path] + flags)
        #expect(run.status == 1)
        #expect(run.stderr == "kg: error: \(path): database file is corrupt\n")
    }

    @Test(.enabled(if: builtKG != nil, "the kg executable is not built"))
    func databasePathsThatLoseDataAreRefusedByIngest() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let article = root.appendingPathComponent("b.txt").path
        try "Border deal\n\nPeru signed a border deal with Chile.\n".write(toFile: article, atomically: true, encoding: .utf8)
        for (path, message) in [("", "kg: error: '': an empty database path"), (":memory:", "kg: error: :memory:: an in-memory database"),
                                ("file:x.sqlite?mode=memory", "kg: error: file:x.sqlite?mode=memory: an SQLite URI")] {
            let run = try IsolationTests.kg(["ingest", article, "--db", path])
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        }
    }

    @Test(.enabled(if: builtKG != nil, "the kg executable is not built"))
    func aFIFOAsInputOrDatabaseIsRefusedWithoutWaiting() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let database = root.appendingPathComponent("g.sqlite").path
        let article = root.appendingPathComponent("b.txt").path
        try "Border deal\n\nPeru signed a border deal with Chile.\n".write(toFile: article, atomically: true, encoding: .utf8)

        for (arguments, message) in [
            (["ingest", fifo, "--db", database], "\(fifo): error: is a FIFO, not a regular file or folder"),
            (["ingest", "--extracted", fifo, "--db", database], "\(fifo): error: is a FIFO, not a regular file or folder"),
            (["stats", "--db", fifo], "kg: error: \(fifo): is a FIFO, not a database file"),
            (["ingest", article, "--db", fifo], "kg: error: \(fifo): is a FIFO, not a database file"),
        ] {
            let run = try IsolationTests.kg(arguments, timeout: 30)
            #expect(!run.timedOut, "\(arguments) waited on the FIFO")
            #expect(run.status == 1)
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        // Nothing was readable, so no empty graph was left behind.
        #expect(!FileManager.default.fileExists(atPath: database))
    }
}
