// swift-tools-version: 6.1
import PackageDescription

// One library per pipeline stage; arrows point down the pipeline or into the store:
// Reader → Language → Repair → Entities → Relations → Pipeline → kg, and Store → Query → Export → Shell → kg.
// Core holds the values that travel between the stages and into the store (Article, Sentence,
// Entity, Fact, Extraction…): every stage and the store depend on it, the store on nothing else,
// so the query side builds without the language stack. See docs/architecture.md.
let package = Package(
    name: "kg",
    products: [
        .executable(name: "kg", targets: ["kg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

        .target(name: "KGCore"),
        .target(name: "KGReader", dependencies: ["KGCore"]),
        .target(name: "KGLanguage", dependencies: ["KGCore"], exclude: ["Models"]),
        .target(name: "KGRepair", dependencies: ["KGCore", "KGLanguage"]),
        .target(name: "KGEntities", dependencies: ["KGCore", "KGLanguage"], exclude: ["Lexicons", "Models"]),
        .target(name: "KGRelations", dependencies: ["KGCore", "KGLanguage", "KGRepair", "KGEntities"]),
        .target(name: "KGPipeline", dependencies: ["KGCore", "KGReader", "KGLanguage", "KGRepair", "KGEntities", "KGRelations"]),
        .target(name: "KGStore", dependencies: ["CSQLite", "KGCore"]),
        .target(name: "KGQuery", dependencies: ["KGCore", "KGStore"]),
        .target(name: "KGExport", dependencies: ["KGCore", "KGStore", "KGQuery"]),
        .target(name: "KGShell", dependencies: ["CEditLine", "KGCore", "KGQuery", "KGExport"]),
        .target(name: "KGBench", dependencies: [
            "KGCore", "KGReader", "KGLanguage", "KGRepair", "KGEntities", "KGRelations", "KGPipeline", "KGStore", "KGQuery",
        ]),
        .executableTarget(name: "kg", dependencies: [
            "KGCore", "KGReader", "KGLanguage", "KGRepair", "KGEntities", "KGRelations", "KGPipeline",
            "KGStore", "KGQuery", "KGExport", "KGShell", "KGBench",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "KGCoreTests", dependencies: ["KGCore"]),
        .testTarget(name: "KGReaderTests", dependencies: ["KGReader"]),
        .testTarget(name: "KGLanguageTests", dependencies: ["KGLanguage"]),
        .testTarget(name: "KGRepairTests", dependencies: ["KGCore", "KGRepair"], exclude: ["Golden"]),
        .testTarget(name: "KGEntitiesTests", dependencies: ["KGEntities"]),
        .testTarget(name: "KGRelationsTests", dependencies: ["KGRelations", "KGRepair"]),
        .testTarget(name: "KGPipelineTests", dependencies: ["KGPipeline"]),
        .testTarget(name: "KGStoreTests", dependencies: ["KGStore", "KGCore"]),
        .testTarget(name: "KGQueryTests", dependencies: ["KGQuery"], exclude: ["Golden"]),
        .testTarget(name: "KGExportTests", dependencies: ["KGExport", "KGQuery", "KGReader", "KGPipeline"], exclude: ["Golden"]),
        .testTarget(name: "KGShellTests", dependencies: ["KGShell"], exclude: ["Golden"]),
    ]
)
