import Testing
@testable import KGQuery

/// Ctrl-C in the shell: a query that sees the interruption stops and says so, without a
/// partial answer, and the next query runs normally.
@Suite struct InterruptionTests {
    @Test func interruptedQueriesThrowAndTheNextOneRuns() throws {
        let engine = try SampleGraph.engine()
        engine.isInterrupted = { true }
        for query in ["path Biden -> Patriot k 3", "neighbors Romania depth 3", "?a -[*]-> ?b -[*]-> ?c"] {
            #expect(throws: QueryError("interrupted")) { try engine.run(query) }
        }
        engine.isInterrupted = { false }
        #expect(try engine.run("path Biden -> Patriot k 3").rows.count == 3)
    }

    @Test func searchesStopAtTheFirstPoll() throws {
        let engine = try SampleGraph.engine()
        var polls = 0
        engine.isInterrupted = { polls += 1; return true }
        #expect(throws: QueryError("interrupted")) { try engine.run("path Biden -> Patriot k 50") }
        // One poll ends Yen's loop before a second path is searched, one more reports it.
        #expect(polls == 2)
    }
}
