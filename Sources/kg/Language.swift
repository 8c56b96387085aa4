import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Language: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg language is not built yet") }
}
