import Foundation
import Testing
@testable import KGShell

/// Every `queries/*.kgq` runs against the sample graph (`kg ingest graphs/sample`) and its
/// output (stdout, then stderr) must equal `Golden/<script>.out`.
/// Write or refresh the goldens with `KG_UPDATE_GOLDEN=1 swift test --filter ExampleScriptTests`;
/// until they exist the test is skipped.
@Suite struct ExampleScriptTests {
    static let repository = ShellFixture.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let golden = ShellFixture.testsFolder.appendingPathComponent("Golden")
    static let updating = ProcessInfo.processInfo.environment["KG_UPDATE_GOLDEN"] == "1"

    static var scripts: [URL] {
        let folder = repository.appendingPathComponent("queries")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".kgq") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func goldenURL(_ script: URL) -> URL {
        golden.appendingPathComponent(script.deletingPathExtension().lastPathComponent + ".out")
    }

    static var hasGoldens: Bool {
        scripts.contains { ((try? String(contentsOf: goldenURL($0), encoding: .utf8)) ?? "").isEmpty == false }
    }

    @Test(.enabled(if: Subprocess.kgExecutable != nil && (updating || hasGoldens),
                   "needs the kg binary and Golden/*.out (KG_UPDATE_GOLDEN=1 writes them)"))
    func examplesMatchTheirGoldens() throws {
        let kg = try #require(Subprocess.kgExecutable)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("sample.sqlite").path
        let ingest = try Subprocess.run(kg, ["ingest", "graphs/sample", "--db", db], directory: Self.repository)
        try #require(ingest.status == 0, "kg ingest graphs/sample failed: \(ingest.errors)")
        for script in Self.scripts {
            let name = "queries/" + script.lastPathComponent
            let run = try Subprocess.run(kg, ["shell", "--db", db], input: try String(contentsOf: script, encoding: .utf8),
                                         directory: Self.repository)
            let actual = run.output + (run.errors.isEmpty ? "" : "--- stderr ---\n" + run.errors)
            let url = Self.goldenURL(script)
            let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            if Self.updating || expected.isEmpty {
                try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } else {
                #expect(actual == expected, "\(name) differs from Golden/\(url.lastPathComponent)")
            }
        }
    }
}
