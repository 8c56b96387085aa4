import Foundation
import KGCore

extension ArticleReader {
    /// Walks the inputs lazily: one file is open at a time, and a JSON-lines file one record at a time.
    public struct Iterator: IteratorProtocol {
        private var inputs: InputWalker
        private let options: Options
        private let standardInput: FileHandle
        private var pending: [Item] = []
        private var pendingIndex = 0
        private var records: JSONLinesCursor?
        private var articlesRead = 0
        /// Article count when each open folder was entered, to report folders with nothing readable,
        /// and the unsupported files seen in it so far, to say why.
        private var folderMarks: [(articles: Int, unsupported: [String])] = []

        init(inputs: InputWalker, options: Options, standardInput: FileHandle) {
            self.inputs = inputs
            self.options = options
            self.standardInput = standardInput
        }

        public mutating func next() -> Item? {
            while true {
                if pendingIndex < pending.count {
                    defer { pendingIndex += 1 }
                    let item = pending[pendingIndex]
                    if case .article = item { articlesRead += 1 }
                    return item
                }
                pending.removeAll(keepingCapacity: true)
                pendingIndex = 0
                if let cursor = records {
                    let maximumBytes = options.maximumArticleBytes
                    if let items = cursor.next(finish: { Self.finish($0, maximumBytes: maximumBytes) }) {
                        pending = items
                    } else {
                        records = nil
                    }
                    continue
                }
                guard let input = inputs.next() else { return nil }
                switch input {
                case .problem(let problem):
                    return .problem(problem)
                case .folderStarted:
                    folderMarks.append((articlesRead, []))
                case .folderFinished(let path):
                    guard let mark = folderMarks.popLast() else { continue }
                    if !folderMarks.isEmpty { folderMarks[folderMarks.count - 1].unsupported += mark.unsupported }
                    if mark.articles == articlesRead {
                        let why = mark.unsupported.isEmpty ? "" : ": \(UnsupportedFiles(mark.unsupported))"
                        return .problem(ReadProblem(source: path, reason: "no readable articles in this folder" + why))
                    }
                case .unsupported(let path):
                    if !folderMarks.isEmpty { folderMarks[folderMarks.count - 1].unsupported.append(path) }
                    return .unsupported(source: path)
                case .standardInput:
                    read(InputFile(descriptor: standardInput.fileDescriptor, source: "-"), path: nil)
                case .file(let path, let listed):
                    do {
                        read(try InputFile(path: path, listed: listed), path: path)
                    } catch {
                        return .problem(ReadProblem(source: path, reason: error.reason))
                    }
                }
            }
        }

        /// Reads one input into `pending`, or starts streaming its records.
        private mutating func read(_ file: InputFile, path: String?) {
            let source = file.source
            do {
                let head = try file.read(upTo: InputFile.chunkSize)
                if head.isEmpty { return pending = [.problem(ReadProblem(source: source, reason: "empty file"))] }
                if let kind = TextDecoding.binaryKind(head[...]) {
                    return pending = [.problem(ReadProblem(source: source, reason: "binary file skipped (\(kind))"))]
                }
                let format = ArticleFormat.detect(path: path, prefix: head[...])
                if format == .jsonLines {
                    records = JSONLinesCursor(source: source, buffer: head, file: file, maximumLineBytes: options.maximumFileBytes)
                    return
                }
                var bytes = head
                bytes += try file.read(upTo: options.maximumFileBytes + 1 - head.count)
                if bytes.count > options.maximumFileBytes {
                    let limit = options.maximumFileBytes >> 20
                    return pending = [.problem(ReadProblem(source: source, reason: "file larger than \(limit) MB skipped"))]
                }
                pending = document(&bytes, source: source, format: format)
            } catch {
                pending = [.problem(ReadProblem(source: source, reason: error.reason))]
            }
        }

        /// The items of one whole document held in memory; `bytes` is emptied once decoded, so a
        /// big file is not held twice while it is cleaned.
        private mutating func document(_ bytes: inout [UInt8], source: String, format: ArticleFormat) -> [Item] {
            var items: [Item] = []
            let decoded: TextDecoding.Decoded
            switch TextDecoding.decode(bytes[...]) {
            case .failure(let failure): return [.problem(ReadProblem(source: source, reason: failure.reason))]
            case .success(let value): decoded = value
            }
            bytes = []
            if let flaw = decoded.flaw {
                items.append(.problem(ReadProblem(source: source, line: flaw.line, reason: flaw.reason)))
            }
            switch format {
            case .text:
                items += Self.finish(Draft(source: source, raw: decoded.text), maximumBytes: options.maximumArticleBytes)
            case .html:
                items += Self.finish(Draft(source: source, html: decoded.text), maximumBytes: options.maximumArticleBytes)
            case .jsonLines:
                records = JSONLinesCursor(source: source, buffer: Array(decoded.text.utf8), file: nil, maximumLineBytes: options.maximumFileBytes)
            case .json:
                items += json(decoded.text, source: source)
            }
            return items
        }

        private mutating func json(_ text: String, source: String) -> [Item] {
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            } catch {
                // Several objects one per line in a .json file: read it as JSON lines.
                let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
                if lines.count >= 2, lines.allSatisfy({ $0.drop(while: \.isWhitespace).hasPrefix("{") }) {
                    records = JSONLinesCursor(source: source, buffer: Array(text.utf8), file: nil, maximumLineBytes: options.maximumFileBytes)
                    return []
                }
                return [.problem(ReadProblem(source: source, reason: "invalid JSON: " + JSONProblem.describe(error)))]
            }
            var elements: [Any]? = value as? [Any]
            if let object = value as? [String: Any] {
                elements = JSONArticle.listKeys.lazy.compactMap { key in
                    object.first { $0.key.lowercased() == key }?.value as? [Any]
                }.first
                if elements != nil, (try? JSONArticle(object)) != nil { elements = nil }  // an article that also lists things
            }
            guard let elements else { return record(value, source: source) }
            if elements.isEmpty { return [.problem(ReadProblem(source: source, reason: "JSON array holds no articles"))] }
            return elements.enumerated().flatMap { n, element in record(element, source: "\(source)#\(n + 1)") }
        }

        private func record(_ value: Any, source: String) -> [Item] {
            do throws(JSONArticle.Failure) {
                return Self.finish(Draft(source: source, json: try JSONArticle(value)), maximumBytes: options.maximumArticleBytes)
            } catch {
                return [.problem(ReadProblem(source: source, reason: error.reason))]
            }
        }

        static func finish(_ draft: Draft, maximumBytes: Int) -> [Item] {
            switch draft.articles(maximumBytes: maximumBytes) {
            case .failure(let problem): [.problem(problem)]
            case .success(let articles):
                articles.count <= 1 ? articles.map(Item.article) : [
                    .problem(ReadProblem(source: draft.source, reason: "article longer than \(maximumBytes) bytes split into \(articles.count) parts", severity: .warning)),
                ] + articles.map(Item.article)
            }
        }
    }
}
