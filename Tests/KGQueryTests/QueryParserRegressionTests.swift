import Testing
@testable import KGQuery

/// Inputs found by the libFuzzer target (`Tests/Fuzz/run.sh query`).
@Suite struct QueryParserRegressionTests {
    /// Deciding where a name ends recursed once per following word: a long name overflowed the
    /// stack (and took quadratic time).
    @Test func aNameOfAHundredThousandWordsParses() throws {
        let name = String(repeating: "Romania ", count: 100_000)
        let query = try QueryParser.parse("path \(name)-> Russia max 4")
        guard case .path(let path) = query else { Issue.record("not a path query: \(query)"); return }
        guard case .text(let from) = path.from.spelling else { Issue.record("not a name: \(path.from)"); return }
        #expect(from.split(separator: " ").count == 100_000)
        #expect(path.maxHops == 4)
    }

    @Test func flagWordsStillEndANameOnlyWhenStandingAlone() throws {
        guard case .path(let all) = try QueryParser.parse("path Romania -> Russia all") else { Issue.record("not a path"); return }
        #expect(all.all && all.to.spelling == .text("Russia"))
        guard case .path(let named) = try QueryParser.parse("path Romania -> All Blacks") else { Issue.record("not a path"); return }
        #expect(!named.all && named.to.spelling == .text("All Blacks"))
    }
}
