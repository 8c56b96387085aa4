import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Dot: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg dot is not built yet") }
}
