import Foundation
import KGCore

/// Finds kg's data files (models, lexicons) for a development build and for an installed binary.
///
/// Searched in order, first hit wins:
/// 1. `$KG_MODELS/<subdirectory>` when `KG_MODELS` is set;
/// 2. `<dir of the kg binary>/kg-data/<subdirectory>`;
/// 3. `<dir of the kg binary>/../share/kg/<subdirectory>` (what `make install`-style layouts use);
/// 4. the source tree this binary was built from (`Sources/<module>/<subdirectory>`).
///
///     let url = try ResourceLocator.file("tagger.bin", in: "Models", module: "KGLanguage")
public enum ResourceLocator {
    public struct NotFound: DiagnosticConvertible, CustomStringConvertible, Sendable {
        public var file: String
        public var searched: [String]
        public var description: String {
            "cannot find \(file); looked in: \(searched.joined(separator: ", ")) (set KG_MODELS to the folder holding it)"
        }
    }

    /// The folders searched for `subdirectory` of `module`, in order.
    public static func candidates(subdirectory: String, module: String, sourceRoot: String = #filePath) -> [String] {
        var folders: [String] = []
        if let env = ProcessInfo.processInfo.environment["KG_MODELS"], !env.isEmpty {
            folders.append(env + "/" + subdirectory)
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments.first ?? "kg").resolvingSymlinksInPath()
        let binDir = binary.deletingLastPathComponent().path
        folders.append(binDir + "/kg-data/" + subdirectory)
        folders.append(URL(fileURLWithPath: binDir + "/../share/kg/" + subdirectory).standardizedFileURL.path)
        // #filePath is …/Sources/KGLanguage/ResourceLocator.swift; its grandparent is Sources/.
        let sources = URL(fileURLWithPath: sourceRoot).deletingLastPathComponent().deletingLastPathComponent()
        folders.append(sources.appendingPathComponent(module).appendingPathComponent(subdirectory).path)
        return folders
    }

    /// The first existing `name` among the candidate folders.
    public static func file(_ name: String, in subdirectory: String, module: String) throws -> URL {
        let folders = candidates(subdirectory: subdirectory, module: module)
        for folder in folders {
            let path = folder + "/" + name
            if FileManager.default.isReadableFile(atPath: path) { return URL(fileURLWithPath: path) }
        }
        throw NotFound(file: name, searched: folders)
    }
}
