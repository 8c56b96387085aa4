import ArgumentParser
import KGExport
import KGQuery
import KGShell
import KGStore

struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the other names of an entity.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let ALIAS name the entity NAME, in this graph and in articles ingested later.")

        @Argument(help: "The entity: its name, any alias, or #ID.") var name: String
        @Argument(help: "The other name.") var alias: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let graph = try Store(path: store.path)
            let entity = try graph.entity(named: name)
            let others = try graph.addAlias(alias, to: entity)
            printNote("\"\(alias)\" now names \(entity.name) (#\(entity.id))")
            for other in others {
                printNote("\"\(alias)\" also names \(other.name) (#\(other.id), \(other.type)); "
                    + "`kg merge \"\(entity.name)\" \"#\(other.id)\"` joins them")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the names an entity goes by, one a line.",
            discussion: "Each name is one line: a tab, line break or backslash in it is printed as \\t, \\n or \\\\ (as in --mode tsv).")

        @Argument(help: "The entity: its name, any alias, or #ID.") var name: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let graph = try Store(path: store.path, readOnly: true)
            let aliases = try graph.aliases(of: graph.entity(named: name))
            let list = QueryResult(columns: ["alias"], rows: aliases.map { [$0] })
            try OutputFile.standardOutput.write(ResultFormatter(mode: .tsv, header: false).format(list))
        }
    }
}
