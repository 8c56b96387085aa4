import KGLanguage

/// Repairs for attachment errors a greedy parser makes often enough to cost facts, applied
/// before clauses are read. Each repair names the pattern it undoes.
enum ParseRepair {
    static func repaired(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        townAndStateBeforeNoun(&tokens)
        adjectiveReadAsComplement(&tokens)
        coordinatedSubjectsReadAsTwo(&tokens)
        verbReadAsNoun(&tokens)
        nounReadAsVerb(&tokens)
        nounWithAnObject(&tokens)
        verbReadAsModifier(&tokens)
        verbReadAsObjectConjunct(&tokens)
        relativeReadAsParataxis(&tokens)
        obliqueUnderAnAdverb(&tokens)
        placeUnderAnObjectName(&tokens)
        participleReadAsMainClause(&tokens)
        prepositionReadAsHead(&tokens)
        speechInsertReadAsRelativeClause(&tokens)
        appositionReadAsConjunct(&tokens)
        reportReadAsParataxis(&tokens)
        measureReadAsApposition(&tokens)
        speakerAfterQuotation(&tokens)
        return tokens
    }

    /// `the Lowell , Mass. , bakery` parsed as a coordination, or with the name and the noun
    /// apart: a name between a determiner and a state abbreviation set off by commas, followed by
    /// a common noun, says where that noun's thing is. The noun heads the phrase (taking the name's
    /// place when it hung inside it), the name modifies it and the state is the name's apposition.
    static func townAndStateBeforeNoun(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for state in tree.indices where state >= 3 && state + 2 < tokens.count && ClauseLexicon.stateAbbreviations.contains(tree.word(state)) {
            let town = state - 2
            guard tree.word(state - 1) == ",", tree.word(state + 1) == ",", tree.upos(town) == "PROPN" else { continue }
            var first = town
            while first > 0, tree.upos(first - 1) == "PROPN", tree.head(first - 1) == town { first -= 1 }
            let det = first - 1
            guard det >= 0, tree.upos(det) == "DET", tree.head(det) == town else { continue }
            var noun = state + 2
            while noun + 1 < tokens.count, ["NOUN", "ADJ"].contains(tree.upos(noun)), ["NOUN", "ADJ"].contains(tree.upos(noun + 1)) { noun += 1 }
            guard tree.upos(noun) == "NOUN" else { continue }
            let phrase = det...noun
            if let h = tree.head(noun), phrase.contains(h), !phrase.contains(tokens[town].head) {
                tokens[noun].head = tokens[town].head
                tokens[noun].deprel = tokens[town].deprel
            }
            for k in (state + 2)..<noun where tree.head(k).map({ !phrase.contains($0) }) ?? true {
                tokens[k].head = noun
                tokens[k].deprel = "compound"
            }
            tokens[det].head = noun
            tokens[town].head = noun
            tokens[town].deprel = "compound"
            tokens[state].head = town
            tokens[state].deprel = "appos"
            tokens[state].upos = "PROPN"
            for comma in [state - 1, state + 1] {
                tokens[comma].head = state
                tokens[comma].deprel = "punct"
            }
        }
    }

    /// `briefed Ukrainian President Zelenskyy` parsed as briefed –xcomp→ Ukrainian –obl→ Zelenskyy:
    /// an adjective complement whose only nominal is a bare (preposition-less) oblique right after
    /// it is really a modifier of that noun, and the noun the verb's object.
    static func adjectiveReadAsComplement(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for a in tree.indices where tokens[a].upos == "ADJ" && tree.is(a, ["xcomp"]) {
            guard let verb = tree.head(a), tree.upos(verb) == "VERB", tree.kid(verb, ["obj"]) == nil,
                  tree.kid(a, ["cop"]) == nil,
                  let noun = tree.kids(a, ["obl"]).first(where: { $0 > a && tree.kid($0, ["case"]) == nil }),
                  ["NOUN", "PROPN"].contains(tree.upos(noun)),
                  ((a + 1)..<noun).allSatisfy({ tree.dominates(noun, $0) }) else { continue }
            tokens[noun].head = verb
            tokens[noun].deprel = "obj"
            tokens[a].head = noun
            tokens[a].deprel = "amod"
        }
    }

