import Foundation
import KGCore
import Testing
@testable import KGReader

@Suite struct BadInputTests {
    @Test func binaryFilesAreSkippedWithAReason() throws {
        let folder = try TemporaryFolder()
        let pdf = try folder.write("report.txt", bytes: Array("%PDF-1.7\n".utf8) + [0xde, 0xad, 0xbe, 0xef])
        let blob = try folder.write("blob", bytes: [0x41, 0x00, 0x42, 0x00, 0x43])
        let good = try folder.write("good.txt", "Good story\n\nThe good file is still read.\n")
        let outcome = readAll([pdf, blob, good])
        #expect(outcome.articles.map(\.source) == [good])
        #expect(outcome.errors.map(\.description) == [
            "\(pdf): error: binary file skipped (PDF document)",
            "\(blob): error: binary file skipped (contains NUL bytes)",
        ])
    }

    @Test func invalidUTF8IsReplacedAndReportedAsAnErrorNamingTheLine() throws {
        let folder = try TemporaryFolder()
        let bytes = Array("Café owners protest\n\nOwners of the café met on Friday.\nA bad byte: ".utf8) + [0xff, 0xfe] + Array(" here.\n".utf8)
        let path = try folder.write("cafe.txt", bytes: bytes)
        let outcome = readAll([path])
        let article = try #require(outcome.articles.first)
        #expect(article.text.contains("A bad byte: \u{FFFD}\u{FFFD} here."))
        #expect(outcome.errors.map(\.description) == ["\(path):4: error: 2 invalid UTF-8 sequences replaced with U+FFFD; article read anyway"])
    }

    @Test func legacySingleByteFilesAreReadAsWindows1252() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("latin.txt", bytes: Array("Fa".utf8) + [0xe7] + Array("ade repaired\n\nWork on the ".utf8) + [0x93] + Array("old".utf8) + [0x94] + Array(" front ended.\n".utf8))
        let outcome = readAll([path])
        #expect(outcome.articles.first?.title == "Façade repaired")
        #expect(outcome.articles.first?.text.contains("“old”") == true)
        #expect(outcome.errors.first?.reason == "not valid UTF-8; read as Windows-1252")
    }

    @Test func utf16WithAByteOrderMarkIsText() throws {
        let folder = try TemporaryFolder()
        var bytes: [UInt8] = [0xff, 0xfe]
        for unit in "Tide tables\n\nHigh tide is at noon.".utf16 { bytes += [UInt8(unit & 0xff), UInt8(unit >> 8)] }
        let outcome = readAll([try folder.write("tide.txt", bytes: bytes)])
        #expect(outcome.articles.first?.title == "Tide tables")
        #expect(outcome.problems.isEmpty)
    }

    @Test func emptyAndBlankFilesAreErrors() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.txt", "")
        let blank = try folder.write("blank.md", " \n\t\n")
        let outcome = readAll([empty, blank])
        #expect(outcome.articles.isEmpty)
        #expect(outcome.errors.map(\.description) == ["\(empty): error: empty file", "\(blank): error: empty file"])
    }

    @Test func missingPathsAreErrorsAndTheRestIsRead() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("ok.txt", "Fine\n\nThis one is fine.")
        let outcome = readAll([folder.path + "/nope.txt", good])
        #expect(outcome.articles.count == 1)
        #expect(outcome.errors.map(\.description) == ["\(folder.path)/nope.txt: error: no such file or directory"])
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func unreadableFilesAreErrors() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("secret.txt", "Secret\n\nHidden text.")
        chmod(path, 0)
        #expect(readAll([path]).errors.map(\.reason) == ["permission denied"])
    }

    @Test func aFileThatCannotBeOpenedNamesTheSystemReason() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("plain.txt", "Text\n\nBody.")
        #expect(readAll([file + "/inside.txt"]).errors.map(\.reason) == ["not a directory"])
    }

    @Test func filesThatVanishMidRunAreReportedAndTheRunGoesOn() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "A\n\nFirst.")
        let doomed = try folder.write("b.txt", "B\n\nSecond.")
        try folder.write("c.txt", "C\n\nThird.")
        var titles: [String] = []
        var problems: [ReadProblem] = []
        for item in ArticleReader(paths: [folder.path]) {
            switch item {
            case .article(let article):
                titles.append(article.title)
                if article.title == "A" { try FileManager.default.removeItem(atPath: doomed) }
            case .problem(let problem): problems.append(problem)
            case .unsupported: Issue.record("only article files here")
            }
        }
        #expect(titles == ["A", "C"])
        #expect(problems.map(\.description) == ["\(doomed): error: file vanished before it could be read"])
    }

    @Test func aFolderWithNothingReadableIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("picture.png", bytes: [0x89, 0x50, 0x4e, 0x47])
        try folder.write(".hidden.txt", "Hidden\n\nNot read.")
        let outcome = readAll([folder.path])
        #expect(outcome.articles.isEmpty)
        #expect(outcome.errors.map(\.description) == [
            "\(folder.path): error: no readable articles in this folder: 1 file of unsupported type (.png 1)",
        ])
    }

    @Test func aFileOfOnlyFurnitureHasNoArticleText() throws {
        let outcome = try readOne("furniture.txt", "Share this article\nFacebook Twitter Email\n")
        #expect(outcome.articles.isEmpty)
        #expect(outcome.errors.first?.reason == "no article text")
    }

    @Test func hugeArticlesAreSplitAtParagraphsWithAWarning() throws {
        let paragraph = "The river rose another metre overnight, and volunteers filled sandbags until dawn."
        let text = "Flood watch\n\n" + Array(repeating: paragraph, count: 200).joined(separator: "\n\n")
        let folder = try TemporaryFolder()
        let path = try folder.write("flood.txt", text)
        var options = ArticleReader.Options()
        options.maximumArticleBytes = 4_000
        let outcome = readAll([path], options: options)
        #expect(outcome.articles.count >= 5)
        #expect(outcome.articles.allSatisfy { $0.text.utf8.count <= 4_000 })
        #expect(outcome.articles.first?.source == path)
        #expect(outcome.articles.dropFirst().first?.source == path + "#part2")
        #expect(outcome.articles.dropFirst().allSatisfy { $0.text.hasPrefix("The river rose") && $0.text.hasSuffix("dawn.") })
        #expect(outcome.warnings.count == 1)
        // Every paragraph survives the split.
        let paragraphs = outcome.articles.map { $0.text.components(separatedBy: paragraph).count - 1 }.reduce(0, +)
        #expect(paragraphs == 200)
    }

    @Test func filesOverTheSizeLimitAreSkipped() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("big.txt", String(repeating: "Lots of words here. ", count: 10_000))
        var options = ArticleReader.Options()
        options.maximumFileBytes = 100_000
        let outcome = readAll([path], options: options)
        #expect(outcome.articles.isEmpty)
        #expect(outcome.errors.first?.reason.hasPrefix("file larger than") == true)
    }

    @Test func splittingNeverCutsInsideACharacter() {
        let text = String(repeating: "é", count: 100)
        let parts = Draft.split(text, maximumBytes: 31)
        #expect(parts.joined() == text)
        #expect(parts.allSatisfy { $0.utf8.count <= 31 })
    }
}
