import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputFile {
    /// Writes several files into `folder` (neo4j's nodes.csv and edges.csv) so that either all
    /// of them are there or nothing changed: a new folder is filled under a temporary name beside
    /// it and renamed into place; in an existing folder every file is written to its temporary
    /// name first, and only when all are written are they renamed.
    public static func writeFolder(_ files: [(name: String, data: Data)], to folder: String) throws {
        var info = stat()
        if lstat(folder, &info) != 0 {
            try writeNewFolder(files, to: folder)
            return
        }
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputFileError(path: folder, reason: "a file is in the way of the folder")
        }
        var opened: [OutputFile] = []
        do {
            for file in files {
                let output = try OutputFile(path: folder + "/" + file.name)
                opened.append(output)
                try output.write(file.data)
            }
            for output in opened { try output.close() }
        } catch {
            for output in opened { output.discard() }
            throw error
        }
    }

    private static func writeNewFolder(_ files: [(name: String, data: Data)], to folder: String) throws {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let parent = self.folder(of: trimmed)
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError(path: folder, reason: "cannot create the folder \(parent)")
        }
        let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        var template = Array("\(parent)/.\(name).kg-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else {
            throw OutputFileError(path: folder, reason: "cannot create the folder: \(String(cString: strerror(errno)))")
        }
        let temporary = path(filledIn: template)
        do {
            for file in files {
                do {
                    try write(file.data, to: temporary + "/" + file.name)
                } catch var error as OutputFileError {
                    error.path = trimmed + "/" + file.name  // the name the user gave, not the temporary one
                    throw error
                }
            }
            // mkdtemp makes the folder private; a folder made by hand would follow the umask.
            chmod(temporary, 0o777 & ~creationMask)
            guard rename(temporary, trimmed) == 0 else { throw OutputFileError(path: folder, errno: errno) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
