import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg merge is not built yet") }
}
