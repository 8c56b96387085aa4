import KGCore
import KGLanguage

/// Repairs around verbs of saying that need more than a tree pattern: inserted `, X said ,`, and
/// speakers after a quotation or after an unquoted report.
extension ParseRepair {
    /// `The buyers , analysts said , could be foreign firms` parsed with `said` as a relative clause
    /// of `buyers` and the rest as what was said: the inserted `…, X said ,` stands beside the
    /// sentence, whose subject is the noun before it.
    static func speechInsertReadAsRelativeClause(_ tokens: inout [Token], _ tree: DependencyTree) {
        guard let noun = tree.indices.first(where: { tree.head($0) == nil }), [.noun, .propn, .pron].contains(tree.upos(noun)) else { return }
        for v in tree.children[noun] where tree.is(v, [.acl, .appos, .parataxis]) && RepairLexicon.speech.contains(tree.lemma(v)) {
            guard tree.kid(v, [.nsubj]) != nil, let said = tree.kids(v, [.ccomp, .xcomp, .parataxis]).first(where: { $0 > v }),
                  tree.kid(said, [.nsubj, .nsubjPass]) == nil, let open = tree.subtree(v).first, open > 0, tree.word(open - 1) == "," else { continue }
            tokens[said].head = -1
            tokens[said].deprel = .root
            tokens[noun].head = said
            tokens[noun].deprel = tree.kid(said, [.auxPass]) != nil ? .nsubjPass : .nsubj
            tokens[v].head = said
            tokens[v].deprel = .parataxis
            for d in tree.children[noun] where tree.isPunct(d) && d > said { tokens[d].head = said }
            return
        }
    }

    /// `“The plan will fail , ” warns Ana Ruiz .` parsed with the verb of saying inside the
    /// quotation's clause (a conjunct, a clausal subject …) and the speaker as its object: a verb of
    /// saying right after a sentence-opening quotation closed by `, ”` heads the sentence, the
    /// quotation is what it says, and a speaker after it with no subject of its own is its subject.
    static func speakerAfterQuotation(_ tokens: inout [Token], _ tree: DependencyTree) {
        let quotes = RepairLexicon.quotationMarks
        guard tree.indices.count > 3, quotes.contains(tree.word(0)),
              let v = tree.indices.first(where: { $0 > 2 && quotes.contains(tree.word($0 - 1)) && tree.word($0 - 2) == "," }),
              tree.upos(v) == .verb, RepairLexicon.speech.contains(tree.lemma(v)),
              let root = tree.indices.first(where: { tree.head($0) == nil }), root < v - 2, !tree.dominates(v, root) else { return }
        tokens[v].head = -1
        tokens[v].deprel = .root
        tokens[root].head = v
        tokens[root].deprel = .ccomp
        if tree.kid(v, [.nsubj]) == nil, let speaker = tree.kids(v, [.obj]).first(where: { $0 > v }) {
            tokens[speaker].deprel = .nsubj
            // `…, ” warns Ana Ruiz , head of …`: the apposition is the speaker's.
            for a in tree.kids(v, [.appos]) where a > speaker { tokens[a].head = speaker }
        }
    }

    /// `Berg won the race , explained Ola Lund .` (no quotation marks) parsed with the verb of saying
    /// as a second verb of the report and the speaker as its object: a verb of saying right after a
    /// comma, with nothing of its own before it and only a name after it that ends the sentence,
    /// heads the sentence; the report is what it says and the name who says it.
    static func speakerAfterReport(_ tokens: inout [Token], _ tree: DependencyTree) {
        guard let root = tree.indices.first(where: { tree.head($0) == nil }),
              let last = tree.indices.last(where: { !tree.isPunct($0) }) else { return }
        for v in tree.kids(root, [.conj, .parataxis]) where v > root + 1 && tree.word(v - 1) == ","
            && tree.upos(v) == .verb && RepairLexicon.speech.contains(tree.lemma(v)) {
            let own = tree.children[v].filter { !tree.isPunct($0) }
            guard own.count == 1, let speaker = own.first, speaker > v, tree.upos(speaker) == .propn,
                  tree.is(speaker, [.obj, .nsubj]), tree.subtree(speaker).contains(last) else { continue }
            tokens[v].head = -1
            tokens[v].deprel = .root
            tokens[root].head = v
            tokens[root].deprel = .ccomp
            tokens[speaker].deprel = .nsubj
            return
        }
    }
}
