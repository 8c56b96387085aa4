import Testing
@testable import KGLanguage

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func words(_ text: String) -> [String] { tokenizer.tokenize(text).map(\.text) }

    @Test func splitsContractionsLikeEWT() {
        #expect(words("She doesn't think we'll win, and I'm sure they can't.")
                == ["She", "does", "n't", "think", "we", "'ll", "win", ",", "and", "I", "'m", "sure", "they", "ca", "n't", "."])
        #expect(words("Won’t you? They’ve gone; you'd stay; we’re late.")
                == ["Wo", "n’t", "you", "?", "They", "’ve", "gone", ";", "you", "'d", "stay", ";", "we", "’re", "late", "."])
        #expect(words("You cannot leave.") == ["You", "can", "not", "leave", "."])
    }

    @Test func splitsPossessivesWithStraightAndCurlyApostrophes() {
        #expect(words("Lagos’s mayor met the Okafors' lawyer and Tomás's aide.")
                == ["Lagos", "’s", "mayor", "met", "the", "Okafors", "'", "lawyer", "and", "Tomás", "'s", "aide", "."])
    }

    @Test func keepsApostrophesInsideNames() {
        #expect(words("O'Neill and D’Souza") == ["O'Neill", "and", "D’Souza"])
    }

    @Test func keepsAbbreviationsAndInitialsWhole() {
        #expect(words("Dr. K. Mensah of Acme Corp. flew to the U.S. on Jun. 4 at 9 a.m. sharp.")
                == ["Dr.", "K.", "Mensah", "of", "Acme", "Corp.", "flew", "to", "the", "U.S.", "on", "Jun.", "4",
                    "at", "9", "a.m.", "sharp", "."])
    }

    @Test func keepsNumbersTimesDatesAndPhoneNumbersWhole() {
        #expect(words("It cost $1,000.50 (up 4.25%) at 7:05 on 6/21/2024; call 555-867-5309.")
                == ["It", "cost", "$", "1,000.50", "(", "up", "4.25", "%", ")", "at", "7:05", "on", "6/21/2024", ";",
                    "call", "555-867-5309", "."])
        #expect(words("Open 9-5, doors at 7:30PM.") == ["Open", "9", "-", "5", ",", "doors", "at", "7:30", "PM", "."])
    }

    @Test func keepsHyphenatedCodesWholeButSplitsRanges() {
        #expect(words("Filed 2024-06-21 (01-Feb-02) from DC 20006-3700, ext. 3-5213; pages 12-40, 1998-2001.")
                == ["Filed", "2024-06-21", "(", "01-Feb-02", ")", "from", "DC", "20006-3700", ",", "ext.", "3-5213", ";",
                    "pages", "12", "-", "40", ",", "1998", "-", "2001", "."])
    }

    @Test func splitsInformalContractionsAndKeepsEmoticons() {
        #expect(words("i dont know, it wont work :) ok :-( want to")
                == ["i", "do", "nt", "know", ",", "it", "wo", "nt", "work", ":)", "ok", ":-(", "want", "to"])
        #expect(words("gonna visit. Note:Dave") == ["gon", "na", "visit", ".", "Note", ":", "Dave"])
    }

    @Test func keepsURLsAndEmailAddressesWhole() {
        #expect(words("See https://example.org/a-b?x=1&y=2, or www.example.com.")
                == ["See", "https://example.org/a-b?x=1&y=2", ",", "or", "www.example.com", "."])
        #expect(words("Write to (desk.news@example.co.uk).") == ["Write", "to", "(", "desk.news@example.co.uk", ")", "."])
        #expect(words("<mailto:desk@example.org>") == ["<", "mailto:desk@example.org", ">"])
        #expect(words("(see http://example.org/a_(b)).") == ["(", "see", "http://example.org/a_(b)", ")", "."])
    }

    @Test func splitsHyphensExceptAfterCommonPrefixes() {
        #expect(words("a surface-to-air missile, a co-founder's e-mail and a non-binding vote")
                == ["a", "surface", "-", "to", "-", "air", "missile", ",", "a", "co-founder", "'s", "e-mail", "and",
                    "a", "non-binding", "vote"])
    }

    @Test func keepsDashesEllipsesAndQuotesApart() {
        #expect(words("“Wait…” he said -- then... nothing—“really?”")
                == ["“", "Wait", "…", "”", "he", "said", "--", "then", "...", "nothing", "—", "“", "really", "?", "”"])
        #expect(words("He said \"no\" (twice).") == ["He", "said", "\"", "no", "\"", "(", "twice", ")", "."])
    }

    @Test func offsetsMapBackToTheTextAndAddTheGivenBase() {
        let text = "Zoë’s café doesn't close at 11:30 p.m. — “ever”… 🇺🇦 ok"
        let scalars = Array(text.unicodeScalars)
        let tokens = tokenizer.tokenize(text)
        for token in tokens {
            #expect(scalars.string(token.start..<token.end) == token.text)
        }
        let shifted = tokenizer.tokenize(text, offset: 100)
        #expect(shifted.map(\.start) == tokens.map { $0.start + 100 })
    }

    @Test func invisibleCharactersNeverBecomeTokens() {
        #expect(words("\u{FEFF}Co\u{AD}operation\u{200B}grew\u{00A0}fast") == ["Co\u{AD}operation", "grew", "fast"])
    }

    @Test func marksWhetherWhitespaceFollows() {
        let tokens = tokenizer.tokenize("Hi, it's me.")
        #expect(tokens.map(\.spaceAfter) == [false, true, false, true, false, false])
    }

    @Test func emptyAndBlankTextHaveNoTokens() {
        #expect(tokenizer.tokenize("").isEmpty)
        #expect(tokenizer.tokenize(" \n\t ").isEmpty)
    }
}
