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

    /// The files of a folder named one by one, backwards, and extracted by two workers give the
    /// graph of the folder read forwards by one: ids, types, names and edges alike.
    @Test func filesGivenInAnyOrderGiveTheGraphOfTheFolder() throws {
        let folder = try Self.articles(12)
        defer { try? FileManager.default.removeItem(at: folder) }
        let news = folder.appendingPathComponent("news").path
        let files = try FileManager.default.contentsOfDirectory(atPath: news).sorted().map { news + "/" + $0 }
        var dumps: [[String]] = []
        for (paths, jobs) in [([news], "1"), (files.reversed(), "2")] {
            let database = folder.appendingPathComponent("graph-\(dumps.count).sqlite").path
            let process = try Self.ingest(paths + ["--db", database, "--jobs", jobs])
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            dumps.append(try Self.dump(database))
        }
        #expect(!dumps[0].isEmpty)
        #expect(dumps[1] == dumps[0])
    }
}
