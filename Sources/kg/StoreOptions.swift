import ArgumentParser
import Foundation

/// `--db PATH`, else `$KG_DB`, else `kg.sqlite` in the working directory.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The graph database (default: $KG_DB, else kg.sqlite).", valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["KG_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "kg.sqlite"
    }
}
