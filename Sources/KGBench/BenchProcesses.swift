import Foundation
import KGCore

/// Child processes `kg bench` times: `kg query` for start-up, and the peer.
enum BenchProcesses {
    /// This binary, so the start-up measured is the build being benchmarked.
    static var kgExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// Median wall time and median CPU time (ms) of `kg query --db database query` from spawn
    /// to exit, over `runs` runs after one warm-up; throws when the query fails.
    static func startup(database: String, query: String, runs: Int) throws -> (wall: Double, cpu: Double) {
        var wall: [Double] = [], cpu: [Double] = []
        for run in 0...runs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: kgExecutable)
            process.arguments = ["query", "--db", database, query]
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            let cpu0 = BenchClock.childrenCPU(), start = BenchClock.wall()
            try process.run()
            process.waitUntilExit()
            let elapsed = (BenchClock.wall() - start) * 1000, used = (BenchClock.childrenCPU() - cpu0) * 1000
            guard process.terminationStatus == 0 else {
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                throw BenchError("kg query '\(query)' failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
            }
            if run > 0 {
                wall.append(elapsed)
                cpu.append(used)
            }
        }
        return (percentile(wall, 50), percentile(cpu, 50))
    }

    /// The peer's command: `--peer`, else `$KG_PEER`, else the venv `setup.sh` makes by default
    /// next to `peer/peer_extract.py` in the shared folder, when both exist.
    static func peerCommand(_ option: String?) -> String? {
        if let option { return option }
        if let env = ProcessInfo.processInfo.environment["KG_PEER"], !env.isEmpty { return env }
        let python = NSHomeDirectory() + "/.cache/kg-peer/venv/bin/python"
        guard FileManager.default.isExecutableFile(atPath: python) else { return nil }
        for root in BenchCorpus.sharedRoots() {
            let script = root + "/peer/peer_extract.py"
            if FileManager.default.fileExists(atPath: script) {
                return python + " " + URL(fileURLWithPath: script).standardizedFileURL.path
            }
        }
        return nil
    }

    /// Runs `command folder` through the shell and reads the `THROUGHPUT {…}` line it prints
    /// on standard error.
    static func peer(_ command: String, folder: String) throws -> BenchReport.Peer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "peer", folder]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let line = output.split(separator: "\n").last(where: { $0.hasPrefix("THROUGHPUT ") }),
              let object = try JSONSerialization.jsonObject(with: Data(line.dropFirst("THROUGHPUT ".count).utf8)) as? [String: Any]
        else {
            let tail = output.split(separator: "\n").suffix(3).joined(separator: " | ")
            throw BenchError("peer '\(command)' exited with status \(process.terminationStatus): \(tail)")
        }
        func number(_ key: String) -> Double { (object[key] as? NSNumber)?.doubleValue ?? 0 }
        return BenchReport.Peer(command: command, words: Int(number("words")), nlpCPUSeconds: number("nlp_cpu_seconds"),
                                nlpWallSeconds: number("nlp_seconds"), wordsPerCPUSecond: number("words_per_cpu_second"),
                                wordsPerSecond: number("words_per_second"), modelLoadSeconds: number("model_load_seconds"),
                                triples: Int(number("triples")))
    }
}

/// A failure of the benchmark itself, printed as one line.
struct BenchError: DiagnosticConvertible, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
