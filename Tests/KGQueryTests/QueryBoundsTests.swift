import Testing
@testable import KGQuery

/// Issue 19, point 5: a runaway pattern stops at its memory bound (bindings) or its time
/// bound with an error, instead of growing for minutes; queries inside the bounds are unchanged.
@Suite struct QueryBoundsTests {
    static let runaway = "?a -[*]- ?b -[*]- ?c -[*]- ?d -[*]- ?e -[*]- ?f -[*]- ?g limit 10000000"

    @Test func aRunawayPatternStopsAtTheBindingBound() throws {
        let engine = try SampleGraph.engine()
        engine.maxBindings = 1000
        #expect(throws: QueryError.tooManyBindings(1000)) { try engine.run(Self.runaway) }
        #expect(QueryError.tooManyBindings(1000).message.contains("--max-bindings"))
        // A narrow pattern fits, and the next query runs normally.
        #expect(try engine.run("Romania -[send]-> ?x").rows.isEmpty == false)
    }

    @Test func aQueryPastItsTimeLimitStopsWithAnError() throws {
        let engine = try SampleGraph.engine()
        engine.timeout = 0.000_001
        #expect(throws: QueryError.timedOut(after: 0.000_001)) { try engine.run(Self.runaway) }
        #expect(QueryError.timedOut(after: 2).message.hasPrefix("stopped after 2 s, the time limit"))
        engine.timeout = nil
        #expect(try engine.run("path Biden -> Patriot k 3").rows.count == 3)
    }

    @Test func theDefaultBoundsLeaveOrdinaryQueriesAlone() throws {
        let engine = try SampleGraph.engine()
        #expect(engine.maxBindings == QueryEngine.defaultMaxBindings && engine.timeout == nil)
        #expect(try engine.run("?x -[*]-> ?y").rows.count > 0)
    }
}