    /// `Russia and North Korea agreed` parsed with two subjects of `agreed`: a later subject that
    /// opens with `and`/`or` is a conjunct of the earlier one.
    static func coordinatedSubjectsReadAsTwo(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for verb in tree.indices {
            let subjects = tree.kids(verb, ["nsubj"]).sorted()
            guard subjects.count > 1, let first = subjects.first else { continue }
            for second in subjects.dropFirst() where second < verb {
                let opening = tree.subtree(second).first ?? second
                guard tree.is(opening, ["cc"]), ["and", "or"].contains(tree.word(opening)) else { continue }
                tokens[second].head = first
                tokens[second].deprel = "conj"
            }
        }
    }

    /// `The plant produces glass` with `produces` tagged a plural noun: a noun that has a
    /// subject right before it but no copula, or has an auxiliary, is a verb; so is the root of a
    /// sentence with no predicate at all when it is a plural noun after a noun phrase
    /// (`The choir performs in Lyon` parsed as one long noun phrase).
    static func verbReadAsNoun(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        let finder = ClauseFinder(tokens: tokens)
        for n in tree.indices where tree.upos(n) == "NOUN" && tree.kid(n, ["cop"]) == nil {
            let subject: Int
            if tree.kid(n, ["aux"]) != nil, let s = tree.kids(n, ["nsubj"]).last(where: { $0 < n }) {
                subject = s
            } else if let s = tree.kids(n, ["nsubj"]).last(where: { $0 < n }), tokens[n].xpos == "NNS",
                      let end = tree.subtree(s).last, ((end + 1)..<n).allSatisfy({ tree.upos($0) == "ADV" }) {
                subject = s
            } else if tree.head(n) == nil, tokens[n].xpos == "NNS", !tree.indices.contains(where: finder.isPredicate),
                      let s = tree.children[n].last(where: { $0 < n && ["NOUN", "PROPN", "NUM"].contains(tree.upos($0)) }),
                      tree.children[n].contains(where: { $0 > n && ["nmod", "obl", "obj", "advmod"].contains(String(tree.base($0))) }) {
                subject = s
                for d in tree.children[n] where d < s { tokens[d].head = s }
            } else {
                continue
            }
            tokens[n].upos = "VERB"
            tokens[n].xpos = tree.kid(n, ["aux"]) != nil ? "VB" : "VBZ"
            tokens[subject].deprel = "nsubj"
            for d in tree.children[n] where tree.is(d, ["nmod"]) && d > n {
                tokens[d].deprel = tree.kid(d, ["case"]) == nil ? "obj" : "obl"
            }
            for d in tree.children[n] where tokens[d].deprel == "acl" && d > n {
                tokens[d].deprel = tree.kids(d, ["mark"]).contains { tree.word($0) == "to" } ? "xcomp" : "advcl"  // `plans to hire`
            }
        }
    }

    /// `the systems , of which Lima wants seven` parsed as a clause beside the sentence (or as a
    /// conjunct, a complement …): a clause that opens with a wh-pronoun (after a preposition, perhaps) right after a noun is a relative
    /// clause of that noun; and its `of which` beside a number or quantifier is that number's part
    /// (`wants seven of which`).
    static func relativeReadAsParataxis(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for p in tree.indices where !["acl:relcl", "root"].contains(tokens[p].deprel) && ["VERB", "AUX", "ADJ", "NOUN"].contains(tree.upos(p)) {
            let clause = tree.subtree(p).filter { !tree.isPunct($0) }
            guard let first = clause.first, first > 0 else { continue }
            let pronoun = tree.upos(first) == "ADP" ? first + 1 : first
            // `that` only as the clause's subject (`the law that raised taxes`), where it cannot be a complementiser.
            let word = tree.word(pronoun)
            guard clause.contains(pronoun), ["who", "which", "whom", "whose"].contains(word) || word == "that" && tree.is(pronoun, ["nsubj"]),
                  tree.head(pronoun) == p || tree.head(pronoun).flatMap(tree.head) == p else { continue }
            var antecedent = first - 1
            while antecedent > 0 && tree.isPunct(antecedent) { antecedent -= 1 }
            // The last word of a name stands for the name (`Ana Ruiz , who`).
            if tree.is(antecedent, ["flat", "compound", "fixed"]), let h = tree.head(antecedent), h < antecedent { antecedent = h }
            guard ["NOUN", "PROPN"].contains(tree.upos(antecedent)), !tree.dominates(p, antecedent), antecedent != p else { continue }
            tokens[p].head = antecedent
            tokens[p].deprel = "acl:relcl"
            guard tree.kids(pronoun, ["case"]).contains(where: { tree.word($0) == "of" }),
                  let part = tree.kids(p, ["obj", "obl", "nsubj"]).first(where: { q in
                      q != pronoun && (tree.upos(q) == "NUM" || SentenceReading.quantifiers.contains(tree.lemma(q)))
                  }) else { continue }
            tokens[pronoun].head = part
            tokens[pronoun].deprel = "nmod"
        }
    }

