import KGCore
import KGLanguage

/// Resolves pronouns only when the evidence is strong; others stay unresolved (no mention), so no
/// fact gets a pronoun end.
///
/// He/she: a person named earlier in the same sentence (the nearest subject, else the nearest),
/// else the subject person of the previous sentence, else the only person named there.
/// It: here only the reported-speech pattern "Ukraine said (that) it …", where the speaker is a named
/// organisation, place or product; a subject `it` after an organisation is `Descriptions.subjectIt`.
enum Pronouns {
    static let personal: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]
    /// Every pronoun this resolver may turn into a mention.
    static let resolvable = personal.union(["it"])
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "announced", "announces", "added", "stated", "warned", "confirmed", "insisted",
        "argued", "claimed", "noted", "explained", "promised", "pledged", "vowed", "believes", "believed",
    ]

    static func resolve(_ sentences: [Sentence], mentions: [Mention], entities: [Entity]) -> [Mention] {
        var people: [Int: [Mention]] = [:]
        for mention in mentions.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) where entities[mention.entity].type == .person {
            people[mention.sentence, default: []].append(mention)
        }
        var resolved: [Mention] = []
        for (s, sentence) in sentences.enumerated() {
            resolved += speakerIt(sentence, index: s, mentions: mentions.filter { $0.sentence == s }, entities: entities)
            for (t, token) in sentence.tokens.enumerated() where personal.contains(token.text.lowercased()) {
                let before = (people[s] ?? []).filter { $0.tokens.upperBound <= t }
                let previous = people[s - 1] ?? []
                guard let antecedent = choose(before, in: sentence) ?? before.last?.entity
                        ?? choose(previous, in: sentences[max(s - 1, 0)]) else { continue }
                resolved.append(Mention(sentence: s, tokens: t..<(t + 1), start: token.start, end: token.end,
                                        text: token.text, entity: antecedent))
            }
        }
        return resolved
    }

    /// "NAME said (that) it": `it` is the named non-person speaker.
    private static func speakerIt(_ sentence: Sentence, index: Int, mentions: [Mention], entities: [Entity]) -> [Mention] {
        var resolved: [Mention] = []
        let tokens = sentence.tokens
        for (t, token) in tokens.enumerated() where token.text.lowercased() == "it" && t >= 2 {
            var verb = t - 1
            if tokens[verb].text.lowercased() == "that" { verb -= 1 }
            guard verb >= 1, speechVerbs.contains(tokens[verb].text.lowercased()),
                  let speaker = mentions.first(where: { $0.tokens.upperBound == verb }),
                  entities[speaker.entity].type != .person else { continue }
            resolved.append(Mention(sentence: index, tokens: t..<(t + 1), start: token.start, end: token.end,
                                    text: token.text, entity: speaker.entity))
        }
        return resolved
    }

    /// The subject person among `candidates` (the last one), else the only person among them.
    private static func choose(_ candidates: [Mention], in sentence: Sentence) -> Int? {
        let subjects = candidates.filter { mention in
            mention.tokens.contains { sentence.tokens[$0].deprel.universal == .nsubj }
        }
        if let subject = subjects.last { return subject.entity }
        let distinct = Set(candidates.map(\.entity))
        return distinct.count == 1 ? distinct.first : nil
    }
}
