import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg extract is not built yet") }
}
