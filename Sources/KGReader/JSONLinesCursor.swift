import Foundation
import KGCore

/// Streams a JSON-lines input record by record: a chunk is read only when the buffered lines
/// run out, so memory stays bounded by the longest line.
final class JSONLinesCursor {
    private let file: InputFile?
    private let source: String
    private let maximumLineBytes: Int
    private var buffer: [UInt8]
    private var position = 0
    private var lineNumber = 0
    private var scanned = 0  // buffer[position..<scanned] is known to hold no newline
    private var readFailure: ReadProblem?
    private var gaveUp = false
    private var sawRecord = false

    /// - Parameters:
    ///   - file: where further bytes come from, or nil when `buffer` already holds the whole input.
    init(source: String, buffer: [UInt8], file: InputFile?, maximumLineBytes: Int) {
        self.source = source
        self.buffer = buffer
        self.file = file
        self.maximumLineBytes = maximumLineBytes
        if buffer.starts(with: [0xef, 0xbb, 0xbf]) { position = 3 }
    }

    /// The items of the next non-blank line (an article, or problems), or nil at the end.
    func next(finish: (Draft) -> [ArticleReader.Item]) -> [ArticleReader.Item]? {
        while let line = nextLine() {
            lineNumber += 1
            guard line.contains(where: { ![32, 9, 13].contains($0) }) else { continue }
            sawRecord = true
            var items: [ArticleReader.Item] = []
            let recordSource = "\(source):\(lineNumber)"
            if line.count > maximumLineBytes {
                return [.problem(ReadProblem(source: source, line: lineNumber, reason: "line longer than \(maximumLineBytes) bytes skipped"))]
            }
            let text: String
            if let valid = String(validating: line, as: UTF8.self) {
                text = valid
            } else {
                text = String(decoding: line, as: UTF8.self)
                items.append(.problem(ReadProblem(source: source, line: lineNumber, reason: "invalid UTF-8 replaced with U+FFFD; record read anyway")))
            }
            do {
                let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
                let record = try JSONArticle(value)
                items += finish(Draft(source: recordSource, json: record)).map { item in
                    // Problems about a record point at its line of the file.
                    guard case .problem(var problem) = item, problem.source == recordSource else { return item }
                    problem.source = source
                    problem.line = lineNumber
                    return .problem(problem)
                }
            } catch let failure as JSONArticle.Failure {
                items.append(.problem(ReadProblem(source: source, line: lineNumber, reason: failure.reason)))
            } catch {
                items.append(.problem(ReadProblem(source: source, line: lineNumber, reason: "invalid JSON: " + JSONProblem.describe(error))))
            }
            return items
        }
        if let failure = readFailure {  // reported once, after the last complete line
            readFailure = nil
            return [.problem(failure)]
        }
        if !sawRecord {  // reported once: an input of blank lines holds no article
            sawRecord = true
            return [.problem(ReadProblem(source: source, reason: "empty file"))]
        }
        return nil
    }

    /// The next line's bytes without its newline; reads more input as needed.
    private func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[max(position, scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { position = newline + 1; scanned = position }
                return buffer[position..<newline]
            }
            scanned = buffer.count
            guard let file, !file.atEnd, !gaveUp else { break }
            if position > 0 {  // drop what was consumed; at most once per chunk
                buffer.removeSubrange(0..<position)
                scanned -= position
                position = 0
            }
            do {
                buffer += try file.read(upTo: InputFile.chunkSize)
            } catch {
                readFailure = ReadProblem(source: source, line: lineNumber + 1, reason: error.reason)
                gaveUp = true
            }
        }
        guard position < buffer.count else { return nil }
        defer { position = buffer.count; scanned = position }
        return buffer[position...]
    }
}

/// Short, stable wording for Foundation's JSON errors.
enum JSONProblem {
    static func describe(_ error: Error) -> String {
        let info = (error as NSError).userInfo
        if let detail = info[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty, detail.count < 200 { return detail }
        return "not valid JSON"
    }
}
