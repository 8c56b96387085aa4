import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg export is not built yet") }
}
