import ArgumentParser
import KGQuery

/// `--timeout` and `--max-bindings`, shared by `kg query` and `kg shell`: a query that would run
/// for minutes or fill the memory stops with an error instead.
struct QueryBounds: ParsableArguments {
    @Option(help: ArgumentHelp("Stop a query that runs longer than this (default: no limit).", valueName: "seconds"))
    var timeout: Double?

    @Option(help: ArgumentHelp("Stop a pattern query past this many bindings (partial matches and values held), its memory bound (default \(QueryEngine.defaultMaxBindings)).", valueName: "n"))
    var maxBindings = QueryEngine.defaultMaxBindings

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) { throw ValidationError("--timeout must be a number of seconds above 0") }
        if maxBindings < 1 { throw ValidationError("--max-bindings must be 1 or more") }
    }
}
