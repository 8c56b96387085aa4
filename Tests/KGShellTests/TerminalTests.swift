import Foundation
import Testing
@testable import KGShell

/// `kg shell` in a real pseudo-terminal (a private tmux server): Tab completes a name,
/// Ctrl-C abandons a line, Ctrl-D leaves, and history survives a restart.
@Suite(.serialized) struct TerminalTests {
    static let tmux = Subprocess.find("tmux")

    /// One private tmux server whose socket lives in the fixture's folder, so nothing is left behind.
    final class Terminal {
        let socket: String
        let tmux: String
        /// Held so the fixture's folder (and the socket in it) outlives the server.
        let fixture: ShellFixture
        init(tmux: String, fixture: ShellFixture, name: String) {
            self.tmux = tmux
            self.fixture = fixture
            socket = fixture.folder.appendingPathComponent("\(name).tmux").path
        }
        deinit { _ = try? Subprocess.run(tmux, ["-S", socket, "kill-server"]) }

        func start(_ command: String, width: Int = 120) throws {
            try Subprocess.run(tmux, ["-S", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "30", command])
        }
        func keys(_ keys: String...) throws { try Subprocess.run(tmux, ["-S", socket, "send-keys", "-t", "0", "--"] + keys) }
        func screen() -> String { (try? Subprocess.run(tmux, ["-S", socket, "capture-pane", "-p", "-t", "0"]).output) ?? "" }
        var isRunning: Bool { (try? Subprocess.run(tmux, ["-S", socket, "has-session"]).status) == 0 }

        /// Polls the screen until `condition` holds; false after five seconds.
        func wait(until condition: (String) -> Bool) -> Bool {
            for _ in 0..<100 {
                if condition(screen()) { return true }
                usleep(50_000)
            }
            return false
        }
    }

    @Test(.enabled(if: tmux != nil && Subprocess.kgExecutable != nil, "needs tmux and the kg binary"))
    func tabCompletesNamesAndHistorySurvivesRestart() throws {
        let fixture = try ShellFixture()
        let state = fixture.folder.appendingPathComponent("state").path
        let command = "env XDG_STATE_HOME=\(state) \(Subprocess.kgExecutable!) shell --db \(fixture.dbPath)"

        let first = Terminal(tmux: Self.tmux!, fixture: fixture, name: "first")
        try first.start(command)
        #expect(first.wait { $0.contains("kg>") })
        try first.keys("path Roma", "Tab")
        #expect(first.wait { $0.contains("kg> path Romania") }, "Tab did not complete: \(first.screen())")
        try first.keys("-> North Ko", "Tab")
        #expect(first.wait { $0.contains("-> North Korea") }, "\(first.screen())")
        try first.keys("Enter")
        #expect(first.wait { $0.contains("no path from Romania -> North Korea") || $0.contains("Romania -[") })
        #expect(first.wait { Self.lastLine($0) == "kg>" }, "no prompt after the answer: \(first.screen())")
        // One burst, as a fast typist sends it: what follows the Ctrl-C is the next line, whether
        // the interrupt reaches the shell while it waits for a key or while it handles one.
        try first.keys("entity Patr", "C-c", "entity Ukraine", "Enter")
        #expect(first.wait { $0.contains("aliases   Kyiv") }, "\(first.screen())")
        #expect(!first.screen().contains("Patriot"), "Ctrl-C should abandon the line")
        try first.keys("entity Kyïv", "Enter")
        #expect(first.wait { $0.contains("kg> entity Kyïv\n") && Self.lastLine($0) == "kg>" && !$0.contains("Kyv") },
                "a name typed with a non-ASCII letter should arrive whole: \(first.screen())")
        try first.keys("C-d")
        #expect(first.wait { _ in !first.isRunning }, "Ctrl-D should leave")

        let history = try String(contentsOfFile: state + "/kg/history", encoding: .utf8)
        #expect(history.contains("entity\\040Ukraine") || history.contains("entity Ukraine"))
        #expect(!history.contains("Patr\n") && !history.contains("entity\\040Patr"))

