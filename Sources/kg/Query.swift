import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg query is not built yet") }
}
