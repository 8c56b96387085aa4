import Foundation
import Testing
@testable import KGQuery

/// Random queries — shuffled language tokens, names and hostile characters — must never
/// crash the parser or the engine, and every syntax error must point inside the input.
/// CI runs a few thousand inputs; a long run is
///     KG_FUZZ_ITERATIONS=1000000 swift test --filter QueryParserFuzzTests
@Suite struct QueryParserFuzzTests {
    static let iterations = ProcessInfo.processInfo.environment["KG_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3000

    static let pieces = [
        "path", "neighbors", "why", "entity", "find", "timeline", "dot", "->", "--", "-[", "]->", "]-", "<-[", "|", "*",
        "?x", "?y", "#1", "#99999999999999999999", "max", "3", "0", "-1", "via", "send", "all", "k", "with", "evidence",
        "negated", "since", "until", "2024-06", "2024-13-40", "min", "confidence", "0.5", "limit", "depth", "out", "in",
        "both", "Romania", "North", "Korea", "Patriot", "\"", "'", "\\", ">", "out.dot", ";", "(", ")", "\u{202E}", "\u{0}",
        "\n", "\t", "é", "🇺🇦", "<script>", "DROP TABLE edges", "'; --", "\"North Korea\"",
    ]

    static func randomQuery(_ random: inout SplitMix64) -> String {
        let count = Int(random.next() % 12)
        var parts: [String] = []
        for _ in 0..<count {
            if random.next() % 10 == 0 {
                // A random scalar, including controls and unassigned code points.
                let value = UInt32(random.next() % 0x3_0000)
                parts.append(Unicode.Scalar(value).map(String.init) ?? "?")
            } else {
                parts.append(pieces[Int(random.next() % UInt64(pieces.count))])
            }
        }
        return parts.joined(separator: random.next() % 4 == 0 ? "" : " ")
    }

    @Test func parserNeverCrashesAndErrorsPointInside() {
        var random = SplitMix64(seed: 20_240_619)
        var parsed = 0
        for _ in 0..<Self.iterations {
            let query = Self.randomQuery(&random)
            do {
                _ = try QueryParser.parse(query)
                parsed += 1
            } catch {
                #expect(error.offset >= 0 && error.offset <= query.unicodeScalars.count, "\(query.debugDescription)")
                _ = error.rendered(in: query)
            }
        }
        #expect(parsed > 0, "the generator should produce some valid queries")
    }

    @Test func engineAnswersOrFailsCleanly() throws {
        let engine = try SampleGraph.engine()
        var random = SplitMix64(seed: 77)
        for _ in 0..<Self.iterations {
            let query = Self.randomQuery(&random)
            do {
                _ = try engine.run(query)
            } catch is QuerySyntaxError {
            } catch let error as QueryError {
                if let offset = error.offset { #expect(offset <= query.unicodeScalars.count) }
            }
        }
    }
}
