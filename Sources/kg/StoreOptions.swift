import ArgumentParser
import Foundation
import KGStore

/// `--db PATH`, else `$KG_DB`, else `kg.sqlite` in the working directory.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The graph database (default: $KG_DB, else kg.sqlite).", valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["KG_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "kg.sqlite"
    }

    /// '', :memory: and file: URIs would give a database SQLite keeps nowhere or elsewhere.
    func validate() throws {
        try Store.checkPath(path)
    }
}
