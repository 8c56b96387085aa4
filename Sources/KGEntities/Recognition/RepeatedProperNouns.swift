import KGCore
import KGLanguage

/// Names the tagger missed but the article itself vouches for: a run of proper nouns (by the
/// parse) written capitalised inside a sentence at least twice (`Apple`, `Acme`, `NorthPage`).
/// Once could be a capitalised common word or a headline's style; twice inside sentences is how
/// news writes a name it keeps coming back to. The type is unknown, so the weakest evidence is
/// given and other mentions or cue words decide.
struct RepeatedProperNouns {
    let lexicon: Lexicon

    /// `literals` holds each sentence's `Literals.find`.
    func added(to found: [NameFinder.Result], sentences: [Sentence], literals: [[Literal]]) -> [NameFinder.Result] {
        // Places in text order, counted by spelling: the candidates join their sentences in the
        // order they are written, as the resolver's first-mention order and first-match choices expect.
        var places: [(run: [String], sentence: Int, tokens: Range<Int>)] = []
        var count: [[String]: Int] = [:]
        for (s, sentence) in sentences.enumerated() {
            let tokens = sentence.tokens
            let covered = Set(found[s].candidates.flatMap { Array($0.tokens) })
            let literal = Set(literals[s].flatMap { Array($0.tokens) })
            func proper(_ i: Int) -> Bool {
                tokens[i].upos == .propn && tokens[i].text.startsUppercase && !covered.contains(i) && !literal.contains(i)
                    && !lexicon.isTitle(tokens[i].text) && lexicon.country(ofDemonym: tokens[i].text) == nil
            }
            var i = 1  // the first word of a sentence is capitalised anyway
            while i < tokens.count {
                guard proper(i), !proper(i - 1), HyphenatedNames.extended(i..<(i + 1), in: tokens, lexicon: lexicon).lowerBound == i else {
                    i += 1
                    continue
                }
                var end = i + 1
                while end < tokens.count, proper(end) { end += 1 }
                var run = HyphenatedNames.extended(i..<end, in: tokens, lexicon: lexicon)
                // "40 Grams": a stage name may start with its number.
                if NameFinder.opensWithNumber(run, in: sentence, lexicon: lexicon), !covered.contains(run.lowerBound - 1) {
                    run = (run.lowerBound - 1)..<run.upperBound
                }
                if !run.contains(where: covered.contains) {
                    let words = tokens[run].map(\.text)
                    places.append((words, s, run))
                    count[words, default: 0] += 1
                }
                i = max(end, run.upperBound)
            }
        }
        var result = found
        for place in places where count[place.run]! >= 2 {
            result[place.sentence].candidates.append(
                Candidate(sentence: place.sentence, tokens: place.tokens, type: .organization, evidence: .tagger))
        }
        return result
    }
}
