import Foundation
import Testing
@testable import KGShell

/// The table of dot-commands is what the session runs, Tab offers and `.help` lists.
@Suite struct DotCommandTests {
    @Test func everyCommandIsKnownToDispatchCompletionAndHelp() throws {
        let completion = Completion()
        let help = ShellHelp.text(topic: "commands")
        for command in DotCommand.all {
            #expect(DotCommand.named(command.name.uppercased())?.name == command.name)
            #expect(completion.candidates(for: String(command.name.prefix(3)), after: "").contains(command.name))
            #expect(help.contains(command.usage))
        }
        #expect(DotCommand.named(".exit")?.name == ".quit")
        #expect(DotCommand.named(".frobnicate") == nil)
        #expect(completion.candidates(for: "", after: ".bail ") == ["on", "off"])
    }

    /// `docs/query-language.md` lists the dot-commands for users: the same ones as the table.
    @Test func theDocsListEveryDotCommand() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/query-language.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Dot-commands").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        let documented = section.split(separator: "\n").filter { $0.hasPrefix("| `.") }
            .compactMap { $0.dropFirst(3).split(separator: " ").first.map { String($0.prefix { $0 != "`" }) } }
        #expect(documented == DotCommand.all.map(\.name))
    }

    @Test func theHelpColumnLinesUp() {
        let lines = DotCommand.helpText.split(separator: "\n")
        #expect(lines.contains(".help [TOPIC]          this help, or one topic"))
        #expect(lines.contains(".draw [SETTING VALUE]  what dot draws: concepts, titles, negated, evidence on|off;"))
        #expect(lines.contains("                       min-evidence N; min-confidence X (default 0.4); limit N|none"))
    }
}
