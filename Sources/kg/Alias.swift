import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")
    func run() throws { throw ValidationError("kg alias is not built yet") }
}