    /// `was made largely of steel` parsed with `of steel` under `largely`: a prepositional phrase
    /// below an adverb of a verb belongs to the verb.
    static func obliqueUnderAnAdverb(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for a in tree.indices where tree.upos(a) == "ADV" && tree.is(a, ["advmod"]) {
            guard let verb = tree.head(a), tree.upos(verb) == "VERB" else { continue }
            for o in tree.kids(a, ["obl", "nmod"]) where o > a && tree.kid(o, ["case"]) != nil {
                tokens[o].head = verb
                tokens[o].deprel = "obl"
            }
        }
    }

    /// `met Ana Ruiz in Lima` parsed with `in Lima` under `Ana Ruiz`: a name rarely takes a
    /// restrictive place or time phrase, so a named object's phrase with a locative preposition
    /// belongs to the verb.
    static func placeUnderAnObjectName(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for n in tree.indices where tree.is(n, ["nmod"]) && tree.upos(n) == "PROPN" {
            guard let name = tree.head(n), n > name, tree.upos(name) == "PROPN", tree.is(name, ["obj"]),
                  let verb = tree.head(name), tree.upos(verb) == "VERB",
                  let preposition = tree.kid(n, ["case"]), ["in", "at", "on", "near", "during"].contains(tree.word(preposition))
            else { continue }
            tokens[n].head = verb
            tokens[n].deprel = "obl"
        }
    }

    /// `Having signed the treaty , the ministers flew home` parsed with `signed` as the root and
    /// the main clause as its adverbial: a subjectless participle clause opening the sentence is
    /// the adverbial of the clause after it that has a subject.
    static func participleReadAsMainClause(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        guard let root = tree.indices.first(where: { tree.head($0) == nil && tree.upos($0) == "VERB" }),
              tree.kid(root, ["nsubj", "nsubj:pass", "csubj"]) == nil,
              tree.tokens[root].xpos == "VBG" || tree.kids(root, ["aux"]).contains(where: { tree.tokens[$0].xpos == "VBG" }),
              (tree.subtree(root).first ?? root) <= root,
              let main = tree.kids(root, ["advcl", "parataxis", "conj"]).first(where: { m in
                  m > root && tree.upos(m) == "VERB" && tree.kid(m, ["nsubj", "nsubj:pass"]) != nil && tree.kid(m, ["mark"]) == nil
              }) else { return }
        tokens[main].head = -1
        tokens[main].deprel = "root"
        tokens[root].head = main
        tokens[root].deprel = "advcl"
        // The sentence's final punctuation goes with the new root.
        for d in tree.children[root] where tree.isPunct(d) && d > main { tokens[d].head = main }
    }

    /// `sold to Dave Lee` parsed with `to` as the oblique and `Dave` below it: a preposition that
    /// heads a phrase gives the head to the nominal right after it and becomes its `case`.
    static func prepositionReadAsHead(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for a in tree.indices where tree.upos(a) == "ADP" && tree.is(a, ["obl", "nmod", "obj"]) {
            guard let h = tree.head(a), a + 1 < tokens.count, tree.head(a + 1) == a,
                  ["NOUN", "PROPN", "NUM", "PRON"].contains(tree.upos(a + 1)) else { continue }
            let noun = a + 1
            tokens[noun].head = h
            tokens[noun].deprel = tokens[a].deprel
            for d in tree.children[a] where d != noun { tokens[d].head = noun }
            tokens[a].head = noun
            tokens[a].deprel = "case"
        }
    }

