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
            throw Failure(reason: Self.describe(code))
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
            if failure != 0 { throw Failure(reason: "read failed: " + Self.describe(failure)) }
            if chunk.isEmpty { atEnd = true }
            bytes += chunk
        }
        return bytes
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or directory"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a folder"
        case ELOOP: "too many levels of symbolic links"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// What a path names, following symbolic links.
public enum PathKind: Equatable, Sendable {
    case file
    case folder(id: String)
    /// A FIFO, socket or device, named in words ("a FIFO"). Reading one can wait forever for a
    /// writer, so kg reads such a thing only as standard input (`-`).
    case other(String)
    case missing(reason: String)

    public init(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            var link = stat()
            let dangling = code == ENOENT && lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
            self = .missing(reason: dangling ? "broken symbolic link" : InputFile.describe(code))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .file
        case S_IFDIR: self = .folder(id: "\(info.st_dev):\(info.st_ino)")
        case S_IFIFO: self = .other("a FIFO")
        case S_IFSOCK: self = .other("a socket")
        case S_IFCHR: self = .other("a character device")
        case S_IFBLK: self = .other("a block device")
        default: self = .other("not a regular file")
        }
    }

    /// Why kg will not read this: "is a FIFO, not a regular file or folder; …".
    public static func refusal(_ kind: String) -> String {
        "is \(kind), not a regular file or folder; to read it, redirect it to standard input and give -"
    }
}

/// The names in a folder, sorted (byte order of their UTF-8) so every run visits files in the same order.
func folderEntries(_ path: String) throws(InputFile.Failure) -> [String] {
    guard let dir = opendir(path) else { throw InputFile.Failure(reason: "cannot list folder: " + InputFile.describe(errno)) }
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
