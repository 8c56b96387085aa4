import Foundation
import Testing

/// Golden files under `Golden/`. A missing or empty golden, or `KG_UPDATE_GOLDEN=1`,
/// (re)writes it from the current output instead of comparing.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if ProcessInfo.processInfo.environment["KG_UPDATE_GOLDEN"] == "1" || expected.isEmpty {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(actual == expected, "differs from Golden/\(name); KG_UPDATE_GOLDEN=1 rewrites it", sourceLocation: sourceLocation)
    }
}
