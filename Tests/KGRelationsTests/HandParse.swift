import KGCore
import Testing
import KGLanguage
import KGEntities
import KGRepair
@testable import KGRelations

/// A hand-written parse as the pipeline hands it to relations: read, then repaired by `ParseRepair`.
func parse(_ table: String) throws -> Sentence {
    var sentence = try handParse(table)
    ParseRepair().repair(&sentence)
    return sentence
}

/// Hand-written parses for the tests: one token a line, `form lemma UPOS XPOS head deprel`
/// (heads 1-based, 0 for the root), read through the real CoNLL-U reader.
func handParse(_ table: String) throws -> Sentence {
    var rows: [String] = []
    var forms: [String] = []
    for (n, line) in table.split(separator: "\n").enumerated() {
        let c = line.split(separator: " ")
        forms.append(String(c[0]))
        rows.append([String(n + 1), String(c[0]), String(c[1]), String(c[2]), String(c[3]), "_", String(c[4]), String(c[5]), "_", "_"]
            .joined(separator: "\t"))
    }
    let text = forms.joined(separator: " ")
    let record = try #require(try CoNLLU.parse("# text = \(text)\n" + rows.joined(separator: "\n") + "\n").first)
    return Sentence(text: text, start: 0, end: text.unicodeScalars.count, tokens: record.tokens)
}

/// A stand-in for entity recognition in these tests: each run of PROPN tokens is a mention,
/// typed by the `types` given for its text (organization when not given).
func standInEntities(_ sentences: [Sentence], types: [String: EntityType] = [:]) -> ([Entity], [Mention]) {
    var entities: [Entity] = []
    var mentions: [Mention] = []
    for (s, sentence) in sentences.enumerated() {
        var i = 0
        let tokens = sentence.tokens
        while i < tokens.count {
            guard tokens[i].upos == .propn else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count && tokens[j + 1].upos == .propn { j += 1 }
            let name = tokens[i...j].map(\.text).joined(separator: " ")
            let entity = entities.firstIndex { $0.name == name } ?? {
                entities.append(Entity(name: name, type: types[name] ?? .organization))
                return entities.count - 1
            }()
            mentions.append(Mention(sentence: s, tokens: i..<(j + 1), start: tokens[i].start, end: tokens[j].end,
                                    text: name, entity: entity))
            i = j + 1
        }
    }
    return (entities, mentions)
}

/// Facts of hand-parsed sentences as `subject -relation-> object` lines, flags appended.
func facts(_ tables: String..., types: [String: EntityType] = [:], roles: [Role] = []) throws -> [String] {
    let sentences = try tables.map(parse)
    let (entities, mentions) = standInEntities(sentences, types: types)
    let analysis = EntityAnalysis(entities: entities, mentions: mentions, roles: roles)
    let result = RelationExtractor().extract(sentences, analysis: analysis)
    return result.facts.map { f in
        var line = "\(result.entities[f.subject].name) -\(f.relation)-> \(result.entities[f.object].name)"
        if f.negated { line += " !neg" }
        if f.modality != .asserted { line += " !\(f.modality.rawValue)" }
        if f.symmetric { line += " !sym" }
        return line
    }
}
