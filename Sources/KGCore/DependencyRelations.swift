/// A set of dependency relations as one bit per case, so that the tree tests repair and relations
/// run in every inner loop (`tree.kid(p, [.nsubj, .cop])`) neither hash nor allocate. A `raw` label
/// has no bit and is kept in `rawLabels`, which is empty for every set written in code.
public struct DependencyRelations: Sendable, Equatable, ExpressibleByArrayLiteral {
    @usableFromInline var bits: UInt64
    @usableFromInline var rawLabels: [String]

    @inlinable public init(arrayLiteral relations: DependencyRelation...) {
        bits = 0
        rawLabels = []
        for relation in relations { insert(relation) }
    }

    @inlinable public mutating func insert(_ relation: DependencyRelation) {
        if let bit = relation.bit { bits |= bit } else if let label = relation.rawLabel, !rawLabels.contains(label) { rawLabels.append(label) }
    }

    @inlinable public func contains(_ relation: DependencyRelation) -> Bool {
        if let bit = relation.bit { return bits & bit != 0 }
        return relation.rawLabel.map(rawLabels.contains) ?? false
    }

    /// Whether a token whose relation has the bits `mask` (`DependencyRelation.matchMask`) and is
    /// `relation` hangs by one of these relations or by a subtype of one.
    @inlinable public func matches(mask: UInt64, _ relation: DependencyRelation) -> Bool {
        bits & mask != 0 || !rawLabels.isEmpty && (contains(relation) || contains(relation.universal))
    }

    @inlinable public func union(_ other: DependencyRelations) -> DependencyRelations {
        var result = self
        result.bits |= other.bits
        for label in other.rawLabels where !result.rawLabels.contains(label) { result.rawLabels.append(label) }
        return result
    }

    @inlinable public func subtracting(_ other: DependencyRelations) -> DependencyRelations {
        var result = self
        result.bits &= ~other.bits
        result.rawLabels.removeAll { other.rawLabels.contains($0) }
        return result
    }
}

extension DependencyRelation {
    /// The bit of this case in a `DependencyRelations`; nil for `raw`.
    @inlinable public var bit: UInt64? {
        let index: Int
        switch self {
        case .acl: index = 0
        case .advcl: index = 1
        case .advmod: index = 2
        case .amod: index = 3
        case .appos: index = 4
        case .aux: index = 5
        case .case: index = 6
        case .cc: index = 7
        case .ccomp: index = 8
        case .clf: index = 9
        case .compound: index = 10
        case .conj: index = 11
        case .cop: index = 12
        case .csubj: index = 13
        case .dep: index = 14
        case .det: index = 15
        case .discourse: index = 16
        case .dislocated: index = 17
        case .expl: index = 18
        case .fixed: index = 19
        case .flat: index = 20
        case .goeswith: index = 21
        case .iobj: index = 22
        case .list: index = 23
        case .mark: index = 24
        case .nmod: index = 25
        case .nsubj: index = 26
        case .nummod: index = 27
        case .obj: index = 28
        case .obl: index = 29
        case .orphan: index = 30
        case .parataxis: index = 31
        case .punct: index = 32
        case .reparandum: index = 33
        case .root: index = 34
        case .vocative: index = 35
        case .xcomp: index = 36
        case .aclRelcl: index = 37
        case .advclRelcl: index = 38
        case .auxPass: index = 39
        case .ccPreconj: index = 40
        case .compoundPrt: index = 41
        case .csubjOuter: index = 42
        case .csubjPass: index = 43
        case .detPredet: index = 44
        case .nmodDesc: index = 45
        case .nmodNpmod: index = 46
        case .nmodPoss: index = 47
        case .nmodUnmarked: index = 48
        case .nsubjOuter: index = 49
        case .nsubjPass: index = 50
        case .oblAgent: index = 51
        case .oblUnmarked: index = 52
        case .unparsed: index = 53
        case .raw: return nil
        }
        return 1 << UInt64(index)
    }

    /// The bits of this relation and of the universal relation it refines, which a set of relations
    /// meets when a token hanging by this relation matches it (0 for a `raw` label of a raw relation).
    public var matchMask: UInt64 { (bit ?? 0) | (universal.bit ?? 0) }
}
