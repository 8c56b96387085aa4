import Foundation
import KGCore

/// Graphviz's `dot` program, found on PATH, run on DOT text held in memory.
public enum Graphviz {
    /// The path of `dot`, or nil when Graphviz is not installed.
    public static var executable: String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":").map { "\($0)/dot" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Where Graphviz comes from, for messages that ask a user to install it.
    public static let installHint = "install Graphviz with `apt-get install graphviz` (macOS: `brew install graphviz`)"

    /// The picture (`format` is any `dot -T` format: svg, png, pdf…) and what `dot` said on
    /// standard error (warnings). Throws `GraphvizError` when `dot` is missing or fails.
    public static func render(_ source: String, format: String) throws -> (picture: Data, messages: String) {
        guard let executable else { throw GraphvizError.notInstalled }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T" + format]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Feed and drain on separate threads: a large graph fills a pipe buffer either way.
        let feeding = Thread {
            try? input.fileHandleForWriting.write(contentsOf: Data(source.utf8))
            try? input.fileHandleForWriting.close()
        }
        feeding.start()
        let messages = Box(Data())
        let draining = Thread { messages.value = errors.fileHandleForReading.readDataToEndOfFile() }
        draining.start()
        let picture = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while draining.isExecuting || feeding.isExecuting { Thread.sleep(forTimeInterval: 0.005) }
        let said = String(decoding: messages.value, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw GraphvizError.failed(status: process.terminationStatus, messages: said)
        }
        return (picture, said)
    }

    /// A value one thread writes and another reads after it has finished.
    private final class Box: @unchecked Sendable {
        var value: Data
        init(_ value: Data) { self.value = value }
    }
}

public enum GraphvizError: DiagnosticConvertible, CustomStringConvertible, Sendable {
    case notInstalled
    case failed(status: Int32, messages: String)

    public var description: String {
        switch self {
        case .notInstalled:
            "Graphviz's `dot` is not installed; \(Graphviz.installHint)"
        case let .failed(status, messages):
            "Graphviz's `dot` failed (exit \(status)): \(messages.trimmingCharacters(in: .whitespacesAndNewlines))"
        }
    }
}
