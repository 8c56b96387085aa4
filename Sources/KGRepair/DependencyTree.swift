import KGCore
import KGLanguage

/// A parsed sentence seen as a tree: children per token, relation tests and subtree spans.
///
/// Relations are UD v2 (`.nsubjPass`, `.aclRelcl`, `.compoundPrt`); `is(_:_:)` matches either the
/// relation itself or the universal relation it refines. The small accessors are `@inlinable`
/// because the relation readers in another module call them in every inner loop.
public struct DependencyTree: Sendable {
    public let tokens: [Token]
    public let children: [[Int]]
    /// Each token's `DependencyRelation.matchMask`, so `is(_:_:)` tests bits instead of hashing.
    public let relationMasks: [UInt64]

    public init(_ tokens: [Token]) {
        self.tokens = tokens
        relationMasks = tokens.map(\.deprel.matchMask)
        var children = Array(repeating: [Int](), count: tokens.count)
        for (i, token) in tokens.enumerated() where token.head >= 0 && token.head < tokens.count && token.head != i {
            children[token.head].append(i)
        }
        self.children = children
    }

    @inlinable public var indices: Range<Int> { tokens.indices }

    /// Whether token `i` hangs from its head by one of `relations` (or by a subtype of one).
    @inlinable public func `is`(_ i: Int, _ relations: DependencyRelations) -> Bool {
        relations.matches(mask: relationMasks[i], tokens[i].deprel)
    }

    @inlinable public func head(_ i: Int) -> Int? {
        let h = tokens[i].head
        return h >= 0 && h < tokens.count && h != i ? h : nil
    }

    @inlinable public func kids(_ i: Int, _ relations: DependencyRelations) -> [Int] { children[i].filter { self.is($0, relations) } }

    @inlinable public func kid(_ i: Int, _ relations: DependencyRelations) -> Int? { children[i].first { self.is($0, relations) } }

    @inlinable public func lemma(_ i: Int) -> String { tokens[i].lemma.isEmpty ? tokens[i].text.lowercased() : tokens[i].lemma.lowercased() }

    @inlinable public func word(_ i: Int) -> String { tokens[i].text.lowercased() }

    @inlinable public func upos(_ i: Int) -> UPOS { tokens[i].upos }

    /// `i` and everything below it, in sentence order, leaving out the branches of `i` itself
    /// that hang by `pruned` and any token in `excluded` (with what hangs below it).
    public func subtree(_ i: Int, pruning pruned: DependencyRelations = [], excluding excluded: Set<Int> = []) -> [Int] {
        var result: [Int] = []
        var stack = [i]
        var seen = Set<Int>()
        while let top = stack.popLast() {
            guard seen.insert(top).inserted, seen.count <= tokens.count else { continue }
            result.append(top)
            for child in children[top] where !excluded.contains(child) {
                if top == i && self.is(child, pruned) { continue }
                stack.append(child)
            }
        }
        return result.sorted()
    }

    /// Whether `p` heads a clause: verbs, copular predicates and main-verb `be`/`have`; not verbs
    /// used as modifiers (`planned deliveries`).
    public func isPredicate(_ p: Int) -> Bool {
        if kid(p, [.cop]) != nil { return true }
        switch upos(p) {
        case .verb: return !self.is(p, [.amod, .compound, .aux, .cop, .case, .mark, .fixed, .flat, .det, .goeswith, .reparandum])
        case .aux: return !self.is(p, [.aux, .cop, .fixed, .goeswith, .reparandum])
        default: return false
        }
    }

    /// Depth of `i` below the root (a cycle in a bad parse stops the walk).
    public func depth(_ i: Int) -> Int {
        var depth = 0, current = i
        while let h = head(current), depth < tokens.count { depth += 1; current = h }
        return depth
    }

    /// Whether `ancestor` dominates `i`.
    public func dominates(_ ancestor: Int, _ i: Int) -> Bool {
        var current = i, steps = 0
        while let h = head(current), steps < tokens.count {
            if h == ancestor { return true }
            current = h
            steps += 1
        }
        return false
    }

    /// `i` and the tokens coordinated with it (`Russia and North Korea` → both heads).
    public func conjuncts(_ i: Int) -> [Int] {
        var result = [i]
        var frontier = [i]
        while let top = frontier.popLast() {
            for c in kids(top, [.conj]) where !result.contains(c) && !isClauseHead(c, conjoinedTo: top) {
                result.append(c)
                frontier.append(c)
            }
        }
        return result
    }

    /// A conjunct that is a clause of its own (`Russia attacked and Ukraine resisted`) is not a
    /// coordinated argument.
    public func isClauseHead(_ c: Int, conjoinedTo head: Int) -> Bool {
        let verbal: [UPOS] = [.verb, .aux]
        return verbal.contains(upos(c)) && !verbal.contains(upos(head)) || kid(c, [.nsubj, .cop]) != nil && kid(head, [.nsubj, .cop]) == nil
    }

    /// `each other`, `one another` (either word may head the pair).
    public func isReciprocal(_ i: Int) -> Bool {
        let pair = [word(i)] + kids(i, [.fixed, .det]).map(word)
        return pair.contains { $0 == "each" || $0 == "one" } && pair.contains { $0 == "other" || $0 == "another" }
    }

    @inlinable public func isPunct(_ i: Int) -> Bool { tokens[i].upos == .punct || tokens[i].deprel == .punct }

    /// The sentence's words at `indexes` (sorted), joined with single spaces.
    public func text(_ indexes: [Int]) -> String { indexes.map { tokens[$0].text }.joined(separator: " ") }
}
