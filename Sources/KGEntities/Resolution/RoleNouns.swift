import KGCore
import KGLanguage

/// "the prime minister", "the chief executive": a role noun phrase is the one person the article
/// gave that role ("Prime Minister Tony Blair", "Ryanair chief executive Michael O'Leary"). Two
/// holders of the role, or none, leave it alone. It becomes a mention only, never an alias, so no
/// other article's "prime minister" can join the person through it.
enum RoleNouns {
    static func mentions(_ sentences: [Sentence], roles: [Role], entities: [Entity], taken: [Mention],
                         titleWords: Set<String>) -> [Mention] {
        var holders: [String: Set<Int>] = [:]
        for role in roles where entities[role.entity].type == .person {
            // The title and its tails from a title word on ("Ryanair chief executive" → "chief executive").
            let words = role.title.lowercased().split(separator: " ").map(String.init)
            for start in words.indices where start == 0 || titleWords.contains(words[start]) {
                holders[words[start...].joined(separator: " "), default: []].insert(role.entity)
            }
        }
        guard !holders.isEmpty else { return [] }
        let roleTokens = Set(roles.flatMap { role in role.tokens.map { [role.sentence, $0] } })
        var covered: Set<[Int]> = roleTokens
        for mention in taken { for t in mention.tokens { covered.insert([mention.sentence, t]) } }
        var found: [Mention] = []
        for (s, sentence) in sentences.enumerated() {
            let tokens = sentence.tokens
            for (i, token) in tokens.enumerated() where token.text.lowercased() == "the" {
                // The longest run after `the` whose last word is a title word and that a role of the article spells.
                var best: (Range<Int>, Int)?
                var end = i + 1
                while end < tokens.count, end - i <= 3, tokens[end].text.allSatisfy({ $0.isLetter || $0 == "-" }),
                      !covered.contains([s, end]) {
                    end += 1
                    let phrase = tokens[(i + 1)..<end].map { $0.text.lowercased() }
                    guard titleWords.contains(phrase.last!), let owners = holders[phrase.joined(separator: " ")] else { continue }
                    best = owners.count == 1 ? ((i + 1)..<end, owners.first!) : nil
                }
                guard let (range, entity) = best else { continue }
                // "the chief executive of X" is another company's; "the chief executive Ana Ruiz" names its holder.
                if range.upperBound < tokens.count, tokens[range.upperBound].text == "of" || tokens[range.upperBound].text.startsUppercase {
                    continue
                }
                found.append(Mention(sentence: s, tokens: range, start: tokens[range.lowerBound].start,
                                     end: tokens[range.upperBound - 1].end, text: sentence.surface(range), entity: entity))
            }
        }
        return found
    }
}
