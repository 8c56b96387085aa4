import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg stats is not built yet") }
}
