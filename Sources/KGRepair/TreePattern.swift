import KGCore
import KGLanguage

/// A repair written as data: a pattern of tokens in the tree and the rewrite that undoes the
/// misparse it finds, in the manner of spaCy's `DependencyMatcher` (nodes reached from one
/// another by relations) and `AttributeRuler` (attributes set on what matched).
///
/// The first node is tried at every token in turn; each later node is found from one named before
/// it (its head, its first dependent by a relation, a neighbour) and must pass its tests. Where
/// every node is found, the edits run in order. Tests and edits read the tree as the rule found
/// it, so what one match writes does not change what the next one sees.
///
///     TreePattern(match: [
///         .token("phrase", .relation([.obl, .nmod]), .hasChild([.case])),
///         .head("adverb", of: "phrase", .before("phrase"), .upos([.adv]), .relation([.advmod])),
///         .head("verb", of: "adverb", .upos([.verb])),
///     ], rewrite: [.attach("phrase", to: "verb", as: .obl)])   // `was made largely of steel`
struct TreePattern: Sendable {
    /// A token the pattern names, where it is found and what it must be.
    struct Node: Sendable {
        let name: String
        let place: Place<String>
        let tests: [Test<String>]

        /// Every token in turn: the pattern's first node.
        static func token(_ name: String, _ tests: Test<String>...) -> Node { Node(name: name, place: .everyToken, tests: tests) }
        /// The head of `dependent`.
        static func head(_ name: String, of dependent: String, _ tests: Test<String>...) -> Node {
            Node(name: name, place: .head(of: dependent), tests: tests)
        }
        /// The first dependent of `head` by one of `relations` (or a subtype) that passes `select`.
        static func firstChild(_ name: String, of head: String, by relations: DependencyRelations, where select: [Test<String>] = [],
                               _ tests: Test<String>...) -> Node {
            Node(name: name, place: .firstChild(of: head, by: relations, where: select), tests: tests)
        }
        /// The token `distance` places after `token` (before it when negative).
        static func neighbour(_ name: String, _ distance: Int, of token: String, _ tests: Test<String>...) -> Node {
            Node(name: name, place: .neighbour(distance, of: token), tests: tests)
        }
    }

    enum Place<Name: Sendable>: Sendable {
        case everyToken
        case head(of: Name)
        case firstChild(of: Name, by: DependencyRelations, where: [Test<Name>])
        case neighbour(Int, of: Name)
    }

    /// What a token must be. Lists are alternatives; words and lemmas are lower case.
    indirect enum Test<Name: Sendable>: Sendable {
        case upos([UPOS]), xpos([XPOS]), word(Set<String>), lemma(Set<String>)
        /// Hangs from its head by one of the relations or a subtype of one (`nsubj` takes `nsubj:pass`).
        case relation(DependencyRelations)
        case hasChild(DependencyRelations), hasNoChild(DependencyRelations)
        case headIs(Name), before(Name), after(Name)
        /// Every token between the named one and this one hangs below this one.
        case heads(from: Name)
        case anyOf([Test<Name>])
    }

    /// A change to the tokens that matched; heads and relations copied are as matched.
    enum Edit<Name: Sendable>: Sendable {
        case setUPOS(Name, UPOS), setXPOS(Name, XPOS)
        case setHead(Name, to: Name)
        case setRelation(Name, DependencyRelation)
        case attach(Name, to: Name, as: DependencyRelation)
        /// Takes the other's head and relation.
        case takePlace(Name, of: Name)
        /// The dependents of `of` (but `to` itself; with `before`, only those before that token) hang from `to`.
        case moveDependents(of: Name, to: Name, before: Name? = nil)
        /// The dependents of `of` that hang by exactly `from` hang by `to`.
        case relabelDependents(of: Name, from: DependencyRelation, to: DependencyRelation)
    }

    private let places: [Place<Int>]
    private let tests: [[Test<Int>]]
    private let edits: [Edit<Int>]

    /// Node names resolve to their positions once; a name used before its node is a programming error.
    init(match nodes: [Node], rewrite: [Edit<String>]) {
        let names = nodes.map(\.name)
        precondition(Set(names).count == names.count, "pattern node names repeat: \(names)")
        var known: [String: Int] = [:]
        func index(_ name: String) -> Int {
            guard let i = known[name] else { preconditionFailure("pattern node \(name) used before it is found") }
            return i
        }
        var places: [Place<Int>] = [], tests: [[Test<Int>]] = []
        for (i, node) in nodes.enumerated() {
            precondition((i == 0) == (node.place.isEveryToken), "only a pattern's first node is every token")
            places.append(node.place.resolved(index))
            tests.append(node.tests.map { $0.resolved(index) })
            known[node.name] = i
        }
        self.places = places
        self.tests = tests
        edits = rewrite.map { $0.resolved(index) }
    }

    /// Rewrites every match in `tokens`, whose tree is `tree`.
    func apply(_ tokens: inout [Token], _ tree: DependencyTree) {
        var bound = [Int](repeating: -1, count: places.count)
        for anchor in tree.indices where Self.passes(tests[0], anchor, bound, tree) {
            bound[0] = anchor
            guard bind(&bound, tree) else { continue }
            for edit in edits { Self.apply(edit, bound, &tokens, tree) }
        }
    }

