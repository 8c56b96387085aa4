import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg ingest is not built yet") }
}