        let second = Terminal(tmux: Self.tmux!, fixture: fixture, name: "second")
        try second.start(command)
        #expect(second.wait { $0.contains("kg>") })
        try second.keys("Up", "Up")
        #expect(second.wait { $0.contains("kg> entity Ukraine") }, "history not restored: \(second.screen())")
        try second.keys("C-c")
        #expect(second.wait { $0.components(separatedBy: "kg>").count == 3 }, "Ctrl-C should give a fresh prompt")
        try second.keys("C-d")
        #expect(second.wait { _ in !second.isRunning })
    }

    /// On a real graph a `with evidence` table wrapped at 300 columns, and Tab offered names
    /// only from the start of their first word.
    @Test(.enabled(if: tmux != nil && Subprocess.kgExecutable != nil, "needs tmux and the kg binary"))
    func tablesFitANarrowTerminalAndNamesCompleteFromAnyWord() throws {
        let fixture = try ShellFixture()
        let terminal = Terminal(tmux: Self.tmux!, fixture: fixture, name: "narrow")
        try terminal.start("\(Subprocess.kgExecutable!) shell --db \(fixture.dbPath)", width: 60)
        #expect(terminal.wait { $0.contains("kg>") })
        try terminal.keys("path Romania -> Kor", "Tab")
        #expect(terminal.wait { $0.contains("kg> path Romania -> North Korea") }, "\(terminal.screen())")
        try terminal.keys("Enter")
        #expect(terminal.wait { Self.lastLine($0) == "kg>" && $0.contains("North Korea\n") || $0.contains("Russia -[") })
        try terminal.keys("why Romania -[send]-> Patriot", "Enter")
        #expect(terminal.wait { $0.contains("…") }, "nothing cut: \(terminal.screen())")
        // The row is one screen line, cut with "…", and the prompt follows it: nothing wrapped.
        let lines = terminal.screen().split(separator: "\n").map(String.init)
        let row = lines.lastIndex { $0.hasPrefix("Romania -") }
        #expect(row.map { lines[$0].contains("…") && lines[$0 + 1].hasPrefix("kg>") } == true, "\(terminal.screen())")
        try terminal.keys("C-d")
        #expect(terminal.wait { _ in !terminal.isRunning })
    }

    static func lastLine(_ screen: String) -> String {
        screen.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    @Test(.enabled(if: Subprocess.kgExecutable != nil, "needs the kg binary"))
    func pipedInputWritesNoHistoryAndBailsWithStatus() throws {
        let fixture = try ShellFixture()
        let state = fixture.folder.appendingPathComponent("state").path
        let kg = Subprocess.kgExecutable!
        let ok = try Subprocess.run(kg, ["shell", "--db", fixture.dbPath], input: "path Romania -> Ukraine\n",
                                    environment: ["XDG_STATE_HOME": state])
        #expect(ok.status == 0)
        #expect(ok.output == "path                          hops\n----------------------------  ----\nRomania -[support]-> Ukraine  1\n")
        #expect(!FileManager.default.fileExists(atPath: state + "/kg/history"))
        let failed = try Subprocess.run(kg, ["shell", "--db", fixture.dbPath, "--bail"], input: "entity X\nentity Patriot\n")
        #expect(failed.status != 0)
        #expect(failed.output.isEmpty)
        #expect(failed.errors == "stdin:1:8: error: no entity named \"X\"\n")
        let query = try Subprocess.run(kg, ["query", "--db", fixture.dbPath, "--mode", "tsv", "?x -[pact]- Russia"])
        #expect(query.status == 0 && query.output == "?x\nNorth Korea\n")
        let missing = try Subprocess.run(kg, ["query", "--db", fixture.folder.path + "/none.sqlite", "entity X"])
        #expect(missing.status != 0 && missing.errors.contains("no graph at"))
    }
}
