import Foundation
import Testing

/// `kg ingest` keeps a progress line on standard error when it is a terminal, and writes none to
/// a pipe or file.
@Suite(.enabled(if: builtKG != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/script"),
                "the kg executable is not built, or script(1) is missing"))
struct IngestProgressTests {
    @Test func aTerminalSeesProgressAndAPipeDoesNot() throws {
        let (root, news) = try IsolationTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        // script(1) runs the command on a pseudo-terminal and copies what it writes.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = [builtKG!.path, "ingest", news, "--db", root.appendingPathComponent("tty.sqlite").path]
        process.arguments = ["-q", "-e", "-c", command.map { "'\($0)'" }.joined(separator: " "), "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let terminal = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(terminal.contains("\r\u{1B}[K1/4 files · "), "\(terminal)")
        // The estimate itself depends on the machine's load; its presence and shape do not.
        #expect(terminal.firstMatch(of: /articles\/s · ETA \d+:\d\d/) != nil)
        // The line is cleared before the summary, so the summary starts at the left margin.
        #expect(terminal.contains("\r\u{1B}[K\(root.path)/tty.sqlite: 4 articles (4 added"))

        let piped = try IsolationTests.kg(["ingest", news, "--db", root.appendingPathComponent("pipe.sqlite").path])
        #expect(!piped.stderr.contains("\u{1B}") && !piped.stderr.contains("files · "))
    }
}
