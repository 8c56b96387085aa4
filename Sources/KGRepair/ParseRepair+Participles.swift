import KGCore
import KGLanguage

/// Participles the parser reads as verbs where news uses them as adjectives.
extension ParseRepair {
    /// `clashed with opposing skipper Ana Ruiz` parsed as a clause that `with` opens, `opposing`
    /// its verb and the skipper its object (so that Lopez would oppose Ana Ruiz): a participle of
    /// the kind that describes a role, with no subject, between a preposition and the bare noun
    /// it governs, modifies that noun, and the noun's phrase is the preposition's object.
    /// Prepositions that take a noun phrase here; a subordinator (`while defending champion Ana
    /// Ruiz plays`) opens a clause whose subject the role is.
    static let phrasePrepositions: Set<String> = ["with", "without", "against", "to", "from", "for", "by", "over", "of", "alongside", "at", "on"]

    static func attributiveParticipleReadAsClause(_ tokens: inout [Token], _ tree: DependencyTree) {
        for p in tree.indices where p > 0 && p + 1 < tokens.count && tree.tokens[p].xpos == .vbg {
            let preposition = p - 1, noun = p + 1
            guard RepairLexicon.attributiveParticiples.contains(tree.word(p)), let h = tree.head(p),
                  tree.head(preposition) == p, tree.is(preposition, [.mark, .case]), Self.phrasePrepositions.contains(tree.word(preposition)),
                  tree.kid(p, [.nsubj, .nsubjPass]) == nil, tree.upos(noun) == .noun, tree.kid(noun, [.det, .nmodPoss]) == nil,
                  let object = tree.kid(p, [.obj]), object == noun || tree.upos(object) == .propn && tree.head(noun) == object else { continue }
            tokens[object].head = h
            tokens[object].deprel = [.noun, .propn, .pron].contains(tree.upos(h)) ? .nmod : .obl
            tokens[preposition].head = object
            tokens[preposition].deprel = .case
            for k in tree.children[p] where k != preposition && k != object { tokens[k].head = object }
            tokens[p].head = noun
            tokens[p].deprel = .amod
            tokens[p].upos = .adj
            tokens[p].xpos = .jj
        }
    }
}
