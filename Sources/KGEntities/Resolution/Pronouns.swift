import KGLanguage

/// Resolves he/she pronouns to a person only when the evidence is strong; `it`, `they` and `we`
/// stay unresolved (no mention), so no fact gets a pronoun end.
///
/// The antecedent is a person named earlier in the same sentence (a subject first, else the
/// nearest), else the subject person of the previous sentence, else the only person named there.
enum Pronouns {
    static let personal: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]

    static func resolve(_ sentences: [Sentence], mentions: [Mention], entities: [Entity]) -> [Mention] {
        var people: [Int: [Mention]] = [:]
        for mention in mentions where entities[mention.entity].type == .person {
            people[mention.sentence, default: []].append(mention)
        }
        var resolved: [Mention] = []
        for (s, sentence) in sentences.enumerated() {
            for (t, token) in sentence.tokens.enumerated() where personal.contains(token.text.lowercased()) {
                let before = (people[s] ?? []).filter { $0.tokens.upperBound <= t }
                let previous = people[s - 1] ?? []
                guard let antecedent = choose(before, in: sentence) ?? choose(previous, in: sentences[max(s - 1, 0)]) else { continue }
                resolved.append(Mention(sentence: s, tokens: t..<(t + 1), start: token.start, end: token.end,
                                        text: token.text, entity: antecedent))
            }
        }
        return resolved
    }

    /// The subject person among `candidates` (the last one), else the only person among them.
    private static func choose(_ candidates: [Mention], in sentence: Sentence) -> Int? {
        let subjects = candidates.filter { mention in
            mention.tokens.contains { sentence.tokens[$0].deprel.hasPrefix("nsubj") }
        }
        if let subject = subjects.last { return subject.entity }
        let distinct = Set(candidates.map(\.entity))
        return distinct.count == 1 ? distinct.first : nil
    }
}
