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
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    private mutating func draw(_ now: Date) {
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(items) / seconds
        var line = "\(items)"
        // JSON-lines files hold many articles each: then only the count and the rate mean anything.
        if items <= totalFiles {
            line += "/\(totalFiles) files"
            let left = Int((Double(totalFiles - items) / max(rate, 0.001)).rounded())
            line += String(format: " · %.1f articles/s · ETA %d:%02d", Double(articles) / seconds, left / 60, left % 60)
        } else {
            line += String(format: " inputs · %.1f articles/s", Double(articles) / seconds)
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        drawn = true
    }
}
