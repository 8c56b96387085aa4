import KGCore
import KGLanguage
import KGRepair

/// The words of a tuple: arguments as spans of the sentence (relative pronouns replaced by
/// their noun, clauses of their own left out), the words of a control chain, and the form of
/// `be` for tuples the sentence states without a verb.
extension TupleRendering {
    static let openingBrackets: Set<String> = ["(", "-lrb-", "[", "-lsb-"]
    static let closingBrackets: Set<String> = [")", "-rrb-", "]", "-rsb-"]

    func written(_ i: Int) -> String {
        let token = sentence.tokens[i]
        let start = token.start - sentence.start, end = token.end - sentence.start
        guard start >= 0, end <= scalars.count, start < end else { return token.text }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
        return text
    }

    /// The words of an argument headed by `head`, with relative pronouns replaced by their noun.
    func span(_ head: Int, _ c: Clause, dropping dropped: Set<Int> = [], pruning pruned: DependencyRelations = argumentPruned,
              keepingMarker: Bool = false) -> String {
        // The clause's own verb never belongs to its arguments (`the missiles sent to Kyiv`).
        var excluded = head == c.predicate ? dropped : dropped.union([c.predicate])
        // Nor do the clauses above it that an inherited subject hangs on (`A bomb exploded …, killing`).
        var above = c.predicate
        while tree.indices.contains(above), let h = tree.head(above), h != head, tree.dominates(head, h) { excluded.insert(h); above = h }
        if tree.is(head, [.nmodPoss]) { excluded.formUnion(tree.kids(head, [.case])) }  // `Romania 's` → Romania
        // Clauses set off by a comma inside the phrase (`a regular , making his debut`, `Ana , who …`) are tuples of their own.
        excluded.formUnion(tree.subtree(head).filter { d in
            guard d != head, tree.is(d, [.acl, .advcl]), [.verb, .aux].contains(tree.upos(d)),
                  let first = tree.subtree(d).first(where: { !tree.isPunct($0) }), first > 0 else { return false }
            return tree.word(first - 1) == ","
        })
        // So is a clause the parse coordinated with a noun inside it (`a reward for the book , but figures …`).
        excluded.formUnion(tree.subtree(head).filter { d in
            guard d != head, tree.is(d, [.conj]), let h = tree.head(d), ![.verb, .aux].contains(tree.upos(h)) else { return false }
            return tree.isClauseHead(d, conjoinedTo: h) || tree.kid(d, [.aux]) != nil
        })
        // A free relative (`what he does`) is nothing without its clause.
        let freeRelative = tree.upos(head) == .pron && ["what", "whatever", "whoever"].contains(tree.word(head))
        var indexes = tree.subtree(head, pruning: freeRelative ? pruned.subtracting([.aclRelcl]) : pruned, excluding: excluded)
        // A part phrase fronted with its relative pronoun (`of which … four`) reads after its number: `four of …`.
        let fronted = Set(tree.children[head].filter { $0 < head && tree.tokens[$0].deprel == .nmod }.flatMap { tree.subtree($0) })
        if !fronted.isEmpty { indexes = indexes.filter { !fronted.contains($0) } + indexes.filter { fronted.contains($0) } }
        // A quotation opened in the phrase and closed right after it, where the parse hung the
        // closing mark elsewhere, closes in it too.
        if let last = indexes.last, last + 1 < tree.tokens.count, closesQuote(last + 1),
           let open = indexes.last(where: { opensQuote($0) || closesQuote($0) }), opensQuote(open) {
            indexes.append(last + 1)
        }
        // Punctuation inside the phrase stays (`April 13 , 1987`); at its edges it goes, except
        // quotation marks around the whole phrase (`the song `` Aurora ''`).
        let leading: DependencyRelations = keepingMarker ? [.cc] : [.cc, .mark]
        let balanced = indexes.first.map(isQuotationMark) == true && indexes.last.map(isQuotationMark) == true
        // A closing bracket or quotation mark whose opening one is inside the phrase stays
        // (`sales ( $ 5 million )`, `the ship `` Aurora ''`).
        let closesBracket = { (i: Int) in
            Self.closingBrackets.contains(tree.word(i)) && indexes.contains { Self.openingBrackets.contains(tree.word($0)) && $0 < i }
                || closesQuote(i) && indexes.contains { opensQuote($0) && $0 < i && $0 > (indexes.first ?? 0) }
        }
        while let first = indexes.first, (tree.isPunct(first) && !(balanced && isQuotationMark(first))) || tree.is(first, leading) && first != head { indexes.removeFirst() }
        while let last = indexes.last, (tree.isPunct(last) && !(balanced && isQuotationMark(last)) && !closesBracket(last)) || tree.is(last, [.cc]) && last != head { indexes.removeLast() }
        // A clause left out between two commas leaves one (`The buyers , [analysts said ,] could be`).
        indexes = indexes.enumerated().filter { k, i in k == 0 || !(tree.word(i) == "," && tree.word(indexes[k - 1]) == ",") }.map(\.element)
        var words: [String] = []
        for i in indexes {
            if let antecedent = c.substitutions[i], antecedent != i {
                // An antecedent that is itself a predicate (`X is a player , who …`) leaves its clause behind.
                let predicate = tree.kid(antecedent, [.cop, .nsubj]) != nil
                let noun = tree.subtree(antecedent, pruning: Self.argumentPruned.union([.acl, .case])
                    .union(predicate ? Self.clauseLevel : []))
                words += noun.filter { !tree.isPunct($0) }.map(written)
                if tree.tokens[i].xpos == .wpPossessive { words.append("'s") }
            } else {
                words.append(written(i))
            }
        }
        return words.joined(separator: " ")
    }

