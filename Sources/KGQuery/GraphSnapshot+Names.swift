import KGStore

extension GraphSnapshot {
    /// The node a name stands for, through aliases and case; an unknown name fails with the
    /// closest names, an ambiguous one with the candidates' ids. `#12` is an id however it
    /// arrives: bare, quoted (`"#12"`), or from a command-line option such as `kg dot --around`.
    func resolve(_ ref: NameRef) throws(QueryError) -> Int32 {
        switch ref.spelling {
        case .text(let text) where Self.entityID(writtenAs: text) != nil:
            return try resolve(NameRef(id: Self.entityID(writtenAs: text)!, at: ref.offset))
        case .id(let id):
            guard let node = node(forEntityID: id) else { throw QueryError("no entity with id #\(id)", at: ref.offset) }
            return node
        case .text(let text):
            let candidates = nodes(named: text)
            if candidates.count == 1 { return candidates[0] }
            if candidates.isEmpty {
                let close = suggestions(for: text)
                let hint = close.isEmpty ? "" : "; did you mean " + close.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
                throw QueryError("no entity named \"\(text)\"\(hint)", at: ref.offset)
            }
            // A capitalised name means the one named entity among concepts of that name ("Government").
            let named = candidates.filter { !isConcept($0) }
            if named.count == 1, text.first?.isLowercase != true { return named[0] }
            // Several entities share the spelling: a canonical name beats an alias.
            let exact = candidates.filter { names[Int($0)].lowercased() == text.lowercased() }
            if exact.count == 1 { return exact[0] }
            let listed = candidates.prefix(5).map { "#\(entityIDs[Int($0)]) \(names[Int($0)]) (\(types[Int($0)]))" }
            if allConcepts(candidates) {
                throw QueryError("\"\(text)\" is \(candidates.count) concept nodes, one per article (\(listed.joined(separator: ", "))); "
                                 + "name one by its #id (`entity \(text)` lists them)", at: ref.offset)
            }
            throw QueryError("\"\(text)\" could be \(listed.joined(separator: ", ")); name one by its #id", at: ref.offset)
        }
    }

    /// The nodes a name stands for where a set of them makes sense (patterns, `why`, `neighbors`,
    /// `timeline`, `entity`): a name only concepts go by is every one of them, as a generic
    /// concept ("government") is one node per article; any other name is the one node `resolve` finds.
    /// A name written in lower case, as generic nouns are, means the concepts spelt so even when
    /// something named also goes by it ("government" beside an organisation called "Government").
    func resolveAll(_ ref: NameRef) throws(QueryError) -> [Int32] {
        if case .text(let text) = ref.spelling, Self.entityID(writtenAs: text) == nil {
            let candidates = nodes(named: text)
            if candidates.count > 1, allConcepts(candidates) { return candidates }
            let spelled = candidates.filter { names[Int($0)] == text }
            if text.first?.isLowercase == true, !spelled.isEmpty, allConcepts(spelled) { return spelled }
        }
        return [try resolve(ref)]
    }

    private func allConcepts(_ nodes: [Int32]) -> Bool { nodes.allSatisfy(isConcept) }

    private func isConcept(_ node: Int32) -> Bool { types[Int(node)] == Self.conceptType }

    /// The id in `#12` (spaces around it allowed), or nil for any other text.
    static func entityID(writtenAs text: String) -> Int? {
        let trimmed = text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        guard trimmed.first == "#", trimmed.count > 1, trimmed.dropFirst().allSatisfy({ ("0"..."9").contains($0) })
        else { return nil }
        return Int(String(trimmed.dropFirst()))
    }

    func nodes(named text: String) -> [Int32] {
        nodesByKey[AliasKey.fold(text)] ?? []
    }

    /// Up to three names for a name that matched none. Titles are not part of names (the
    /// store keeps them as `title` facts), so `Mr Howard` is looked up as `Howard`: first the
    /// entities that name stands for, then the people whose surname it is, the most connected
    /// first (Michael Howard before Tim Howard); then names it begins, then by edit distance.
    func suggestions(for text: String) -> [String] {
        let name = Self.withoutTitles(text)
        var nodes = nodes(named: name)
        if !name.contains(" ") {
            let surname = name.lowercased()
            nodes += (0..<nodeCount)
                .filter { types[$0] == "person" && names[$0].split(separator: " ").last?.lowercased() == surname }
                .map(Int32.init)
        }
        nodes.sort { (-factCount($0), names[Int($0)]) < (-factCount($1), names[Int($1)]) }
        var result: [String] = []
        for spelling in nodes.map({ names[Int($0)] }) + closeNames(to: name) where !result.contains(spelling) {
            result.append(spelling)
            if result.count == 3 { break }
        }
        return result
    }

    /// Words that come before a name and are not part of it: `Mr`, `Dr.`, `Prime Minister`.
    static let titleWords: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "prof", "professor",
        "president", "prime", "minister", "pm", "chancellor", "secretary", "senator", "sen", "rep", "governor",
        "mayor", "general", "gen", "judge", "justice", "king", "queen", "prince", "princess", "pope", "rev",
        "reverend", "sheikh", "chairman", "chief", "executive",
    ]

    /// `text` without the title words it starts with; a text of titles only stays as it is.
    static func withoutTitles(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        let kept = words.drop { word in
            let lower = word.lowercased()
            return titleWords.contains(lower.hasSuffix(".") ? String(lower.dropLast()) : lower)
        }
        return kept.isEmpty ? text : kept.joined(separator: " ")
    }

    /// Up to three names closest to `text`: prefix matches first, then by edit distance.
    func closeNames(to text: String) -> [String] {
        let wanted = Array(AliasKey.fold(text))
        guard !wanted.isEmpty else { return [] }
        let limit = max(1, min(3, wanted.count / 3))
        var scored: [(score: Int, name: String)] = []
        for (key, nodes) in nodesByKey {
            let candidate = Array(key)
            let score: Int
            if candidate.starts(with: wanted) || (wanted.count >= 3 && wanted.starts(with: candidate) && candidate.count >= 3) {
                score = 0
            } else if abs(candidate.count - wanted.count) > limit {
                continue
            } else {
                let distance = Self.editDistance(wanted, candidate, limit: limit)
                guard distance <= limit else { continue }
                score = distance
            }
            for node in nodes { scored.append((score, names[Int(node)])) }
        }
        scored.sort { ($0.score, $0.name.count, $0.name) < ($1.score, $1.name.count, $1.name) }
        var result: [String] = []
        for (_, name) in scored where !result.contains(name) {
            result.append(name)
            if result.count == 3 { break }
        }
        return result
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once every cell exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// Every name and alias for Tab, named entities apart from concepts (which the shell offers
    /// after them), each list the most connected first, then by name.
    public var spellingsForCompletion: (named: [String], concepts: [String]) {
        let order = (0..<nodeCount).sorted {
            (-factCount(Int32($0)), names[$0]) < (-factCount(Int32($1)), names[$1])
        }
        var seen = Set<String>()
        var named: [String] = [], concepts: [String] = []
        for node in order {
            for spelling in [names[node]] + aliases[node] where seen.insert(spelling).inserted {
                if types[node] == Self.conceptType { concepts.append(spelling) } else { named.append(spelling) }
            }
        }
        return (named, concepts)
    }

    /// The type of noun-phrase nodes, offered and suggested after named entities.
    static let conceptType = "concept"

    /// How many facts touch `node`, either way: how much the news says about it.
    func factCount(_ node: Int32) -> Int {
        let degree = degree(node)
        return degree.out + degree.in
    }
}
