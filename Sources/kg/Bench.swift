import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg bench is not built yet") }
}
