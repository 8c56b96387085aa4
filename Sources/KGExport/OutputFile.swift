import Foundation
import KGCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's output goes: standard output, or a path given with `-o` (`.output`,
/// `dot … > FILE` in the shell). Every write and the final close are checked, so a full disk,
/// an I/O error or a closed pipe ends the command with an `OutputFileError` instead of passing
/// as success.
///
/// What a path gets depends on what it is (`lstat`, before anything is written):
/// - a regular file or a new name: the text goes to a temporary file beside it, which replaces
///   it only once everything is written and flushed, so an interrupted or failed run never leaves
///   half a file behind (the old file keeps its permissions);
/// - anything else (a symbolic link, a device such as /dev/null, a FIFO, a socket): opened and
///   written in place, never replaced; a link's target is written (created if missing).
///
///     let file = try OutputFile(path: "graph.jsonl")
///     try file.write(text)
///     try file.close()          // the rename happens here; discard() instead throws it away
public final class OutputFile {
    /// The path as the user spelt it, for messages ("standard output" for descriptor 1).
    public let path: String
    private var descriptor: Int32
    /// The temporary file and the path it replaces at `close()`; nil when writing in place.
    private let replacement: (temporary: String, final: String)?
    private let ownsDescriptor: Bool
    private var finished = false

    /// Standard output, written through the same checks; closing it leaves descriptor 1 open.
    public static var standardOutput: OutputFile {
        OutputFile(descriptor: STDOUT_FILENO, path: "standard output")
    }

    /// Standard error, written through the same loop; closing it leaves descriptor 2 open.
    public static var standardError: OutputFile {
        OutputFile(descriptor: STDERR_FILENO, path: "standard error")
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        replacement = nil
        ownsDescriptor = false
    }

    /// Opens `path` for writing as described above. With `replacing` false a regular file is
    /// truncated and written in place instead (the shell's `.output`, which writes as it goes).
    public init(path: String, replacing: Bool = true) throws {
        self.path = path
        ownsDescriptor = true
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw OutputFileError(path: path, errno: errno) }
            let folder = Self.folder(of: path)
            var folderInfo = stat()
            guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
                throw OutputFileError(path: path, reason: "no folder \(folder)")
            }
            (descriptor, replacement) = try Self.temporary(beside: path, mode: Self.newFileMode)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw OutputFileError(path: path, reason: "is a folder")
        case S_IFREG where replacing:
            (descriptor, replacement) = try Self.temporary(beside: path, mode: info.st_mode & 0o7777)
        case S_IFREG:
            descriptor = try Self.open(path, O_WRONLY | O_TRUNC)
            replacement = nil
        case S_IFLNK:
            // Written in place through the link, which stays: replacing the file it names could
            // go wrong behind /dev/stdout (a link to whatever descriptor 1 is) or a shared target.
            descriptor = try Self.open(path, O_WRONLY | O_CREAT | O_TRUNC)
            replacement = nil
        default:
            // Devices, FIFOs, sockets: written in place. A FIFO waits here for its reader, as `>` does.
            descriptor = try Self.open(path, O_WRONLY)
            replacement = nil
        }
    }

    deinit { if !finished { discard() } }

    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    public func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputFileError(path: path, errno: errno)
            }
            offset += written
        }
    }

    /// Finishes the output: flushes and closes the file and, for a replacement, renames the
    /// temporary file over the path. A failure here is a failed write like any other.
    public func close() throws {
        guard !finished else { return }
        finished = true
        guard ownsDescriptor else { return }
        if let replacement {
            // Flushed before the rename, so a crash cannot leave the new name on an empty file.
            if fsync(descriptor) != 0 {
                let code = errno
                _ = systemClose(descriptor)
                unlink(replacement.temporary)
                throw OutputFileError(path: path, errno: code)
            }
        }
        if systemClose(descriptor) != 0 {
            let code = errno
            if let replacement { unlink(replacement.temporary) }
            throw OutputFileError(path: path, errno: code)
        }
        if let replacement, rename(replacement.temporary, replacement.final) != 0 {
            let code = errno
            unlink(replacement.temporary)
            throw OutputFileError(path: path, errno: code)
        }
    }

    /// Abandons the output: the temporary file is removed and the path keeps what it had.
    public func discard() {
        guard !finished else { return }
        finished = true
        guard ownsDescriptor else { return }
        _ = systemClose(descriptor)
        if let replacement { unlink(replacement.temporary) }
    }

    /// Writes `data` to `path` whole, or not at all.
    public static func write(_ data: Data, to path: String) throws {
        let file = try OutputFile(path: path)
        try file.write(data)
        try file.close()
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    // MARK: Opening

    /// The folder a path names its file in, as the user spelt it.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The process's umask: what new files and folders leave out of their permissions.
    static var creationMask: mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }

    /// What a newly created file gets: read and write for everyone the umask allows, as `>` gives.
    static var newFileMode: mode_t { 0o666 & ~creationMask }

    /// The path mkstemp or mkdtemp wrote into a template (a C string).
    static func path(filledIn template: [CChar]) -> String {
        String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func open(_ path: String, _ flags: Int32) throws -> Int32 {
        let descriptor = systemOpen(path, flags | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputFileError(path: path, errno: errno) }
        return descriptor
    }

    /// A new file `.NAME.kg-XXXXXX` in the folder of `path`, so the rename never crosses a file system.
    private static func temporary(beside path: String, mode: mode_t) throws
        -> (Int32, (temporary: String, final: String)?) {
        let folder = folder(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder)/.\(name).kg-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            let code = errno
            if code == EACCES || code == EROFS { throw OutputFileError(path: path, reason: "folder \(folder) is not writable") }
            throw OutputFileError(path: path, errno: code)
        }
        let temporary = Self.path(filledIn: template)
        fchmod(descriptor, mode)
        return (descriptor, (temporary, path))
    }
}

// The C calls under names the methods above do not shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, bytes, count) }
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags, 0o666) }

public struct OutputFileError: DiagnosticConvertible, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    /// The system's error number when the failure came from a system call.
    public var code: Int32?

    public init(path: String, reason: String, code: Int32? = nil) {
        self.path = path
        self.reason = reason
        self.code = code
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)), code: code)
    }

    /// The reader went away (`kg … | head`): not worth a message, as for every Unix tool.
    public var isBrokenPipe: Bool { code == EPIPE }

    public var description: String { "cannot write \(path): \(reason)" }
}
