import KGCore
import KGLanguage

/// The word before a name that the tagger left out of it: an initial in a team line-up ("G Hale,
/// R Ortiz-Bell"), a first name the tagger missed ("on Monday Iain Kerr said") or the
/// number a stage name starts with ("40 Grams"). Without it a surname stands alone and joins, or
/// splits from, whoever else has that surname.
extension NameFinder {
    /// Candidates whose name starts one word earlier, at an initial, a first name or a number.
    func withFirstNames(_ candidates: [Candidate], sentence: Sentence, titles: [TitleUse]) -> [Candidate] {
        let words = sentence.tokens.map(\.text)
        let taken = Set(candidates.flatMap { Array($0.tokens) } + titles.flatMap { Array($0.tokens) })
        return candidates.map { candidate in
            let before = candidate.tokens.lowerBound - 1
            guard before >= 0, !taken.contains(before), candidate.evidence < .lexicon else { return candidate }
            var widened = candidate
            widened.tokens = before..<candidate.tokens.upperBound
            // In a line-up the tagger's type for a lone surname is a guess; elsewhere a letter before a
            // place or firm is no initial ("Plan B", "A Nordtel report").
            let listed = before > 0 && Self.listMarks.contains(words[before - 1])
            if isInitial(before, words: words, listed: listed), candidate.type == .person || candidate.tokens.count == 1 && listed,
               words[candidate.tokens].allSatisfy({ $0.contains(where: \.isLowercase) || !NameFinder.isWordish($0) }) {
                widened.type = .person
                widened.evidence = .cue
                return widened
            }
            if candidate.type == .person, candidate.tokens.count == 1, isFirstName(before, in: sentence) { return widened }
            if candidate.tokens.count == 1, Self.opensWithNumber(candidate.tokens, in: sentence, lexicon: lexicon) { return widened }
            return candidate
        }
    }

    /// A stage name that starts with a number ("40 Grams said"): a small number right before a
    /// one-word name the tagger or the article found, when the name then acts (a verb, a
    /// possessive or punctuation follows). Not a number that counts what follows ("50 Ruiz fans",
    /// "300 Bureau of Trade posts"), belongs to the word before it ("number 46 Ruiz"), makes a date
    /// ("5 May"), is a score between two sides ("Leeds 2 Hull 1") or a seed before a player's full
    /// name ("8 Ana Ruiz (US)").
    static func opensWithNumber(_ name: Range<Int>, in sentence: Sentence, lexicon: Lexicon) -> Bool {
        let tokens = sentence.tokens
        let i = name.lowerBound
        guard i > 0, name.count == 1 else { return false }
        let number = tokens[i - 1].text
        let word = tokens[i].text.lowercased()
        guard (1...3).contains(number.count), number.allSatisfy(\.isNumber), tokens[i].text.contains(where: \.isLowercase),
              tokens[i - 1].end < tokens[i].start, !lexicon.organizationWords.contains(word), !Literals.months.contains(word) else { return false }
        if i >= 2, tokens[i - 2].text.startsUppercase || tokens[i - 1].head == i - 2
            || !NameFinder.isWordish(tokens[i - 2].text) && tokens[i - 2].text != "," {
            return false
        }
        guard name.upperBound < tokens.count else { return true }
        let next = tokens[name.upperBound]
        if next.text.isPossessive || !NameFinder.isWordish(next.text) { return true }
        return next.text.first!.isLowercase && [.verb, .aux].contains(next.upos)
    }

    /// Marks that open an item of a line-up.
    static let listMarks: Set<String> = [",", ";", ":", "("]

    /// A capital letter alone (`G`, `G.`) before a name. `A` and `I` are words too: they count
    /// only as an item of a list ("…, A Lowe, …").
    private func isInitial(_ i: Int, words: [String], listed: Bool) -> Bool {
        let letter = words[i].hasSuffix(".") ? String(words[i].dropLast()) : words[i]
        guard letter.count == 1, let first = letter.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return listed || letter != "A" && letter != "I"
    }

    /// A capitalised word that can only be a first name here: rarely a common word (`Iain`; not
    /// `Striker` or `Veterans`, nor a title's `Rolling` or `Hey`), and no known name, title, demonym, organisation
    /// word, date or function word. Inside a sentence the capital says so; first in a sentence,
    /// where every word has one, the parse must call it a proper noun too, and headlines, which
    /// capitalise everything, never count.
    private func isFirstName(_ i: Int, in sentence: Sentence) -> Bool {
        let words = sentence.tokens.map(\.text)
        let word = words[i]
        let lower = word.lowercased()
        guard word.startsUppercase, word.count > 1, word.allSatisfy({ $0.isLetter }), word.contains(where: \.isLowercase),
              !isTitleWord(word), demonym(endingAt: i, words) == nil, lexicon.name([word]) == nil,
              lexicon.hints.name([word]) == nil, !lexicon.organizationWords.contains(lower), !Literals.isLiteral(word),
              !Self.sentenceOpeners.contains(lower), !Self.determiners.contains(lower), !Self.pronouns.contains(lower),
              !Self.placeModifiers.contains(lower), !isCommonWord(word),
              !(lower.hasSuffix("s") && isCommonWord(String(lower.dropLast()))) else { return false }
        let opensSentence = i == 0 || ["\"", "\u{201C}", "'", "\u{2018}", ":", "("].contains(words[i - 1])
        if opensSentence {
            let closed = words.last.map { [".", "!", "?", "\"", "\u{201D}"].contains($0) } ?? false
            return closed && sentence.tokens[i].upos == .propn
        }
        // After another capitalised word the two may be one name the tagger cut elsewhere, or a
        // title-cased phrase; only a demonym, a title or a date leaves no doubt ("Argentine Tomas
        // Vidal", "on Monday Iain Ruiz").
        let previous = words[i - 1]
        return !(previous.startsUppercase && NameFinder.isWordish(previous))
            || demonym(endingAt: i - 1, words) != nil || isTitleWord(previous) || Literals.isLiteral(previous)
    }
}
