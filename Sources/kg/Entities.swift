import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg entities is not built yet") }
}