    /// `In May , demand for steel has risen` with `demand` tagged a base-form verb heading the
    /// sentence and `has risen` hung on it without a subject: a root verb in its base form with no
    /// subject, auxiliary or complementiser, followed by a clause of its own that has an auxiliary
    /// but no subject, is a noun, that clause's subject; that clause heads the sentence.
    static func nounReadAsVerb(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        guard let r = tree.indices.first(where: { tree.head($0) == nil }), tokens[r].xpos == "VB",
              tree.kid(r, ["nsubj", "nsubj:pass", "aux", "mark", "obj"]) == nil,
              let v = tree.kids(r, ["advcl", "conj", "ccomp", "parataxis"]).first(where: { $0 > r }),
              tree.upos(v) == "VERB", tree.kid(v, ["aux", "aux:pass"]) != nil, tree.kid(v, ["nsubj", "nsubj:pass", "mark", "cc"]) == nil,
              ((r + 1)..<(tree.subtree(v).first ?? v)).allSatisfy({ tree.dominates(r, $0) }) else { return }
        tokens[v].head = -1
        tokens[v].deprel = "root"
        tokens[r].head = v
        tokens[r].deprel = "nsubj"
        tokens[r].upos = "NOUN"
        tokens[r].xpos = "NN"
        for d in tree.children[r] where d != v {
            if d < r, !tree.isPunct(d) {
                tokens[d].head = v  // `In May`: the fronted phrase is the clause's
            } else if tree.is(d, ["obl"]) {
                tokens[d].deprel = "nmod"  // `demand for steel`
            } else if tree.isPunct(d) && d > v {
                tokens[d].head = v
            }
        }
    }

    /// `although the show drew crowds` parsed with `drew` as a modifier of `crowds` and the
    /// subject hung on that noun: a past verb right before a bare noun that has a subject of its
    /// own (and no copula) heads the clause, the noun its object.
    static func verbReadAsModifier(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for n in tree.indices where tree.upos(n) == "NOUN" && n > 0 {
            let v = n - 1
            guard tree.upos(v) == "VERB", ["VBD", "VBN"].contains(tokens[v].xpos), tree.head(v) == n, tree.is(v, ["amod"]),
                  tree.kid(n, ["cop", "det", "nmod:poss"]) == nil,
                  let subject = tree.kid(n, ["nsubj"]), subject < v else { continue }
            tokens[v].head = tokens[n].head
            tokens[v].deprel = tokens[n].deprel
            tokens[v].xpos = "VBD"
            tokens[n].head = v
            tokens[n].deprel = "obj"
            for d in tree.children[n] where d < v && d != v { tokens[d].head = v }
        }
    }

    /// `asks a few questions and proposes some answers` with `proposes` read as a plural noun
    /// coordinated with the object: an -s noun after `and`, coordinated with the object of a
    /// present-tense verb and followed straight away by a determiner, is a second verb, and the
    /// phrase that determiner opens its object.
    static func verbReadAsObjectConjunct(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for n in tree.indices where tree.upos(n) == "NOUN" && tokens[n].xpos == "NNS" && n + 1 < tokens.count && n > 0 {
            guard tree.is(n, ["conj"]), tree.word(n - 1) == "and" || tree.word(n - 1) == "or", tree.kid(n, ["det", "amod", "compound"]) == nil,
                  let object = tree.head(n), tree.is(object, ["obj"]), let verb = tree.head(object), tokens[verb].xpos == "VBZ",
                  tree.upos(n + 1) == "DET" || tokens[n + 1].xpos == "PRP$",
                  let phrase = tree.head(n + 1), phrase > n + 1, ["NOUN", "PROPN"].contains(tree.upos(phrase)) else { continue }
            tokens[n].upos = "VERB"
            tokens[n].xpos = "VBZ"
            tokens[n].head = verb
            tokens[phrase].head = n
            tokens[phrase].deprel = "obj"
        }
    }

