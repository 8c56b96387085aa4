// swift-tools-version: 6.1
import PackageDescription

// One library per pipeline stage; arrows point down the pipeline or into the store:
// Reader → Language → Repair → Entities → Relations → Pipeline → Store → Query → Export → Shell → kg.
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

        .target(name: "KGReader"),
        .target(name: "KGLanguage", exclude: ["Models"]),
        .target(name: "KGRepair", dependencies: ["KGLanguage"]),
        .target(name: "KGEntities", dependencies: ["KGLanguage"], exclude: ["Lexicons", "Models"]),
        .target(name: "KGRelations", dependencies: ["KGLanguage", "KGRepair", "KGEntities"]),
        .target(name: "KGPipeline", dependencies: ["KGReader", "KGLanguage", "KGRepair", "KGEntities", "KGRelations"]),
        .target(name: "KGStore", dependencies: ["CSQLite", "KGPipeline"]),
        .target(name: "KGQuery", dependencies: ["KGStore"]),
        .target(name: "KGExport", dependencies: ["KGStore", "KGQuery"]),
        .target(name: "KGShell", dependencies: ["CEditLine", "KGQuery", "KGExport"]),
        .executableTarget(name: "kg", dependencies: [
            "KGReader", "KGLanguage", "KGRepair", "KGEntities", "KGRelations", "KGPipeline",
            "KGStore", "KGQuery", "KGExport", "KGShell",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "KGReaderTests", dependencies: ["KGReader"]),
        .testTarget(name: "KGLanguageTests", dependencies: ["KGLanguage"]),
        .testTarget(name: "KGRepairTests", dependencies: ["KGRepair"], exclude: ["Golden"]),
        .testTarget(name: "KGEntitiesTests", dependencies: ["KGEntities"]),
        .testTarget(name: "KGRelationsTests", dependencies: ["KGRelations", "KGRepair"]),
        .testTarget(name: "KGPipelineTests", dependencies: ["KGPipeline"]),
        .testTarget(name: "KGStoreTests", dependencies: ["KGStore"]),
        .testTarget(name: "KGQueryTests", dependencies: ["KGQuery"], exclude: ["Golden"]),
        .testTarget(name: "KGExportTests", dependencies: ["KGExport", "KGQuery", "KGReader", "KGPipeline"], exclude: ["Golden"]),
        .testTarget(name: "KGShellTests", dependencies: ["KGShell"], exclude: ["Golden"]),
    ]
)
