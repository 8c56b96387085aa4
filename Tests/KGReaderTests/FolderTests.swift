import Foundation
import Testing
@testable import KGReader

@Suite struct FolderTests {
    @Test func foldersAreWalkedRecursivelyInSortedOrderSkippingHiddenAndForeignFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "B\n\nSecond story.")
        try folder.write("a.md", "A\n\nFirst story.")
        try folder.write("sub/c.html", "<p>Third story.</p>")
        try folder.write("sub/deeper/d", "D\n\nFourth story.")
        try folder.write("z.jsonl", "{\"title\": \"E\", \"text\": \"Fifth story.\"}\n")
        try folder.write(".git/config", "Not an article\n\nat all.")
        try folder.write("style.css", "p { color: red }")
        try folder.write("photo.jpg", bytes: [0xff, 0xd8, 0xff, 0xe0])
        let outcome = readAll([folder.path])
        #expect(outcome.problems.isEmpty)
        #expect(outcome.articles.map(\.source) == [
            folder.path + "/a.md", folder.path + "/b.txt", folder.path + "/sub/c.html",
            folder.path + "/sub/deeper/d", folder.path + "/z.jsonl:1",
        ])
        #expect(outcome.unsupported == [folder.path + "/photo.jpg", folder.path + "/style.css"])
    }

    @Test func unsupportedFilesAreCountedByExtensionAndExplainAnEmptyFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("scans/a.pdf", "%PDF-1.4")
        try folder.write("scans/b.pdf", "%PDF-1.4")
        try folder.write("scans/c.PNG", bytes: [0x89, 0x50, 0x4e, 0x47])
        let outcome = readAll([folder.path + "/scans"])
        #expect(outcome.unsupported.count == 3)
        #expect(outcome.errors.map(\.description) == [
            "\(folder.path)/scans: error: no readable articles in this folder: 3 files of unsupported type (.pdf 2, .png 1)",
        ])
        #expect("\(UnsupportedFiles(["x.png", "y.doc", "z.doc"]))" == "3 files of unsupported type (.doc 2, .png 1)")
    }

    @Test func theReaderIsLazy() throws {
        let folder = try TemporaryFolder()
        for n in 0..<50 { try folder.write(String(format: "%03d.txt", n), "Story \(n)\n\nText of story \(n).") }
        var iterator = ArticleReader(paths: [folder.path]).makeIterator()
        guard case .article(let first)? = iterator.next() else { Issue.record("expected an article"); return }
        #expect(first.title == "Story 0")
        // Files not reached yet are not read: removing one now is noticed when it is reached.
        try FileManager.default.removeItem(atPath: folder.path + "/049.txt")
        var count = 1
        while let item = iterator.next() { if case .article = item { count += 1 } }
        #expect(count == 49)
    }

    @Test func symbolicLinkLoopsAreWalkedOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.txt", "One\n\nOnly story.")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop", withDestinationPath: folder.path)
        #expect(readAll([folder.path]).articles.count == 1)
    }

    @Test func brokenSymbolicLinksAreNamedAsSuch() throws {
        let folder = try TemporaryFolder()
        try folder.write("real.txt", "Real\n\nA real story.")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/gone.txt", withDestinationPath: folder.path + "/nowhere.txt")
        let outcome = readAll([folder.path])
        #expect(outcome.articles.count == 1)
        #expect(outcome.errors.map(\.description) == ["\(folder.path)/gone.txt: error: broken symbolic link"])
    }

    @Test func standardInputIsReadFromTheGivenHandle() throws {
        let outcome = readAll(["-"], standardInput: standardInput("Piped headline\n\nPiped body text.\n"))
        #expect(outcome.articles.map(\.source) == ["-"])
        #expect(outcome.articles.first?.title == "Piped headline")
    }

    @Test func standardInputFormatIsSniffed() throws {
        let lines = "{\"title\": \"X\", \"text\": \"First.\"}\n{\"title\": \"Y\", \"text\": \"Second.\"}\n"
        #expect(readAll(["-"], standardInput: standardInput(lines)).articles.map(\.source) == ["-:1", "-:2"])
        let html = "<html><body><article><h1>Sniffed</h1><p>Body.</p></article></body></html>"
        #expect(readAll(["-"], standardInput: standardInput(html)).articles.first?.text == "Sniffed\n\nBody.")
    }

    @Test func emptyStandardInputIsAnError() {
        #expect(readAll(["-"], standardInput: standardInput("")).errors.map(\.description) == ["-: error: empty file"])
    }

    @Test func sameContentGivesTheSameHash() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "Same\n\nIdentical text.")
        let b = try folder.write("b.txt", "Same\r\n\r\nIdentical text.\r\n")
        let outcome = readAll([a, b])
        #expect(outcome.articles.count == 2)
        #expect(outcome.articles[0].hash == outcome.articles[1].hash)
    }

    @Test func pathsAreSpelledTheSameWayEveryRun() {
        #expect(InputWalker.normalised("./news//a.txt") == "news/a.txt")
        #expect(InputWalker.normalised("news/./b/") == "news/b")
        #expect(InputWalker.normalised("/tmp//x") == "/tmp/x")
        #expect(InputWalker.normalised("./") == ".")
        #expect(InputWalker.normalised("../up.txt") == "../up.txt")
    }

    @Test func aFolderGivenWithATrailingSlashGivesTheSameSources() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.txt", "One\n\nOnly story.")
        let plain = readAll([folder.path]).articles.map(\.source)
        #expect(readAll([folder.path + "/"]).articles.map(\.source) == plain)
        #expect(readAll([folder.path + "/./"]).articles.map(\.source) == plain)
    }

    @Test func anEmptyPathIsMissing() {
        #expect(readAll([""]).errors.map(\.reason) == ["no such file or directory"])
    }
}
