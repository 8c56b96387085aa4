import Foundation
import Testing
@testable import KGStore

/// The built `kg` executable, next to the test bundle; nil when it has not been built.
let builtKG: URL? = {
    let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0]
    var folder = URL(fileURLWithPath: bundle).deletingLastPathComponent()
    // macOS runs tests from inside an .xctest bundle; Linux runs the bundle file itself.
    while ["xctest"].contains(folder.pathExtension) || ["MacOS", "Contents"].contains(folder.lastPathComponent) {
        folder.deleteLastPathComponent()
    }
    let kg = folder.appendingPathComponent("kg")
    return FileManager.default.isExecutableFile(atPath: kg.path) ? kg : nil
}()

/// A folder of articles and the graph a clean serial run (`kg ingest --jobs 1`) builds from it,
/// made once; nil when kg is not built or cannot ingest (for example, its models are not trained).
let serialReference: (folder: URL, news: String, database: String)? = {
    guard builtKG != nil, let folder = try? IngestProcessTests.articles(40) else { return nil }
    let news = folder.appendingPathComponent("news").path
    let database = folder.appendingPathComponent("serial.sqlite").path
    guard let process = try? IngestProcessTests.ingest([news, "--db", database, "--jobs", "1"]) else { return nil }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        try? FileManager.default.removeItem(at: folder)
        return nil
    }
    return (folder, news, database)
}()

/// End-to-end runs of the built `kg ingest`; skipped when the executable has not been built
/// (for example, when only this test target was built) or cannot ingest yet.
@Suite(.enabled(if: serialReference != nil, "the kg executable is not built or cannot ingest"))
struct IngestProcessTests {
    /// A folder of `count` two-line articles.
    static func articles(_ count: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-ingest-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("news"), withIntermediateDirectories: true)
        for index in 0..<count {
            // fopen: Foundation's String.write is several times slower per file here.
            let file = fopen(folder.appendingPathComponent(String(format: "news/%05d.txt", index)).path, "w")
            fputs("Report number \(index)\nRomania met Ukraine in Warsaw on day \(index).\n", file)
            fclose(file)
        }
        return folder
    }

    static func ingest(_ arguments: [String], stderr: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = builtKG
        process.arguments = ["ingest"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A canonical dump of everything but timestamps, for comparing two graphs.
    static func dump(_ path: String) throws -> [String] {
        let db = try Store(path: path, readOnly: true).db
        var lines: [String] = []
        for sql in [
            "SELECT id, source, title, hash FROM articles ORDER BY id",
            "SELECT id, article, ord, start, \"end\", text FROM sentences ORDER BY id",
            "SELECT id, name, type FROM entities ORDER BY id",
            "SELECT key, alias, entity, origin FROM aliases ORDER BY key, entity",
            "SELECT id, entity, sentence, start, \"end\", text FROM mentions ORDER BY id",
            "SELECT id, subject, relation, object, negated, symmetric FROM edges ORDER BY id",
            "SELECT id, edge, sentence, start, \"end\", phrase, modality, confidence FROM evidence ORDER BY id",
        ] {
            lines += try db.rows(sql).map { "\($0.values)" }
        }
        return lines
    }

    /// Sentences stored per article source.
    static func sentenceCounts(_ path: String) throws -> [String: Int] {
        let rows = try Store(path: path, readOnly: true).db.rows(
            "SELECT a.source, (SELECT count(*) FROM sentences WHERE article = a.id) FROM articles a")
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.text(0), $0.int(1)) })
    }

    /// Kills a parallel ingest mid-run, then runs it again: the result must be exactly the graph of
    /// a clean serial run (so parallel equals serial, and nothing is half-stored or duplicated).
    @Test func aKilledParallelIngestResumesToExactlyTheGraphOfACleanSerialRun() throws {
        let (folder, news, clean) = try #require(serialReference)
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try Self.sentenceCounts(clean)
        let count = whole.count
        let path = folder.appendingPathComponent("kg.sqlite").path
        let first = try Self.ingest([news, "--db", path, "--jobs", "2"])
        var stored = 0
        let deadline = Date().addingTimeInterval(20)
        while first.isRunning && stored < 3 && Date() < deadline {
            stored = (try? Store(path: path, readOnly: true).db.scalar("SELECT count(*) FROM articles")?.int) ?? 0
            usleep(200)
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        #expect(first.terminationReason == .uncaughtSignal, "ingest finished before it could be killed")

        let store = try Store(path: path)
        #expect(try store.db.scalar("PRAGMA integrity_check")?.string == "ok")
        #expect(try store.db.scalar("PRAGMA foreign_key_check") == nil)
        // Every article that survived is whole: it has all the sentences a clean run stores.
        let survived = try Self.sentenceCounts(path)
        #expect(survived.count < count)
        #expect(survived.allSatisfy { whole[$0.key] == $0.value })

        let errors = Pipe()
        let second = try Self.ingest([news, "--db", path, "--jobs", "2"], stderr: errors)
        let summary = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        #expect(summary.contains("(\(count - survived.count) added, 0 replaced, \(survived.count) unchanged)"), "\(summary)")
        // No duplicate article, mention or evidence: the graph is the one a clean run builds.
        #expect(try Self.dump(path) == Self.dump(clean))
    }
}

/// The store's errors as a user sees them: one line on standard error naming the file, exit status 1.
@Suite(.enabled(if: builtKG != nil, "the kg executable is not built"))
struct StoreCommandErrorTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let run = try IsolationTests.kg(arguments)
        return (run.status, run.stderr)
    }

    @Test func badDatabasesAreOneLineNamingThePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-cli-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt").path
        FileManager.default.createFile(atPath: notes, contents: Data(String(repeating: "my notes\n", count: 100).utf8))
        let missing = folder.appendingPathComponent("gone/kg.sqlite").path

        for (arguments, message) in [
            (["stats", "--db", notes], "\(notes): not an SQLite database"),
            (["ingest", notes, "--db", missing], "\(missing): cannot create the database: folder \(folder.path)/gone does not exist"),
            (["stats", "--db", missing], "\(missing): no such database"),
        ] {
            let (status, stderr) = try Self.run(arguments)
            #expect(status == 1)
            #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
            #expect(stderr.contains(message), "\(stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func unknownNamesInMergeAndAliasAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-cli-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kg.sqlite").path
        let graph = try Store(path: path)
        try graph.ingest(TestArticle(source: "a.txt", sentences: ["Joe Biden visited Kyiv."],
                                     entities: [.person("Joe Biden"), .place("Kyiv")]).extraction)
        let merge = try Self.run(["merge", "Joe Bidne", "Kyiv", "--db", path])
        #expect(merge.status == 1 && merge.stderr.contains("no entity named Joe Bidne; did you mean Joe Biden?"))
        let alias = try Self.run(["alias", "add", "Kyev", "Kiev", "--db", path])
        #expect(alias.status == 1 && alias.stderr.contains("no entity named Kyev; did you mean Kyiv?"))
        let added = try Self.run(["alias", "add", "kyiv", "Kiev", "--db", path])
        #expect(added.status == 0)
        #expect(try graph.entity(named: "Kiev").name == "Kyiv")
    }
}
