import KGCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One open input (a file or standard input) read through its file descriptor, so that errors
/// carry the system's reason and JSON lines can be streamed in chunks instead of loaded whole.
final class InputFile {
    static let chunkSize = 1 << 16

    let source: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private(set) var atEnd = false

    /// The reason an input cannot be read, in words a user understands.
    struct Failure: Error {
        var reason: String
    }

    /// Opens a regular file; `listed` says it was found in a folder (so ENOENT means it vanished).
    init(path: String, listed: Bool) throws(Failure) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT, listed { throw Failure(reason: "file vanished before it could be read") }
            throw Failure(reason: SystemError.describe(code))
        }
        source = path
        descriptor = fd
        ownsDescriptor = true
    }

    /// Wraps an already open descriptor (standard input) without taking ownership.
    init(descriptor: Int32, source: String) {
        self.source = source
        self.descriptor = descriptor
        ownsDescriptor = false
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// Up to `count` bytes (fewer only at the end of the input).
    func read(upTo count: Int) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < count, !atEnd {
            let want = min(Self.chunkSize, count - bytes.count)
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: want) { buffer, initialized in
                var n: Int
                repeat { n = systemRead(descriptor, buffer.baseAddress, want) } while n < 0 && errno == EINTR
                if n < 0 { failure = errno }
                initialized = max(n, 0)
            }
            if failure != 0 { throw Failure(reason: "read failed: " + SystemError.describe(failure)) }
            if chunk.isEmpty { atEnd = true }
            bytes += chunk
        }
        return bytes
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// The names in a folder, sorted (byte order of their UTF-8) so every run visits files in the same order.
func folderEntries(_ path: String) throws(InputFile.Failure) -> [String] {
    guard let dir = opendir(path) else { throw InputFile.Failure(reason: "cannot list folder: " + SystemError.describe(errno)) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
}