    /// Finds the nodes after the first; false when one is missing or fails a test.
    private func bind(_ bound: inout [Int], _ tree: DependencyTree) -> Bool {
        for k in places.indices.dropFirst() {
            let found: Int?
            switch places[k] {
            case .everyToken: found = nil
            case .head(let of): found = tree.head(bound[of])
            case .firstChild(let of, let relations, let select):
                found = tree.children[bound[of]].first { tree.is($0, relations) && Self.passes(select, $0, bound, tree) }
            case .neighbour(let distance, let of): found = tree.indices.contains(bound[of] + distance) ? bound[of] + distance : nil
            }
            guard let found, Self.passes(tests[k], found, bound, tree) else { return false }
            bound[k] = found
        }
        return true
    }

    private static func passes(_ tests: [Test<Int>], _ i: Int, _ bound: [Int], _ tree: DependencyTree) -> Bool {
        tests.allSatisfy { passes($0, i, bound, tree) }
    }

    private static func passes(_ test: Test<Int>, _ i: Int, _ bound: [Int], _ tree: DependencyTree) -> Bool {
        switch test {
        case .upos(let tags): tags.contains(tree.tokens[i].upos)
        case .xpos(let tags): tags.contains(tree.tokens[i].xpos)
        case .word(let words): words.contains(tree.word(i))
        case .lemma(let lemmas): lemmas.contains(tree.lemma(i))
        case .relation(let relations): tree.is(i, relations)
        case .hasChild(let relations): tree.children[i].contains { tree.is($0, relations) }
        case .hasNoChild(let relations): !tree.children[i].contains { tree.is($0, relations) }
        case .headIs(let node): tree.head(i) == bound[node]
        case .before(let node): i < bound[node]
        case .after(let node): i > bound[node]
        case .heads(let node): (min(i, bound[node])...max(i, bound[node])).dropFirst().dropLast().allSatisfy { tree.dominates(i, $0) }
        case .anyOf(let tests): tests.contains { passes($0, i, bound, tree) }
        }
    }

    private static func apply(_ edit: Edit<Int>, _ bound: [Int], _ tokens: inout [Token], _ tree: DependencyTree) {
        switch edit {
        case .setUPOS(let node, let tag): tokens[bound[node]].upos = tag
        case .setXPOS(let node, let tag): tokens[bound[node]].xpos = tag
        case .setHead(let node, let head): tokens[bound[node]].head = bound[head]
        case .setRelation(let node, let relation): tokens[bound[node]].deprel = relation
        case .attach(let node, let head, let relation):
            tokens[bound[node]].head = bound[head]
            tokens[bound[node]].deprel = relation
        case .takePlace(let node, let other):
            tokens[bound[node]].head = tree.tokens[bound[other]].head
            tokens[bound[node]].deprel = tree.tokens[bound[other]].deprel
        case .moveDependents(let of, let to, let before):
            for d in tree.children[bound[of]] where d != bound[to] && before.map({ d < bound[$0] }) ?? true { tokens[d].head = bound[to] }
        case .relabelDependents(let of, let from, let to):
            for d in tree.children[bound[of]] where tree.tokens[d].deprel == from { tokens[d].deprel = to }
        }
    }
}

extension TreePattern.Place {
    var isEveryToken: Bool { if case .everyToken = self { true } else { false } }

    func resolved<Other>(_ index: (Name) -> Other) -> TreePattern.Place<Other> {
        switch self {
        case .everyToken: .everyToken
        case .head(let of): .head(of: index(of))
        case .firstChild(let of, let relations, let select): .firstChild(of: index(of), by: relations, where: select.map { $0.resolved(index) })
        case .neighbour(let distance, let of): .neighbour(distance, of: index(of))
        }
    }
}

extension TreePattern.Test {
    func resolved<Other>(_ index: (Name) -> Other) -> TreePattern.Test<Other> {
        switch self {
        case .upos(let tags): .upos(tags)
        case .xpos(let tags): .xpos(tags)
        case .word(let words): .word(words)
        case .lemma(let lemmas): .lemma(lemmas)
        case .relation(let relations): .relation(relations)
        case .hasChild(let relations): .hasChild(relations)
        case .hasNoChild(let relations): .hasNoChild(relations)
        case .headIs(let node): .headIs(index(node))
        case .before(let node): .before(index(node))
        case .after(let node): .after(index(node))
        case .heads(let node): .heads(from: index(node))
        case .anyOf(let tests): .anyOf(tests.map { $0.resolved(index) })
        }
    }
}

extension TreePattern.Edit {
    func resolved<Other>(_ index: (Name) -> Other) -> TreePattern.Edit<Other> {
        switch self {
        case .setUPOS(let node, let tag): .setUPOS(index(node), tag)
        case .setXPOS(let node, let tag): .setXPOS(index(node), tag)
        case .setHead(let node, let head): .setHead(index(node), to: index(head))
        case .setRelation(let node, let relation): .setRelation(index(node), relation)
        case .attach(let node, let head, let relation): .attach(index(node), to: index(head), as: relation)
        case .takePlace(let node, let other): .takePlace(index(node), of: index(other))
        case .moveDependents(let of, let to, let before): .moveDependents(of: index(of), to: index(to), before: before.map(index))
        case .relabelDependents(let of, let from, let to): .relabelDependents(of: index(of), from: from, to: to)
        }
    }
}
