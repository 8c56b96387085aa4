import Foundation

/// Writes exports whole or not at all: the text goes to a temporary file beside `path`, which
/// then replaces `path`, so an interrupted run never leaves half a file behind.
public enum OutputFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        // The folder as the user spelt it, for the message.
        let folder = path.contains("/") ? String(path[...path.lastIndex(of: "/")!]) : "."
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputFileError(path: path, reason: "no folder \(folder)")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            let reason = FileManager.default.isWritableFile(atPath: folder) ? error.localizedDescription : "folder \(folder) is not writable"
            throw OutputFileError(path: path, reason: reason)
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Creates the folder `path` (and its parents) unless it exists; a file in the way is an error.
    public static func makeFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw OutputFileError(path: path, reason: "a file is in the way of the folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError(path: path, reason: "cannot create the folder")
        }
    }
}

public struct OutputFileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}
