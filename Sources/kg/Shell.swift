import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Shell: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg shell is not built yet") }
}
