import Foundation
import KGCore
import Testing
@testable import KGLanguage

@Suite struct ModelFileTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kg-models-\(UUID().uuidString)")
    }

    @Test func modelsSurviveARoundTrip() throws {
        let (models, records) = try tinyModels()
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try models.write(to: folder)
        let loaded = try LanguageModels.load(from: folder)
        for record in records {
            var a = Sentence(text: record.text, start: 0, end: 0, tokens: record.tokens.map { Token(text: $0.text, start: $0.start, end: $0.end) })
            var b = a
            models.annotate(&a)
            loaded.annotate(&b)
            #expect(a == b)
        }
        #expect(loaded.lemmatizer.exceptions == models.lemmatizer.exceptions)
        #expect(loaded.tagger.dictionary == models.tagger.dictionary)
        #expect(loaded.tagger.ambiguity == models.tagger.ambiguity)
        #expect(!loaded.tagger.ambiguity.table.entries.isEmpty)
    }

    @Test func aFlippedByteIsReportedAsCorrupt() throws {
        let (models, _) = try tinyModels()
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try models.write(to: folder)
        let url = folder.appendingPathComponent("parser.kgm")
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0x40
        try Data(bytes).write(to: url)
        let error = #expect(throws: ModelError.self) { try LanguageModels.load(from: folder) }
        #expect(error?.description.contains(url.path) == true)
        #expect(error?.description.contains("checksum") == true)
    }

    @Test func truncatedAndForeignFilesAreRejected() throws {
        let (models, _) = try tinyModels()
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try models.write(to: folder)
        let tagger = folder.appendingPathComponent("tagger.kgm")
        let bytes = try Data(contentsOf: tagger)
        try bytes.prefix(bytes.count - 10).write(to: tagger)
        #expect(throws: ModelError.self) { try LanguageModels.load(from: folder) }
        try Data("this is not a model".utf8).write(to: tagger)
        let error = #expect(throws: ModelError.self) { try LanguageModels.load(from: folder) }
        #expect(error?.description.contains("not a kg model file") == true)
        // A parser file where the tagger should be: the kind field catches it.
        try FileManager.default.copyItem(at: folder.appendingPathComponent("parser.kgm"), to: folder.appendingPathComponent("swap.kgm"))
        try FileManager.default.removeItem(at: tagger)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("swap.kgm"), to: tagger)
        #expect(throws: ModelError.self) { try LanguageModels.load(from: folder) }
    }

    @Test func aMissingFileNamesWhereItLooked() throws {
        let folder = temporaryFolder()
        let error = #expect(throws: ResourceLocator.NotFound.self) { try LanguageModels.load(from: folder) }
        #expect(error?.description.contains(folder.path) == true)
        #expect(error?.description.contains("tagger.kgm") == true)
    }
}
