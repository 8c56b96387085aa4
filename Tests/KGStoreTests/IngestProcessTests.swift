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

/// End-to-end runs of the built `kg ingest`; skipped when the executable has not been built
/// (for example, when only this test target was built).
@Suite(.enabled(if: builtKG != nil, "the kg executable is not built"))
struct IngestProcessTests {
    /// A folder of `count` three-line articles.
    static func articles(_ count: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-ingest-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("news"), withIntermediateDirectories: true)
        for index in 0..<count {
            // fopen: Foundation's String.write is several times slower per file here.
            let file = fopen(folder.appendingPathComponent(String(format: "news/%05d.txt", index)).path, "w")
            fputs("Report number \(index)\nRomania met Ukraine in round \(index).\nGermany sent a Patriot to Poland.\n", file)
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

    @Test func parallelIngestStoresExactlyWhatASerialRunStores() throws {
        let folder = try Self.articles(40)
        defer { try? FileManager.default.removeItem(at: folder) }
        let news = folder.appendingPathComponent("news").path
        let serial = folder.appendingPathComponent("serial.sqlite").path
        let parallel = folder.appendingPathComponent("parallel.sqlite").path
        let one = try Self.ingest([news, "--db", serial, "--jobs", "1"])
        one.waitUntilExit()
        let three = try Self.ingest([news, "--db", parallel, "--jobs", "3"])
        three.waitUntilExit()
        #expect(one.terminationStatus == 0 && three.terminationStatus == 0)
        let dumped = try Self.dump(serial)
        #expect(dumped.count > 40)
        #expect(try Self.dump(parallel) == dumped)
    }

    @Test func aKilledIngestLeavesWholeArticlesAndASecondRunFinishesTheRest() throws {
        let count = 400
        let folder = try Self.articles(count)
        defer { try? FileManager.default.removeItem(at: folder) }
        let news = folder.appendingPathComponent("news").path
        let path = folder.appendingPathComponent("kg.sqlite").path

        let first = try Self.ingest([news, "--db", path, "--jobs", "2"])
        var stored = 0
        let deadline = Date().addingTimeInterval(20)
        while first.isRunning && stored < 5 && Date() < deadline {
            stored = (try? Store(path: path, readOnly: true).db.scalar("SELECT count(*) FROM articles")?.int) ?? 0
            usleep(500)
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()

        let store = try Store(path: path)
        #expect(try store.db.scalar("PRAGMA integrity_check")?.string == "ok")
        #expect(try store.db.scalar("PRAGMA foreign_key_check") == nil)
        let survived = try store.db.scalar("SELECT count(*) FROM articles")?.int ?? 0
        #expect(first.terminationReason == .uncaughtSignal, "ingest finished before it could be killed")
        #expect(survived < count)
        // Every stored article is whole: all three of its sentences are there.
        #expect(try store.db.scalar("SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM sentences WHERE article = a.id) != 3")?.int == 0)

        let errors = Pipe()
        let second = try Self.ingest([news, "--db", path, "--jobs", "2"], stderr: errors)
        let summary = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        #expect(summary.contains("(\(count - survived) added, 0 replaced, \(survived) unchanged)"), "\(summary)")
        let counts = try store.db.rows("""
            SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT source) FROM articles), (SELECT count(*) FROM sentences),
                   (SELECT count(*) FROM (SELECT 1 FROM mentions GROUP BY entity, sentence, start, "end" HAVING count(*) > 1)),
                   (SELECT count(*) FROM (SELECT 1 FROM evidence GROUP BY edge, sentence, start, "end" HAVING count(*) > 1))
            """)[0]
        #expect(counts.values == [.integer(Int64(count)), .integer(Int64(count)), .integer(Int64(3 * count)), 0, 0])
    }
}
