import KGCore
import Foundation
import KGReader
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file, or of standard input for `-`, read one at a time so that a shard of
/// any size streams through.
final class LineSource {
    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    struct OpenError: DiagnosticConvertible, CustomStringConvertible {
        var description: String
    }

    init(path: String) throws {
        if path == "-" {
            guard let input = fdopen(STDIN_FILENO, "r") else { throw OpenError(description: String(cString: strerror(errno))) }
            file = input
            ownsFile = false  // closing it would close descriptor 0
            return
        }
        switch PathKind(path) {
        case .folder: throw OpenError(description: "is a folder; --extracted reads files of JSON lines")
        case .other(let kind): throw OpenError(description: PathKind.refusal(kind))
        case .file, .missing: break
        }
        guard let opened = fopen(path, "r") else { throw OpenError(description: String(cString: strerror(errno))) }
        file = opened
        ownsFile = true
    }

    deinit {
        free(buffer)
        if ownsFile { fclose(file) }
    }

    /// The next line without its line break, or nil at the end.
    func next() -> String? {
        let count = getline(&buffer, &capacity, file)
        guard count >= 0, let buffer else { return nil }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: count)
        let end = bytes.last == UInt8(ascii: "\n") ? count - 1 : count
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
