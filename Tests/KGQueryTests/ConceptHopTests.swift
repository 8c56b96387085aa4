import KGStore
import Testing
@testable import KGQuery

/// Two leaders who share only a title must not look connected through it.
@Suite struct ConceptHopTests {
    let graph = GraphSnapshot(
        entities: [
            EntityRecord(id: 1, name: "Ana Ruiz", type: "person"),
            EntityRecord(id: 2, name: "President", type: "concept"),
            EntityRecord(id: 3, name: "Ivo Marek", type: "person"),
            EntityRecord(id: 4, name: "Chile", type: "place"),
        ],
        edges: [
            .init(id: 10, subject: 1, relation: "title", object: 2),
            .init(id: 11, subject: 3, relation: "title", object: 2),
            .init(id: 12, subject: 1, relation: "visit", object: 4),
            .init(id: 13, subject: 3, relation: "visit", object: 4),
        ])

    @Test func pathsDoNotPassThroughConceptNodes() {
        let finder = PathFinder(graph: graph)
        let path = finder.shortestPath(from: 0, to: 2, directed: false)
        #expect(path?.nodes == [0, 3, 2])
        let all = finder.allShortestPaths(from: 0, to: 2, directed: false, maxHops: 6, filter: EdgeFilter(), limit: 10)
        #expect(all.map(\.nodes) == [[0, 3, 2]])
    }

    @Test func aConceptNodeMayEndAPath() {
        let finder = PathFinder(graph: graph)
        #expect(finder.shortestPath(from: 0, to: 1)?.nodes == [0, 1])
        #expect(finder.shortestPath(from: 1, to: 2, directed: false)?.nodes == [1, 2])
    }
}
