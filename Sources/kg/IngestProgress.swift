import Foundation
import KGReader
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The line `kg ingest` keeps up to date on standard error while it runs on a terminal
/// (`812/2,217 files · 41.3 articles/s · ETA 0:34`); silent when standard error is a file or pipe.
struct IngestProgress {
    private let enabled: Bool
    private let totalFiles: Int
    private let started = Date()
    private var items = 0
    private var articles = 0
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(paths: [String]) {
        enabled = isatty(STDERR_FILENO) == 1
        totalFiles = enabled ? ArticleReader.countFiles(paths: paths) : 0
    }

    mutating func advance(by step: Ingest.Step) {
        guard enabled else { return }
        if case .unsupported = step { return }  // not among the files counted
        items += 1
        if case .extracted = step { articles += 1 }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.25 else { return }
        lastDrawn = now
        draw(now)
    }

    /// Clears the line so the summary starts on a clean one.
    mutating func finish() {
        guard drawn else { return }
        writeStandardError("\r\u{1B}[K")
        drawn = false
    }

    private mutating func draw(_ now: Date) {
        let line = Self.line(items: items, articles: articles, totalFiles: totalFiles, seconds: now.timeIntervalSince(started))
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        drawn = true
    }

    /// `812/2217 files · 41.3 articles/s · ETA 0:34`; once more inputs than files were counted
    /// (JSON-lines files hold many articles each), only the count and the rate mean anything.
    static func line(items: Int, articles: Int, totalFiles: Int, seconds: Double) -> String {
        let seconds = max(seconds, 0.001)
        let articleRate = String(format: "%.1f articles/s", Double(articles) / seconds)
        guard items <= totalFiles else { return "\(items) inputs · \(articleRate)" }
        let left = Int((Double(totalFiles - items) * seconds / Double(max(items, 1))).rounded())
        return "\(items)/\(totalFiles) files · \(articleRate) · ETA \(left / 60):" + String(format: "%02d", left % 60)
    }
}