    /// `After the storm , Lake Creek enters the valley` with `enters` tagged a plural noun whose
    /// `compound` is the name before it and whose `obj` is the valley: a noun with an object is a
    /// verb, the nominal just before it its subject. When the parse made it a conjunct inside a
    /// subordinate clause that heads the sentence (`Upon exiting …`), it heads the sentence instead.
    static func nounWithAnObject(_ tokens: inout [Token]) {
        var tree = DependencyTree(tokens)
        let finite: Set<String> = ["VBZ", "VBD", "VBP", "MD"]
        for n in tree.indices where tree.upos(n) == "NOUN" && ["NNS", "NN"].contains(tokens[n].xpos) {
            guard tree.kid(n, ["det", "nmod:poss", "case", "cop"]) == nil,
                  let subject = tree.kids(n, ["compound", "nsubj"]).last(where: { $0 == n - 1 }),
                  ["NOUN", "PROPN"].contains(tree.upos(subject)) else { continue }
            // What only a verb has: an object; a subordinator (`whereas the firm produces …`); or, in a
            // sentence without any finite verb, a prepositional phrase (`the academy specializes in …`).
            let object = tree.kid(n, ["obj"]).map { $0 > n } ?? false
            let subordinate = tree.kids(n, ["mark"]).contains { $0 < subject && tree.upos($0) == "SCONJ" }
            let verbless = tokens[n].xpos == "NNS" && !tree.indices.contains { finite.contains(tokens[$0].xpos) }
                && tree.kids(n, ["nmod"]).contains { $0 > n && tree.kid($0, ["case"]) != nil }
            guard object || subordinate || verbless else { continue }
            tokens[n].upos = "VERB"
            tokens[n].xpos = tokens[n].xpos == "NNS" ? "VBZ" : "VBP"
            tokens[subject].deprel = "nsubj"
            for d in tree.children[n] where d < subject && !tree.is(d, ["mark", "cc"]) { tokens[d].head = subject }
            for d in tree.children[n] where d > n {
                if tree.is(d, ["nmod"]) { tokens[d].deprel = tree.kid(d, ["case"]) == nil ? "obj" : "obl" }
                if tree.is(d, ["conj"]), tree.kid(d, ["cc"]) == nil, subordinate, !object { tokens[d].deprel = "obj" }  // `produces | effects`
            }
            // `A , B and C Academy specializes in …` parsed as one more conjunct of A: the coordination is its subject.
            if tree.is(n, ["conj"]), let first = tree.head(n), tree.head(first) == nil, verbless {
                tokens[n].head = -1
                tokens[n].deprel = "root"
                tokens[first].head = n
                tokens[first].deprel = "nsubj"
                tokens[subject].head = first
                tokens[subject].deprel = "conj"
                for d in tree.children[n] where d < subject && tree.is(d, ["cc"]) { tokens[d].head = subject }
                for d in tree.children[first] where d > n { tokens[d].head = n }
            }
            // Nominal conjuncts the parse hung on the noun it took the verb for belong to its phrase (`in : A , B , and C`).
            if verbless, let phrase = tree.kids(n, ["nmod"]).first(where: { $0 > n }) {
                tree = DependencyTree(tokens)
                for d in tree.children[n] where d > phrase && tree.is(d, ["conj"]) && ["NOUN", "PROPN"].contains(tree.upos(d)) {
                    tokens[d].head = phrase
                }
            }
            tree = DependencyTree(tokens)
            guard let root = tree.indices.first(where: { tree.head($0) == nil }), root != n, tree.kid(root, ["mark"]) != nil,
                  tree.is(n, ["conj"]), tree.dominates(root, n) else { continue }
            tokens[n].head = -1
            tokens[n].deprel = "root"
            tokens[root].head = n
            tokens[root].deprel = "advcl"
            for d in tree.children[root] where d > n && (tree.is(d, ["conj"]) || tree.isPunct(d)) { tokens[d].head = n }
            tree = DependencyTree(tokens)
        }
    }

    /// `The buyers , analysts said , could be foreign firms` parsed with `said` as a relative clause
    /// of `buyers` and the rest as what was said: the inserted `…, X said ,` stands beside the
    /// sentence, whose subject is the noun before it.
    static func speechInsertReadAsRelativeClause(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        guard let noun = tree.indices.first(where: { tree.head($0) == nil }), ["NOUN", "PROPN", "PRON"].contains(tree.upos(noun)) else { return }
        for v in tree.children[noun] where tree.is(v, ["acl", "appos", "parataxis"]) && ClauseLexicon.speech.contains(tree.lemma(v)) {
            guard tree.kid(v, ["nsubj"]) != nil, let said = tree.kids(v, ["ccomp", "xcomp", "parataxis"]).first(where: { $0 > v }),
                  tree.kid(said, ["nsubj", "nsubj:pass"]) == nil, let open = tree.subtree(v).first, open > 0, tree.word(open - 1) == "," else { continue }
            tokens[said].head = -1
            tokens[said].deprel = "root"
            tokens[noun].head = said
            tokens[noun].deprel = tree.kid(said, ["aux:pass"]) != nil ? "nsubj:pass" : "nsubj"
            tokens[v].head = said
            tokens[v].deprel = "parataxis"
            for d in tree.children[noun] where tree.isPunct(d) && d > said { tokens[d].head = said }
            return
        }
    }

