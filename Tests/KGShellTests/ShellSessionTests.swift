import Foundation
import Testing
@testable import KGShell
import KGStore

@Suite struct ShellSessionTests {
    @Test func scriptPrintsResultsAndNothingElse() throws {
        let shell = try ShellFixture()
        #expect(shell.run("-- a comment\n\npath Romania -> Ukraine\n") == .ok)
        #expect(shell.output == """
            path                          hops
            ----------------------------  ----
            Romania -[support]-> Ukraine  1

            """)
        #expect(shell.errors.isEmpty)
    }

    @Test func drawSettingsShapeWhatDotDraws() throws {
        let shell = try ShellFixture()
        #expect(shell.run(".draw\n") == .ok)
        #expect(shell.output == "concepts off, titles off, negated off, evidence off, min-evidence 1, min-confidence 0.4, limit 60\n")
        func nodes(_ dot: String) -> Int {
            dot.split(separator: "\n").filter { $0.hasPrefix("  \"e") && $0.contains("[label=") }.count
        }
        shell.output = ""
        #expect(shell.run("dot neighbors Romania depth 2\n") == .ok)
        let all = nodes(shell.output)
        #expect(all > 2)
        shell.output = ""
        #expect(shell.run(".draw limit 2\n.draw concepts on\ndot neighbors Romania depth 2\n.draw\n") == .ok)
        // Two by weight, and the centre of the selection, which a drawing always keeps.
        #expect(nodes(shell.output) <= 3 && nodes(shell.output) < all)
        #expect(shell.output.hasSuffix("concepts on, titles off, negated off, evidence off, min-evidence 1, min-confidence 0.4, limit 2\n"))
        #expect(shell.run(".draw min-confidence 0\n.draw\n") == .ok)
        #expect(shell.output.hasSuffix("min-evidence 1, min-confidence 0.0, limit 2\n"))
        #expect(shell.run(".draw min-confidence 2\n") == .failed)
        #expect(shell.errors.contains(".draw min-confidence takes a number between 0 and 1"))
        #expect(shell.run(".draw colour on\n") == .failed)
        #expect(shell.errors.contains("unknown .draw setting \"colour\""))
    }

    @Test func errorsNameTheLineAndColumnAndTheScriptGoesOn() throws {
        let shell = try ShellFixture()
        #expect(shell.run("path Romania -> Ukraine\npath Romnia -> Russia\nentity Patriot\n") == .failed)
        #expect(shell.errors == "stdin:2:6: error: no entity named \"Romnia\"; did you mean \"Romania\"?\n")
        #expect(shell.output.contains("name      Patriot"))
    }

    @Test func bailStopsAtTheFirstError() throws {
        let shell = try ShellFixture()
        #expect(shell.run(".bail on\npath Romania Russia\nentity Patriot\n") == .failed)
        #expect(shell.errors == "stdin:2:20: error: syntax error: expected '->' (directed) or '--' (either direction) after the first name, found end of query\n")
        #expect(shell.output.isEmpty)
    }

    @Test func interactiveErrorsPointWithACaret() throws {
        let shell = try ShellFixture()
        shell.session.interactive = true
        #expect(shell.session.execute("path Romania -> Rusia max 2") == .failed)
        #expect(shell.errors == """
            path Romania -> Rusia max 2
                            ^
            error: no entity named "Rusia"; did you mean "Russia"?

            """)
    }

    @Test func continuationLines() throws {
        let shell = try ShellFixture()
        #expect(shell.run("neighbors \\\nPatriot in\npath \"North\nKorea\" -> Russia\npath \"North\nKorea\" -> Rusia") == .failed)
        #expect(shell.output.contains("United States  supply    Patriot"))
        // A line break inside a quoted name reads as a space.
        #expect(shell.output.contains("North Korea -[pact]- Russia"))
        // An error in a continued query names the line it is on.
        #expect(shell.errors == "stdin:6:11: error: no entity named \"Rusia\"; did you mean \"Russia\"?\n")
        let unfinished = try ShellFixture()
        #expect(unfinished.run("path \"Romania -> Russia") == .failed)
        #expect(unfinished.errors == "stdin:1: error: unfinished input at end (unclosed quote or trailing '\\')\n")
    }

    /// At the prompt a dot-command's error is shown as a query's: a caret under the argument.
    @Test func interactiveDotCommandErrorsPointAtTheArgument() throws {
        let shell = try ShellFixture()
        shell.session.interactive = true
        #expect(shell.session.execute(".timer maybe") == .failed)
        #expect(shell.errors == """
            .timer maybe
                   ^
            error: .timer takes on or off

            """)
    }

    @Test func modesAndTimer() throws {
        let shell = try ShellFixture()
        #expect(shell.run(".mode csv\nRomania -[send]-> ?x\n.mode tsv\nRomania -[send]-> ?x\n.mode json\nRomania -[send]-> ?x\n.timer on\nentity #2") == .ok)
        #expect(shell.output.hasPrefix("?x\nPatriot\n?x\nPatriot\n[\n{\"?x\": \"Patriot\"}\n]\n[\n{\"field\": \"name\", \"value\": \"Patriot\"}"))
        #expect(shell.errors.hasPrefix("Run Time: "))
        #expect(shell.run(".mode xml") == .failed)
        #expect(shell.errors.contains("unknown mode \"xml\""))
    }

    @Test func outputReadAndOpen() throws {
        let shell = try ShellFixture()
        let resultFile = shell.folder.appendingPathComponent("out.txt").path
        let script = shell.folder.appendingPathComponent("script.kgq").path
        try "Romania -[send]-> ?x\n".write(toFile: script, atomically: true, encoding: .utf8)
        #expect(shell.run(".output \(resultFile)\n.read \(script)\n.output stdout\nentity #1 limit 1") == .ok)
        #expect(try String(contentsOfFile: resultFile, encoding: .utf8) == "?x\n-------\nPatriot\n")
        #expect(shell.output.hasPrefix("field"))
        #expect(shell.run(".open \(shell.folder.path)/missing.sqlite") == .failed)
        #expect(shell.errors.contains("no graph at"))
        #expect(!FileManager.default.fileExists(atPath: "\(shell.folder.path)/missing.sqlite"))
        let bad = shell.folder.appendingPathComponent("bad.kgq").path
        try "entity Patriot\npath X\n".write(toFile: bad, atomically: true, encoding: .utf8)
        shell.errors = ""
        #expect(shell.run(".read \(bad)") == .failed)
        #expect(shell.errors.hasPrefix("\(bad):2:7: error: syntax error"))
    }

    @Test func dotWritesGraphviz() throws {
        let shell = try ShellFixture()
        let file = shell.folder.appendingPathComponent("path.dot").path
        #expect(shell.run("dot path Romania -> Russia\ndot ?x -[pact]- ?y > \(file)") == .ok)
        #expect(shell.output.hasPrefix("digraph"))
        #expect(shell.output.contains("label=\"support\""))
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("digraph") && written.contains("pact"))
    }

    @Test func helpStatsQuitAndUnknownCommands() throws {
        let shell = try ShellFixture()
        #expect(shell.run(".help\n.help path\n.stats") == .ok)
        #expect(shell.output.contains(".output FILE|stdout"))
        #expect(shell.output.contains("path A -> B [max N]"))
        #expect(shell.output.contains("edges          12"))
        #expect(shell.run(".frobnicate") == .failed)
        #expect(shell.errors.contains("unknown command .frobnicate; try .help"))
        #expect(shell.run(".quit\nentity Patriot") == .quit)
    }

    /// `.stats` counts as `kg stats` does: concepts and literals apart from entities, and the edges
    /// at or above the confidence floor.
    @Test func statsAgreeWithTheStore() throws {
        let shell = try ShellFixture()
        #expect(shell.run(".mode tsv\n.stats") == .ok)
        let stats = try Store(path: shell.dbPath, readOnly: true).stats()
        let rows = Dictionary(uniqueKeysWithValues: shell.output.split(separator: "\n").dropFirst().map {
            let cells = $0.split(separator: "\t", maxSplits: 1)
            return (String(cells[0]), String(cells[1]))
        })
        #expect(rows["entities"] == String(stats.entities))
        #expect(rows["concepts"] == String(stats.concepts))
        #expect(rows["literals"] == String(stats.literals))
        #expect(rows["relations"] == String(stats.relations.count))
        #expect(rows["trusted edges"] == String(stats.trustedEdges))
        #expect(stats.trustedEdges > 0 && stats.trustedEdges <= stats.edges)
        #expect(rows["top relations"]?.hasPrefix("\(stats.relations[0].relation) (\(stats.relations[0].edges))") == true)
    }

    @Test func inputBufferJoinsContinuations() {
        var buffer = InputBuffer()
        #expect(buffer.add("path A \\", lineNumber: 1) == nil)
        #expect(buffer.add("-> B", lineNumber: 2) == "path A  -> B")
        #expect(buffer.add("find \"it's", lineNumber: 3) == nil)
        #expect(buffer.add("x\"", lineNumber: 4) == "find \"it's\nx\"")
        #expect(buffer.add("find Romania's decision", lineNumber: 5) == "find Romania's decision")
        #expect(buffer.add(".output 'file", lineNumber: 6) == ".output 'file")
    }
}

/// `.timeout` and `.max-bindings` set the query bounds of the session's next queries.
@Suite struct ShellQueryBoundsTests {
    @Test func boundsAreSetAndReportedAsScriptErrors() throws {
        let shell = try ShellFixture()
        let runaway = "?a -[*]- ?b -[*]- ?c -[*]- ?d -[*]- ?e limit 100000"
        #expect(shell.run(".max-bindings 50\n\(runaway)\n.max-bindings 10000000\n.timeout 0.001\n\(runaway)\n.timeout off\npath Romania -> Ukraine\n") == .failed)
        let lines = shell.errors.split(separator: "\n")
        #expect(lines.count == 2, "\(shell.errors)")
        #expect(lines.first?.hasPrefix("stdin:2: error: stopped at 50 bindings, the memory limit") == true)
        #expect(lines.last?.hasPrefix("stdin:5: error: stopped after 0.001 s, the time limit") == true)
        #expect(shell.output.contains("Romania -[support]-> Ukraine"))
        #expect(shell.run(".timeout soon\n") == .failed)
        #expect(shell.errors.contains(".timeout takes a number of seconds above 0, or off"))
    }
}