    /// What a verb of saying placed after it reports (`“S , but not T , ” she said`; `S , he adds`):
    /// the whole stretch from the reported clause's first word to the speaker's clause, quotation
    /// marks included, rather than the reported clause's parse, which often leaves parts of a
    /// long quotation hanging elsewhere. Nil when the speaker's clause does not follow the report.
    func reportedBefore(_ c: Clause, _ reported: Int) -> String? {
        let p = c.predicate
        guard RepairLexicon.speech.contains(tree.lemma(p)), reported < p else { return nil }
        let own = ([p] + tree.kids(p, [.nsubj, .aux, .advmod]).filter { $0 > reported }.flatMap { tree.subtree($0) })
        guard let speakerStart = own.min(), var first = tree.subtree(reported).first, first < speakerStart else { return nil }
        if first > 0, isQuotationMark(first - 1) { first -= 1 }
        var indexes = Array(first..<speakerStart)
        // The comma before a closing quotation mark goes with the speaker's clause (`… , '' she said`).
        if let last = indexes.last, isQuotationMark(last), indexes.count > 1, tree.word(indexes[indexes.count - 2]) == "," {
            indexes.remove(at: indexes.count - 2)
        }
        let balanced = indexes.first.map(isQuotationMark) == true && indexes.last.map(isQuotationMark) == true
        while let i = indexes.first, tree.isPunct(i) && !(balanced && isQuotationMark(i)) { indexes.removeFirst() }
        while let i = indexes.last, tree.isPunct(i) && !(balanced && isQuotationMark(i)) { indexes.removeLast() }
        return indexes.isEmpty ? nil : text(indexes)
    }

    /// A noun phrase without the preposition that ties it into the sentence (`of Lyon` → Lyon).
    func bare(_ head: Int, _ c: Clause) -> String { span(head, c, dropping: Set(tree.kids(head, [.case]))) }

    func text(_ indexes: [Int]) -> String { indexes.map(written).joined(separator: " ") }

    /// Relation words of the governing verbs of a control chain (`agreed to`, `wants to`).
    func chainWords(_ c: Clause) -> [Int] {
        var words: [Int] = []
        // Verbs, and adjectives with their copula (`were able to`, `is eager to`).
        for e in c.chain where [.verb, .aux].contains(tree.upos(e)) || tree.upos(e) == .adj && tree.kid(e, [.cop]) != nil {
            words += tree.kids(e, [.aux, .cop]) + [e] + tree.kids(e, [.advmod]).filter { isNegator($0) }
        }
        guard !words.isEmpty else { return [] }
        for e in c.chain.dropFirst() + [c.predicate] {
            words += tree.kids(e, [.mark]).filter { tree.word($0) == "to" }
        }
        // A coordinated verb shares the first one's `to` (`plans to hire … and open`).
        if tree.is(c.predicate, [.conj]), tree.kid(c.predicate, [.mark]) == nil, let h = tree.head(c.predicate) {
            words += tree.kids(h, [.mark]).filter { tree.word($0) == "to" }
        }
        return words
    }

    /// The form of `be` for a tuple the sentence states without a verb (an apposition, a
    /// title): past when the sentence's main verb is, plural for a plural or coordinated subject.
    /// An identity (`Ana Ruiz , the director`; `Senator Ana Ruiz`) is `timeless`: present.
    func be(_ subject: Int, timeless: Bool = false) -> String {
        let plural = [.nns, .nnps].contains(tree.tokens[subject].xpos) || tree.conjuncts(subject).count > 1
        if timeless { return plural ? "are" : "is" }
        var verb = subject
        while let h = tree.head(verb), ![.verb, .aux].contains(tree.upos(verb)) || tree.is(verb, [.amod, .acl]) { verb = h }
        let past = ([verb] + tree.kids(verb, [.aux, .cop])).contains { tree.tokens[$0].xpos == .vbd }
        return past ? (plural ? "were" : "was") : (plural ? "are" : "is")
    }

    /// A place name set after another name by a comma (`Ogden , Utah`, `Provo , Ut.`): where
    /// that name is, not another name for it.
    func isPlaceAfterName(_ place: Int, _ text: String, after name: Int) -> Bool {
        let start = tree.subtree(place).first { !tree.isPunct($0) } ?? place
        guard tree.upos(place) == .propn, tree.upos(name) == .propn, name < place, start > 0, tree.word(start - 1) == "," else { return false }
        return options.placeNames.contains(text) || options.placeNames.contains(text.lowercased())
            || RepairLexicon.stateAbbreviations.contains(text.lowercased())
    }

    /// Opening and closing quotation marks, told apart by their tag (the tokenizer writes both as `"`).
    func isQuotationMark(_ i: Int) -> Bool { RepairLexicon.quotationMarks.contains(tree.word(i)) }
    func opensQuote(_ i: Int) -> Bool { tree.tokens[i].xpos == .openingQuote || tree.tokens[i].text == "“" }
    func closesQuote(_ i: Int) -> Bool { tree.tokens[i].xpos == .closingQuote || tree.tokens[i].text == "”" }

    func isNegator(_ i: Int) -> Bool { ClauseLexicon.negators.contains(tree.word(i)) }
}