    /// `Arminius , leader of the tribe , fled` parsed as a coordination: a noun joined to a name by
    /// a comma alone, in a coordination with no `and`/`or` anywhere, is an apposition.
    static func appositionReadAsConjunct(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        let nominal: Set<String> = ["NOUN", "PROPN"]
        for n in tree.indices where tree.upos(n) == "PROPN" {
            let conjuncts = tree.kids(n, ["conj"])
            guard conjuncts.count == 1, let c = conjuncts.first, nominal.contains(tree.upos(c)), c > 1,
                  tree.kid(c, ["cc"]) == nil, tree.word(c - 1) == "," || tree.word((tree.subtree(c).first ?? c) - 1) == "," else { continue }
            tokens[c].deprel = "appos"
        }
    }

    /// `S , he adds .` parsed with S beside the verb of saying rather than as what it says: a
    /// clause before a verb of saying that has no complement or object of its own is its complement.
    static func reportReadAsParataxis(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for v in tree.indices where ["VERB"].contains(tree.upos(v)) && ClauseLexicon.speech.contains(tree.lemma(v)) {
            guard tree.kid(v, ["ccomp", "obj", "xcomp"]) == nil,
                  let said = tree.kids(v, ["parataxis"]).first(where: { $0 < v && ["VERB", "AUX", "ADJ", "NOUN"].contains(tree.upos($0)) }),
                  tree.kid(said, ["nsubj", "nsubj:pass", "csubj", "expl"]) != nil else { continue }
            tokens[said].deprel = "ccomp"
        }
    }

    /// `$ 6.25 a share`, `decliners 1,111 to 349` parsed as appositions: a common-noun or number
    /// phrase straight after a noun or number, with no comma, bracket or dash between, is a
    /// measure phrase of it (UD `nmod:npmod`) and stays in its argument.
    static func measureReadAsApposition(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        for a in tree.indices where tree.is(a, ["appos"]) {
            guard let h = tree.head(a), h < a, !["PROPN"].contains(tree.upos(a)), !["PROPN"].contains(tree.upos(h)),
                  tree.kid(a, ["case"]) == nil,
                  let first = tree.subtree(a).first(where: { !tree.isPunct($0) }), first > 0, !tree.isPunct(first - 1) else { continue }
            tokens[a].deprel = "nmod:npmod"
        }
    }

    /// `“The plan will fail , ” warns Ana Ruiz .` parsed with the verb of saying inside the
    /// quotation's clause (a conjunct, a clausal subject …) and the speaker as its object: a verb of
    /// saying right after a sentence-opening quotation closed by `, ”` heads the sentence, the
    /// quotation is what it says, and a speaker after it with no subject of its own is its subject.
    static func speakerAfterQuotation(_ tokens: inout [Token]) {
        let tree = DependencyTree(tokens)
        let quotes = TupleRendering.quotationMarks
        guard tree.indices.count > 3, quotes.contains(tree.word(0)),
              let v = tree.indices.first(where: { $0 > 2 && quotes.contains(tree.word($0 - 1)) && tree.word($0 - 2) == "," }),
              tree.upos(v) == "VERB", ClauseLexicon.speech.contains(tree.lemma(v)),
              let root = tree.indices.first(where: { tree.head($0) == nil }), root < v - 2, !tree.dominates(v, root) else { return }
        tokens[v].head = -1
        tokens[v].deprel = "root"
        tokens[root].head = v
        tokens[root].deprel = "ccomp"
        if tree.kid(v, ["nsubj"]) == nil, let speaker = tree.kids(v, ["obj"]).first(where: { $0 > v }) {
            tokens[speaker].deprel = "nsubj"
            // `…, ” warns Ana Ruiz , head of …`: the apposition is the speaker's.
            for a in tree.kids(v, ["appos"]) where a > speaker { tokens[a].head = speaker }
        }
    }
}
