import ArgumentParser

@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Build a knowledge graph from news articles and explore it.",
        subcommands: [
            Ingest.self, Extract.self, Stats.self, Shell.self, Query.self, Dot.self, Export.self,
            Entities.self, Merge.self, Alias.self, Language.self, Bench.self, Worker.self,
        ]
    )
}
