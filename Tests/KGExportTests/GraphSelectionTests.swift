import Testing
import KGQuery
import KGStore
@testable import KGExport

@Suite struct GraphSelectionTests {
    @Test func wholeGraphIsEveryEntityAndEdge() throws {
        let graph = try GraphFixture.small()
        let subgraph = try GraphSelection.whole.subgraph(in: graph.store)
        #expect(subgraph.entities.count == 10)
        #expect(subgraph.edges.count == 6)
    }

    @Test func aroundReachesTheGivenDepth() throws {
        let graph = try GraphFixture.small()
        let one = try GraphSelection.around("Patriot", depth: 1).subgraph(in: graph.store)
        #expect(Set(one.entities.map(\.name)) == ["Patriot", "Romania", "Ukraine"])
        let two = try GraphSelection.around("Patriot", depth: 2).subgraph(in: graph.store)
        #expect(Set(two.entities.map(\.name)) == ["Patriot", "Romania", "Ukraine", "Joe Biden", "NATO"])
    }

    @Test func pathDrawsTheEntitiesAndFactsOnTheWay() throws {
        let graph = try GraphFixture.small()
        let subgraph = try GraphSelection.path("Romania", "Ukraine").subgraph(in: graph.store)
        #expect(Set(subgraph.edges.map(\.relation)) == ["send", "go to"])
    }

    @Test func namesWithQuotesAndBackslashesReachTheQueryAsWritten() throws {
        let graph = try GraphFixture()
        let odd = try graph.entity("Say \"no\" \\ to path", "organization")
        let other = try graph.entity("neighbors", "person")
        try graph.fact(odd, "meet", other)
        let subgraph = try GraphSelection.around("Say \"no\" \\ to path", depth: 1).subgraph(in: graph.store)
        #expect(subgraph.entities.map(\.id).sorted() == [odd, other])
        #expect(GraphSelection.around("a\"b\\", depth: 2).queryText == "neighbors \"a\\\"b\\\\\" depth 2")
    }

    @Test func unknownNamesAndBadQueriesAreTheQueryEnginesErrors() throws {
        let graph = try GraphFixture.small()
        #expect(throws: QueryError.self) { try GraphSelection.around("Atlantis", depth: 1).subgraph(in: graph.store) }
        #expect(throws: QuerySyntaxError.self) { try GraphSelection.query("path Romania ->").subgraph(in: graph.store) }
    }
}
