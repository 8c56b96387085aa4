import Testing
@testable import KGLanguage

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    func sentences(_ text: String) -> [String] { splitter.split(text).map(\.text) }

    @Test func titlesAndAbbreviationsInsideASentenceDoNotEndIt() {
        #expect(sentences("Dr. Amara Osei met Gov. Ruiz in St. Louis at 3 p.m. on Tuesday. They talked for No. 2 hours.")
                == ["Dr. Amara Osei met Gov. Ruiz in St. Louis at 3 p.m. on Tuesday.", "They talked for No. 2 hours."])
        #expect(sentences("She works for U.S. Steel now. Her brother joined Brightline Inc. last year.")
                == ["She works for U.S. Steel now.", "Her brother joined Brightline Inc. last year."])
    }

    @Test func anAbbreviationCanEndASentence() {
        #expect(sentences("The firm moved its office to the U.S. The shares fell 3%.")
                == ["The firm moved its office to the U.S.", "The shares fell 3%."])
        #expect(sentences("She grew up in Leeds, U.K. Later she moved to Austin, Texas.")
                == ["She grew up in Leeds, U.K.", "Later she moved to Austin, Texas."])
    }

    @Test func initialsDoNotEndASentence() {
        #expect(sentences("The novel by J. R. Tolland sold well. Critics agreed.")
                == ["The novel by J. R. Tolland sold well.", "Critics agreed."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("“We are ready.” The minister left. He shouted \"never!\" Then he smiled.")
                == ["“We are ready.”", "The minister left.", "He shouted \"never!\"", "Then he smiled."])
        #expect(sentences("“Why?” she asked. (It was late.) Nobody answered.")
                == ["“Why?” she asked.", "(It was late.)", "Nobody answered."])
    }

    @Test func ellipsesEndASentenceOnlyBeforeACapital() {
        #expect(sentences("He paused... Then he spoke. It was… odd, really.")
                == ["He paused...", "Then he spoke.", "It was… odd, really."])
    }

    @Test func headlinesCaptionsAndDatelinesAreSentencesOfTheirOwn() {
        let text = """
            Storm batters the coast
            Fishing boats in the harbour at dawn
            Posted at 7:05 PM, Jun 21, 2024

            The storm arrived early. Ferries stopped running.
            """
        #expect(sentences(text) == ["Storm batters the coast", "Fishing boats in the harbour at dawn",
                                    "Posted at 7:05 PM, Jun 21, 2024", "The storm arrived early.", "Ferries stopped running."])
    }

    @Test func aBlankLineAlwaysEndsASentence() {
        #expect(sentences("More to come,\n\nand then some") == ["More to come,", "and then some"])
    }

    @Test func hardWrappedLinesAreJoinedBackIntoSentences() {
        let text = """
            Council members voted on Monday to extend
            the night bus service through the winter
            months, citing rising demand from shift
            workers. The mayor welcomed the decision
            and promised a review in the spring.
            """
        #expect(sentences(text).count == 2)
        #expect(sentences(text).first?.hasSuffix("shift\nworkers.") == true)
        let initials = """
            The committee heard from the treasurer, A.
            Mbeki, and from the auditors, who said the
            accounts were in order after a long review
            of the receipts. The vote is due on Friday.
            """
        #expect(sentences(initials).count == 2)
    }

    @Test func offsetsOfSentencesAndTokensMapBackToTheText() {
        let text = "  Zoë’s café opened.\n\n“It’s U.S.-made,” she said… Really? Yes!  "
        let scalars = Array(text.unicodeScalars)
        let result = splitter.split(text)
        #expect(result.count == 4)
        for sentence in result {
            #expect(scalars.string(sentence.start..<sentence.end) == sentence.text)
            #expect(sentence.tokens.first?.start == sentence.start && sentence.tokens.last?.end == sentence.end)
            for token in sentence.tokens {
                #expect(scalars.string(token.start..<token.end) == token.text)
            }
        }
        #expect(result.last?.tokens.last?.spaceAfter == true)
    }

    @Test func emptyTextHasNoSentences() {
        #expect(splitter.split("").isEmpty)
        #expect(splitter.split("\n \n").isEmpty)
    }
}
