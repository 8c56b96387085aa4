import Testing
@testable import KGReader

@Suite struct JSONTests {
    @Test func readsAJSONObject() throws {
        let json = #"{"title": "Wind farm approved", "body": "Regulators approved the offshore wind farm on Monday.", "date": "2022-10-03", "url": "https://example.org/wind"}"#
        let article = try #require(try readOne("wind.json", json).articles.first)
        #expect(article.title == "Wind farm approved")
        #expect(article.date == "2022-10-03")
        #expect(article.url == "https://example.org/wind")
        #expect(article.text == "Wind farm approved\n\nRegulators approved the offshore wind farm on Monday.")
    }

    @Test func readsAnArrayWithElementSources() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("batch.json", #"[{"headline": "One", "content": "First story text here."}, 5, {"title": "Three", "text": ["Para one.", "Para two."], "timestamp": 1709164800}]"#)
        let outcome = readAll([path])
        #expect(outcome.articles.map(\.source) == [path + "#1", path + "#3"])
        #expect(outcome.articles.last?.text == "Three\n\nPara one.\n\nPara two.")
        #expect(outcome.articles.last?.date == "2024-02-29")
        #expect(outcome.errors.map(\.source) == [path + "#2"])
        #expect(outcome.errors.first?.reason == "expected a JSON object, found a number")
    }

    @Test func aRecordThatNamesItsSourceKeepsIt() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("part-3.jsonl", [
            #"{"source": "feeds/wire/4417", "title": "Alpha", "text": "The first record names itself."}"#,
            #"{"source": " ", "title": "Beta", "text": "A blank source is no source."}"#,
        ].joined(separator: "\n"))
        #expect(readAll([path]).articles.map(\.source) == ["feeds/wire/4417", path + ":2"])
    }

    @Test func readsJSONLinesAndReportsBadLinesWithTheirNumbers() throws {
        let folder = try TemporaryFolder()
        let lines = [
            #"{"title": "Alpha", "text": "The first record is fine."}"#,
            #"{"title": "Broken", "text": "missing brace""#,
            "",
            #"{"title": "No body"}"#,
            #"{"title": "Delta", "text": "<p>Markup is <b>converted</b>.</p>", "date": "Jan 5, 2021"}"#,
        ]
        let path = try folder.write("feed.jsonl", lines.joined(separator: "\n"))
        let outcome = readAll([path])
        #expect(outcome.articles.map(\.source) == ["\(path):1", "\(path):5"])
        #expect(outcome.articles.last?.text == "Delta\n\nMarkup is converted.")
        #expect(outcome.articles.last?.date == "2021-01-05")
        #expect(outcome.errors.map(\.line) == [2, 4])
        #expect(outcome.errors.allSatisfy { $0.source == path })
        #expect(outcome.errors[0].reason.hasPrefix("invalid JSON"))
        #expect(outcome.errors[1].description == "\(path):4: error: JSON object has no text, body or content field")
    }

    @Test func jsonLinesInAJSONFileAreStillRead() throws {
        let text = "{\"title\": \"A\", \"text\": \"Alpha text.\"}\n{\"title\": \"B\", \"text\": \"Beta text.\"}\n"
        #expect(try readOne("mixed.json", text).articles.map(\.title) == ["A", "B"])
    }

    @Test func invalidJSONIsAnError() throws {
        let outcome = try readOne("bad.json", "{\"title\": ")
        #expect(outcome.articles.isEmpty)
        #expect(outcome.errors.first?.reason.hasPrefix("invalid JSON") == true)
    }

    @Test func longJSONLinesStreamAcrossChunks() throws {
        let body = String(repeating: "The committee met again. ", count: 6000)  // ~150 kB, several read chunks
        let record = "{\"title\": \"Long\", \"text\": \"\(body)\"}"
        let outcome = try readOne("long.ndjson", record + "\n" + record + "\n")
        #expect(outcome.articles.count == 2)
        #expect(outcome.articles.allSatisfy { $0.text.hasSuffix("The committee met again.") })
    }

    @Test func invalidUTF8InOneJSONLineIsReportedForThatLineAndTheRecordRead() throws {
        let folder = try TemporaryFolder()
        let bytes = Array("{\"title\": \"Ok\", \"text\": \"Fine.\"}\n{\"title\": \"Bad ".utf8) + [0xc3, 0x28] + Array(" byte\", \"text\": \"Still read.\"}\n".utf8)
        let path = try folder.write("bytes.jsonl", bytes: bytes)
        let outcome = readAll([path])
        #expect(outcome.articles.count == 2)
        #expect(outcome.problems.map(\.description) == ["\(path):2: error: invalid UTF-8 replaced with U+FFFD; record read anyway"])
    }

    @Test func aJSONLinesFileOfBlankLinesIsEmpty() throws {
        let outcome = try readOne("blank.jsonl", "\n  \n\n")
        #expect(outcome.errors.map(\.reason) == ["empty file"])
    }

    @Test func aWrapperObjectWithAnArticlesArrayIsAList() throws {
        let json = #"{"source": "feed", "articles": [{"title": "Q", "text": "Quarry closes."}, {"title": "R", "text": "Road opens."}]}"#
        #expect(try readOne("feed.json", json).articles.map(\.title) == ["Q", "R"])
    }
}
