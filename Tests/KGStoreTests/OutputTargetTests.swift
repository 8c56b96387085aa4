import Foundation
import Testing
@testable import KGStore

#if canImport(Glibc)
import Glibc
#endif

/// Issue 19, points 1 and 2: `-o` never replaces what is not a regular file, and a failed
/// write (standard output included) ends the command with an error, leaving no half export.
@Suite(.enabled(if: builtKG != nil, "the kg executable is not built"))
struct OutputTargetTests {
    /// A folder with a small graph of `facts` facts between a few countries.
    static func graph(facts: Int = 3) throws -> (root: URL, database: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kg-output-\(UUID())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let database = root.appendingPathComponent("g.sqlite").path
        let store = try Store(path: database)
        for i in 0..<facts {
            let sentence = "Norway sent aid number \(i) to Sweden in a long and detailed sentence."
            try store.ingest(TestArticle(source: "a\(i).txt", sentences: [sentence],
                                         entities: [.place("Norway"), .place("Sweden")],
                                         facts: [("Norway", "send_\(i)", "Sweden", 0)]).extraction)
        }
        // Out of WAL mode, so readers write nothing (a file size limit then hits only the export).
        try store.db.executeScript("PRAGMA journal_mode = DELETE")
        return (root, database)
    }

    static func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test(.enabled(if: getuid() == 0, "mknod needs root"))
    func aDeviceNodeIsWrittenInPlaceNotReplaced() throws {
        let (root, database) = try Self.graph()
        defer { try? FileManager.default.removeItem(at: root) }
        let device = root.appendingPathComponent("null").path
        // Major 1, minor 3: the null device.
        #expect(mknod(device, S_IFCHR | 0o666, (1 << 8) | 3) == 0)
        for arguments in [["export", "--format", "jsonl"], ["export", "--format", "ntriples"], ["dot"]] {
            let run = try IsolationTests.kg(arguments + ["--db", database, "-o", device])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(Self.kind(device) == S_IFCHR, "\(arguments) replaced the device node")
        }
    }

    @Test func aFIFOIsWrittenInPlaceAndASymlinkKeepsPointingAtItsTarget() throws {
        let (root, database) = try Self.graph()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader is there first, so kg's open() does not wait; the answer fits the pipe's buffer.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        let run = try IsolationTests.kg(["export", "--format", "jsonl", "--db", database, "-o", fifo], timeout: 20)
        #expect(run.status == 0 && !run.timedOut, "\(run.stderr)")
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).contains("\"Norway\""))
        #expect(Self.kind(fifo) == S_IFIFO)

        let target = root.appendingPathComponent("real.jsonl").path
        let link = root.appendingPathComponent("link.jsonl").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try IsolationTests.kg(["export", "--format", "jsonl", "--db", database, "-o", link]).status == 0)
        #expect(Self.kind(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"Norway\""))
    }

    /// Runs kg with standard output on /dev/full: it must stop with exactly one error line.
    static func expectFullDiskError(_ arguments: [String], stdin: String? = nil) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try IsolationTests.kg(arguments, stdin: stdin, stdout: full)
        #expect(run.status == 1, "\(arguments)")
        #expect(run.stderr == "kg: error: cannot write standard output: No space left on device\n", "\(arguments)")
    }

    @Test(arguments: [
        ["export", "--format", "jsonl"], ["export", "--format", "ntriples"], ["dot"], ["stats", "--json"],
        ["query", "--mode", "json", "?a -[*]-> ?b"], ["alias", "list", "Norway"],
    ])
    func aFullDiskOnStandardOutputIsAnError(arguments: [String]) throws {
        let (root, database) = try Self.graph()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.expectFullDiskError(arguments + ["--db", database])
    }

    @Test func extractionAndAPipedShellOnAFullDiskStopWithOneError() throws {
        let (root, database) = try Self.graph()
        defer { try? FileManager.default.removeItem(at: root) }
        let article = root.appendingPathComponent("a.txt").path
        try "Talks in Oslo\n\nNorway met Sweden in Oslo on Monday.\n".write(toFile: article, atomically: true, encoding: .utf8)
        try Self.expectFullDiskError(["extract", "--json", article])
        let script = root.appendingPathComponent("script.kgq").path
        try "?a -[*]-> ?b\n?a -[*]-> ?b\n".write(toFile: script, atomically: true, encoding: .utf8)
        try Self.expectFullDiskError(["shell", "--db", database], stdin: script)
    }

    @Test func aClosedPipeEndsTheCommandQuietly() throws {
        let (root, database) = try Self.graph(facts: 200)
        defer { try? FileManager.default.removeItem(at: root) }
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let run = try IsolationTests.kg(["export", "--format", "jsonl", "--db", database], stdout: pipe.fileHandleForWriting)
        #expect(run.status == 128 + SIGPIPE)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    /// A simulated full disk: a file size limit (with SIGXFSZ ignored, so writes fail with EFBIG).
    @Test func aFailedWriteLeavesNoHalfExportBehind() throws {
        let (root, database) = try Self.graph(facts: 40)
        defer { try? FileManager.default.removeItem(at: root) }
        let limits = "trap '' XFSZ; ulimit -f 2"
        let folder = root.appendingPathComponent("neo4j").path
        let neo4j = try IsolationTests.kg(["export", "--format", "neo4j", "--db", database, "-o", folder], limits: limits)
        #expect(neo4j.status == 1)
        #expect(neo4j.stderr.hasPrefix("kg: error: cannot write \(folder)/"), "\(neo4j.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder))

        let file = root.appendingPathComponent("graph.jsonl").path
        try "the previous export\n".write(toFile: file, atomically: true, encoding: .utf8)
        let jsonl = try IsolationTests.kg(["export", "--format", "jsonl", "--db", database, "-o", file], limits: limits)
        #expect(jsonl.status == 1 && jsonl.stderr.hasPrefix("kg: error: cannot write \(file): File too large"), "\(jsonl.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "the previous export\n")
        // Neither run left a temporary file or folder beside its target.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted().filter { !$0.hasPrefix("g.sqlite") }
                == ["graph.jsonl"])
    }
}
