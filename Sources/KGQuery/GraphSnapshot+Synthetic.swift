import KGStore

extension GraphSnapshot {
    /// A deterministic random graph for benchmarks: `nodes` entities named `N0`, `N1`, …,
    /// `edges` edges between uniformly chosen ends with one of `relations` relations.
    /// The same arguments always give the same graph.
    public static func synthetic(nodes: Int, edges: Int, relations: Int = 16, seed: UInt64 = 42) -> GraphSnapshot {
        var random = SplitMix64(seed: seed)
        let entities = (0..<nodes).map { EntityRecord(id: $0 + 1, name: "N\($0)", type: ["person", "organization", "place", "object", "event"][$0 % 5]) }
        let relationNames = (0..<max(1, relations)).map { "r\($0)" }
        var inputs: [EdgeInput] = []
        inputs.reserveCapacity(edges)
        for id in 0..<edges {
            let s = Int(random.next() % UInt64(nodes)) + 1
            let o = Int(random.next() % UInt64(nodes)) + 1
            let r = relationNames[Int(random.next() % UInt64(relationNames.count))]
            inputs.append(EdgeInput(id: id + 1, subject: s, relation: r, object: o))
        }
        return GraphSnapshot(entities: entities, edges: inputs)
    }
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
