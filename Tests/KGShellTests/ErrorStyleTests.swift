import Foundation
import Testing

/// Every kg command ends with one error style: `kg: error: REASON` (ArgumentParser's usage
/// errors included, which it writes as `Error: …`), or `PATH:LINE:COL: error: REASON` when
/// the error has a place in a file. The issue found four: `Error:`, `kg:`, `kg dot:` and
/// `query:1:8: error:`.
@Suite(.enabled(if: Subprocess.kgExecutable != nil, "needs the kg binary"))
struct ErrorStyleTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try Subprocess.run(Subprocess.kgExecutable!, arguments)
    }

    @Test func everyCommandsErrorsReadKgErrorReason() throws {
        let fixture = try ShellFixture()
        let db = ["--db", fixture.dbPath]
        let missing = ["--db", fixture.folder.path + "/none.sqlite"]
        let cases: [(arguments: [String], firstLine: String)] = [
            (["query"] + missing + ["entity X"], "kg: error: no graph at \(fixture.folder.path)/none.sqlite (build one with kg ingest, or pass --db)"),
            (["dot"] + db + ["--around", "#99"], "kg: error: no entity with id #99"),
            (["dot"] + db + ["--around", "Romania", "--depth", "0"], "kg: error: --depth must be between 1 and 10"),
            (["dot"] + db + ["--min-evidence", "0"], "kg: error: --min-evidence must be 1 or more"),
            (["dot"] + db + ["--query", "path Romania ->"], "kg: error: --query: syntax error: "),
            (["export"] + db + ["--format", "neo4j"], "kg: error: --format neo4j writes a folder (nodes.csv, edges.csv): give it with -o FOLDER"),
            (["export"] + missing + ["--format", "jsonl"], "kg: error: "),
            (["merge"] + db + ["Atlantis", "Romania"], "kg: error: "),
            (["no-such-command"], "kg: error: "),
        ]
        for (arguments, firstLine) in cases {
            let result = try Self.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            let first = result.errors.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if firstLine.hasSuffix(": ") {
                #expect(first.hasPrefix(firstLine), "\(arguments): \(result.errors)")
            } else {
                #expect(first == firstLine, "\(arguments): \(result.errors)")
            }
            #expect(!result.errors.contains("Error:"), "\(arguments): \(result.errors)")
        }
    }

    /// `kg query` has no file and line to name: the reason, then the query with a caret.
    @Test func aQueryOnTheCommandLineShowsWhereItWentWrong() throws {
        let fixture = try ShellFixture()
        let result = try Self.run(["query", "--db", fixture.dbPath, "path Romnia -> Russia"])
        #expect(result.status != 0)
        #expect(result.errors == """
            kg: error: no entity named "Romnia"; did you mean "Romania"?
            path Romnia -> Russia
                 ^

            """)
    }

    /// A dot-command's error points into its line, as a query's does: at the command, or at the
    /// argument it cannot take.
    @Test func aShellScriptsDotCommandErrorNamesItsColumn() throws {
        let fixture = try ShellFixture()
        let result = try Subprocess.run(Subprocess.kgExecutable!, ["shell", "--db", fixture.dbPath],
                                        input: "entity Romania\n  .draw limit many\n.mdoe csv\n")
        #expect(result.status != 0)
        #expect(result.errors == """
            stdin:2:15: error: .draw limit takes a whole number of at least 1, or none
            stdin:3:1: error: unknown command .mdoe; try .help

            """)
    }

    @Test func helpIsOutputAndNoError() throws {
        let result = try Self.run(["dot", "--help"])
        #expect(result.status == 0 && result.errors.isEmpty)
        for option in ["--concepts", "--titles", "--min-evidence"] { #expect(result.output.contains(option)) }
    }

    /// What a drawing left out is a note, not an error; an id works where a name does.
    @Test func dotNotesWhatItLeftOut() throws {
        let fixture = try ShellFixture()
        let result = try Self.run(["dot", "--db", fixture.dbPath, "--around", "#1", "--limit", "2"])
        #expect(result.status == 0)
        #expect(result.output.contains("label=\"Romania\""))
        #expect(result.errors.split(separator: "\n").allSatisfy { $0.hasPrefix("kg: note: ") }, "\(result.errors)")
        #expect(result.errors.contains("raise --limit"))
    }
}
