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

    /// `kg dot` tells the user to name an ambiguous entity by its `#id`; that id must then work
    /// in --around and --path (it was looked up as the text "#7", matching the concept "£ 7").
    @Test func idsWorkWhereNamesDo() throws {
        let graph = try GraphFixture.small()
        let patriot = try #require(try graph.store.entities().first { $0.name == "Patriot" }?.id)
        try graph.entity("£ \(patriot)", "concept")
        let one = try GraphSelection.around("#\(patriot)", depth: 1).subgraph(in: graph.store)
        #expect(Set(one.entities.map(\.name)) == ["Patriot", "Romania", "Ukraine"])
        let romania = try #require(try graph.store.entities().first { $0.name == "Romania" }?.id)
        let path = try GraphSelection.path("#\(romania)", "#\(patriot)").subgraph(in: graph.store)
        #expect(path.edges.map(\.relation) == ["send"])
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
