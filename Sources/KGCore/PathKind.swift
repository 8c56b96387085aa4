#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
            self = .missing(reason: dangling ? "broken symbolic link" : SystemError.describe(code))
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

/// An `errno` in the words kg's messages use ("no such file or directory", "is a folder").
public enum SystemError {
    public static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or directory"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a folder"
        case ELOOP: "too many levels of symbolic links"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
