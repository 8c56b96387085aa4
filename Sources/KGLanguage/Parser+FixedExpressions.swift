extension Parser {
    /// Gives the reciprocal "each other" the analysis UD English always gives it ("each" heads,
    /// "other" is its `fixed` dependent; every "each other" in EWT train is so), which a greedy
    /// parser can miss where the treebank has no example of the context ("each other's borders").
    /// "each" takes over the place of "other" in the tree, and "other"'s dependents. Skipped when
    /// that would make a cycle. `words` are lowercase hashes (`WordFeatures.lower`).
    func attachReciprocals(words: [UInt64], heads: inout [Int], labels: inout [Int]) {
        guard let fixed = self.labels.firstIndex(of: "fixed") else { return }
        for e in 0..<max(0, words.count - 1) where words[e] == Self.each && words[e + 1] == Self.other {
            let o = e + 1
            if heads[o] == e && labels[o] == fixed { continue }
            let head = heads[o] == e ? heads[e] : heads[o]
            let label = heads[o] == e ? labels[e] : labels[o]
            // The new head must not lie below "each" (or "other", which will hang from it).
            var ancestor = head, cycle = false
            var steps = 0
            while ancestor >= 0 && steps <= words.count {
                if ancestor == e { cycle = true; break }
                ancestor = ancestor == o ? e : heads[ancestor]
                steps += 1
            }
            if cycle || steps > words.count { continue }
            for k in heads.indices where heads[k] == o && k != e { heads[k] = e }
            heads[e] = head
            labels[e] = label
            heads[o] = e
            labels[o] = fixed
        }
    }

    private static let each = WordFeatures("each").lower, other = WordFeatures("other").lower
}
