import Foundation
import Synchronization
import Testing
@testable import KGStore

/// One article must never take down a run: the built `kg` with its testing hook `KG_FAULT`
/// makes extraction trap or hang on a chosen article.
@Suite(.enabled(if: builtKG != nil, "the kg executable is not built"))
struct IsolationTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when the run outlived its time limit and was killed.
        var timedOut = false
    }

    /// Runs the built kg. `stdin` is read as standard input; `stdout` takes standard output
    /// (/dev/full, a pipe nobody reads) instead of a file read back; `limits` are shell commands run before kg
    /// (`ulimit -f 1`); after `timeout` seconds the run is killed and marked as timed out.
    static func kg(_ arguments: [String], fault: String? = nil, stdin: String? = nil, stdout: FileHandle? = nil, limits: String? = nil,
                   timeout: Double? = nil) throws -> Run {
        let process = Process()
        if let limits {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", limits + "; exec \"$0\" \"$@\"", builtKG!.path] + arguments
        } else {
            process.executableURL = builtKG
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["KG_FAULT"] = fault
        // As users run it: each process hashes with a fresh seed, so output that follows hash order shows.
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        process.environment = environment
        // Standard output goes to a file, so a long answer never blocks the process while standard error is read.
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kg-stdout-\(UUID())")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let errors = Pipe()
        process.standardOutput = try stdout ?? FileHandle(forWritingTo: output)
        if let stdin { process.standardInput = FileHandle(forReadingAtPath: stdin) }
        process.standardError = errors
        try process.run()
        let killed = Mutex(false)
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                guard process.isRunning else { return }
                killed.withLock { $0 = true }
                process.terminate()
            }
        }
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: try String(contentsOf: output, encoding: .utf8),
                   stderr: String(decoding: stderr, as: UTF8.self), timedOut: killed.withLock { $0 })
    }

    /// Three plain articles and one containing the word FAULTLINE, in a fresh folder.
    static func folder() throws -> (root: URL, news: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kg-isolation-\(UUID())")
        let news = root.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        let stories = [
            "a.txt": "Talks in Oslo\n\nNorway met Sweden in Oslo on Monday.\n",
            "b.txt": "Border deal\n\nPeru signed a border deal with Chile.\n",
            "c.txt": "The FAULTLINE story\n\nKenya sent FAULTLINE engineers to Uganda.\n",
            "d.txt": "Grain exports\n\nEgypt bought wheat from Romania.\n",
        ]
        for (name, text) in stories {
            try text.write(to: news.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return (root, news.path)
    }

    static func articleSources(_ database: String) throws -> [String] {
        try Store(path: database, readOnly: true).db.rows("SELECT source FROM articles ORDER BY source").map { $0.text(0) }
    }

    @Test(arguments: ["1", "2"])
    func aTrappingArticleIsNamedRecordedAndTheOthersAreStored(jobs: String) throws {
        let (root, news) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.appendingPathComponent("kg.sqlite").path
        let run = try Self.kg(["ingest", news, "--db", database, "--jobs", jobs], fault: "trap:FAULTLINE")
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(news)/c.txt: error: extraction crashed (signal "), "\(run.stderr)")
        #expect(try Self.articleSources(database) == ["\(news)/a.txt", "\(news)/b.txt", "\(news)/d.txt"])
        let store = try Store(path: database, readOnly: true)
        #expect(try store.db.scalar("PRAGMA integrity_check")?.string == "ok")
        #expect(try store.failures().map(\.source) == ["\(news)/c.txt"])
        let stats = try Self.kg(["stats", "--db", database])
        #expect(stats.stdout.contains("failures   1") && stats.stdout.contains("\(news)/c.txt: extraction crashed"))

        // The next run retries it: once the fault is gone it is stored and its failure forgotten.
        let again = try Self.kg(["ingest", news, "--db", database, "--jobs", jobs])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("(1 added, 0 replaced, 3 unchanged)"))
        #expect(try Store(path: database, readOnly: true).failures().isEmpty)
    }

    @Test func aHangingArticleTimesOutAndTheRunGoesOn() throws {
        let (root, news) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.appendingPathComponent("kg.sqlite").path
        let started = Date()
        let run = try Self.kg(["ingest", news, "--db", database, "--article-timeout", "4"], fault: "hang:FAULTLINE")
        // A hang would never end; a debug build loading its models on a busy machine takes a while.
        #expect(Date().timeIntervalSince(started) < 120)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(news)/c.txt: error: extraction timed out after 4 s"), "\(run.stderr)")
        #expect(try Self.articleSources(database).count == 3)
        #expect(try Store(path: database, readOnly: true).db.scalar("PRAGMA integrity_check")?.string == "ok")
    }

    @Test func extractOverSeveralFilesIsolatesTheSameWay() throws {
        let (root, news) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.kg(["extract", "--json", news], fault: "trap:FAULTLINE")
        #expect(run.status == 1)
        #expect(run.stderr.contains("c.txt: error: extraction crashed (signal "))
        let documents = Set(run.stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("\"kind\":\"article\"") else { return nil }
            return line.components(separatedBy: "\"source\":\"").last?.components(separatedBy: "\"").first
        })
        #expect(documents == ["\(news)/a.txt", "\(news)/b.txt", "\(news)/d.txt"])
    }

    /// The sharded run of `docs/ingest.md`: extract shards anywhere, store them with `--extracted`.
    @Test func extractedShardsStoreTheGraphOfAPlainIngest() throws {
        let (root, news) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let plain = root.appendingPathComponent("plain.sqlite").path
        #expect(try Self.kg(["ingest", news, "--db", plain]).status == 0)
        var shards: [String] = []
        for (index, names) in [["a.txt"], ["b.txt", "c.txt"], ["d.txt"]].enumerated() {
            let run = try Self.kg(["extract", "--json"] + names.map { "\(news)/\($0)" })
            #expect(run.status == 0)
            let shard = root.appendingPathComponent("shard\(index).jsonl")
            try run.stdout.write(to: shard, atomically: true, encoding: .utf8)
            shards.append(shard.path)
        }
        let sharded = root.appendingPathComponent("sharded.sqlite").path
        let run = try Self.kg(["ingest", "--extracted"] + shards + ["--db", sharded])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try IngestProcessTests.dump(sharded) == IngestProcessTests.dump(plain))
        // Idempotent like any ingest: the same shards again change nothing.
        let again = try Self.kg(["ingest", "--extracted"] + shards + ["--db", sharded])
        #expect(again.stderr.contains("(0 added, 0 replaced, 4 unchanged)"), "\(again.stderr)")
    }

    @Test func aTruncatedShardStoresOnlyWholeArticles() throws {
        let (root, news) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let lines = try Self.kg(["extract", "--json", news]).stdout.split(separator: "\n")
        let shard = root.appendingPathComponent("cut.jsonl")
        // Cut inside the last article (d.txt), as a copy interrupted mid-file would.
        try (lines.dropLast(2).joined(separator: "\n") + "\n").write(to: shard, atomically: true, encoding: .utf8)
        let database = root.appendingPathComponent("kg.sqlite").path
        let run = try Self.kg(["ingest", "--extracted", shard.path, "--db", database])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(shard.path):\(lines.count - 2): error: article \(news)/d.txt has no end line; not stored"), "\(run.stderr)")
        #expect(try Self.articleSources(database).count == 3)
    }

    @Test func unsupportedFilesAreCountedAndAMissingPathCreatesNoDatabase() throws {
        let (root, news) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["scan.pdf", "notes.pdf", "logo.png"] {
            try Data([0x25, 0x50]).write(to: URL(fileURLWithPath: "\(news)/\(name)"))
        }
        let run = try Self.kg(["ingest", news, "--db", root.appendingPathComponent("kg.sqlite").path])
        #expect(run.stderr.hasSuffix("; skipped 3 files of unsupported type (.pdf 2, .png 1)\n"), "\(run.stderr)")

        let database = root.appendingPathComponent("never.sqlite").path
        let missing = try Self.kg(["ingest", root.appendingPathComponent("no-such-folder").path, "--db", database])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-folder: error: no such file or folder"))
        #expect(!FileManager.default.fileExists(atPath: database))
    }
}
