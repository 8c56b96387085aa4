import KGCore

/// One dot-command of the shell. `DotCommand.all` is the one list of them: the session
/// dispatches through it, Tab completes from it, and `.help commands` prints it.
struct DotCommand: Sendable {
    /// How the command is written, lower case with its dot (`.mode`).
    var name: String
    /// Other names it answers to (`.exit` for `.quit`), not offered by Tab.
    var aliases: [String] = []
    /// The command with its arguments, as `.help` shows it (`.output FILE|stdout`).
    var usage: String
    /// What it does, for `.help`; lines after the first are indented under the first.
    var help: [String]
    /// The words Tab offers for its argument; empty when the argument is free (a file name).
    var arguments: [String] = []
    /// Runs it with the rest of the line, trimmed.
    var run: @Sendable (ShellSession, _ argument: String) throws -> ShellSession.Outcome

    static let onOff = ["on", "off"]

    static let all: [DotCommand] = [
        DotCommand(name: ".help", usage: ".help [TOPIC]", help: ["this help, or one topic"]) { session, argument in
            try session.write(ShellHelp.text(topic: argument))
            return .ok
        },
        DotCommand(name: ".quit", aliases: [".exit"], usage: ".quit", help: ["leave (also Ctrl-D)"]) { _, _ in .quit },
        DotCommand(name: ".read", usage: ".read FILE", help: ["run the queries in FILE"]) { session, argument in
            guard !argument.isEmpty else { throw ShellError(".read needs a file name") }
            return try session.read(ShellSession.unquoted(argument))
        },
        DotCommand(name: ".output", usage: ".output FILE|stdout", help: ["send results to FILE, or back to the terminal"]) { session, argument in
            try session.redirect(argument)
            return .ok
        },
        DotCommand(name: ".mode", usage: ".mode table|json|tsv|csv", help: [],
                   arguments: OutputMode.allCases.map(\.rawValue)) { session, argument in
            try session.setMode(argument)
            return .ok
        },
        DotCommand(name: ".timer", usage: ".timer on|off", help: ["print each query's run time (to stderr)"], arguments: onOff) { session, argument in
            session.timer = try session.onOff(argument, ".timer")
            return .ok
        },
        DotCommand(name: ".open", usage: ".open DB", help: ["query another graph"]) { session, argument in
            guard !argument.isEmpty else { throw ShellError(".open needs a file name") }
            try session.open(path: ShellSession.unquoted(argument))
            return .ok
        },
        DotCommand(name: ".stats", usage: ".stats", help: ["counts of articles, entities, edges, …"]) { session, _ in
            try session.writeStats()
            return .ok
        },
        DotCommand(name: ".bail", usage: ".bail on|off", help: ["stop a script at its first error"], arguments: onOff) { session, argument in
            session.bail = try session.onOff(argument, ".bail")
            return .ok
        },
        DotCommand(name: ".timeout", usage: ".timeout SECONDS|off", help: ["stop a query that runs longer (default off)"],
                   arguments: ["off"]) { session, argument in
            if argument.lowercased() == "off" { session.timeout = nil; return .ok }
            guard let seconds = Double(argument), seconds > 0, seconds.isFinite else {
                throw ShellError(".timeout takes a number of seconds above 0, or off", at: 0)
            }
            session.timeout = seconds
            return .ok
        },
        DotCommand(name: ".max-bindings", usage: ".max-bindings N", help: ["stop a pattern past N bindings, its memory (default 10000000)"]) { session, argument in
            guard let bound = Int(argument), bound >= 1 else { throw ShellError(".max-bindings takes a whole number of at least 1", at: 0) }
            session.maxBindings = bound
            return .ok
        },
        DotCommand(name: ".draw", usage: ".draw [SETTING VALUE]",
                   help: ["what dot draws: concepts, titles, negated, evidence on|off;",
                          "min-evidence N; min-confidence X (default \(EdgeConfidence.trusted)); limit N|none",
                          "(no argument: the settings)"]) { session, argument in
            try session.draw(argument)
            return .ok
        },
    ]

    /// The command `name` (any case) stands for, or nil.
    static func named(_ name: String) -> DotCommand? {
        let name = name.lowercased()
        return all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The lines of `.help commands`: usage, then the help aligned in one column.
    static var helpText: String {
        let column = 23
        return all.map { command in
            guard let first = command.help.first else { return command.usage }
            let padded = command.usage + String(repeating: " ", count: max(1, column - command.usage.count))
            return ([padded + first] + command.help.dropFirst().map { String(repeating: " ", count: column) + $0 })
                .joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
