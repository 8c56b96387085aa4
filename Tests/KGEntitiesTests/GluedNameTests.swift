import Testing
import KGCore
import KGLanguage
@testable import KGEntities

/// Words glued onto names and other spellings of one name, on sentences written for these tests.
@Suite struct GluedNameTests {
    static let recognizer = Result { try EntityRecognizer.load() }

    func analyze(_ text: String) throws -> EntityAnalysis {
        try Self.recognizer.get().analyze(SentenceSplitter().split(text))
    }

    @Test func roleNounsPartiesAndTrailingWordsAreNoPartOfAName() throws {
        let analysis = try analyze("""
        Striker Marco Bellini scored twice. Later Tory Neil Ashworth watched from the stand. \
        Corran said Bellini was brilliant, and Ashworth agreed. Charles de Gaulle airport was busy.
        """)
        let names = analysis.entities.map(\.name)
        for name in ["Marco Bellini", "Neil Ashworth", "Charles de Gaulle"] { #expect(names.contains(name), "\(names)") }
        #expect(!names.contains { $0.hasPrefix("Striker") || $0.hasPrefix("Tory") || $0.hasSuffix("airport") })
        #expect(analysis.entities.first { $0.name == "Conservative Party" }?.aliases == ["Tory"])
    }

    /// A description glued onto a name of any type: the owner is a name the lexicon knows, and an
    /// organisation word as the role makes the name an organisation's, whatever the tagger said.
    @Test func aLowerCaseRoleInsideAnySpanSplitsTheOwnerFromTheName() {
        let finder = NameFinder(tagger: try! Self.recognizer.get().tagger)
        let words = ["Shares", "in", "UK", "bank", "Norbank", "fell", "."]
        for type in [EntityType.place, .person] {
            let pieces = finder.unglued([Candidate(sentence: 0, tokens: 2..<5, type: type, evidence: .tagger)], words: words)
            #expect(pieces.map(\.tokens) == [2..<3, 4..<5])
            #expect(pieces.map(\.type) == [.place, .organization])
            #expect(pieces.first?.canonical == "United Kingdom")
        }
    }

    @Test func aLowerCaseRoleInsideAPersonSpanSplitsTheOwnerFromTheName() {
        let finder = NameFinder(tagger: try! Self.recognizer.get().tagger)
        let words = ["Fans", "cheered", "as", "Nordwind", "singer", "Lena", "Brook", "arrived", "."]
        let glued = Candidate(sentence: 0, tokens: 3..<7, type: .person, evidence: .tagger)
        let pieces = finder.unglued([glued], words: words)
        #expect(pieces.map(\.tokens) == [3..<4, 5..<7])
        #expect(pieces.map(\.type) == [.organization, .person])
    }

    @Test func aLongerSurnameJoinsTheFullName() throws {
        let analysis = try analyze("Energy minister Pablo De Rosa spoke on Monday. De Rosa said prices would fall.")
        #expect(analysis.entities.filter { $0.type == .person }.map(\.name) == ["Pablo De Rosa"])
    }

    @Test func aNameWithoutItsMiddleJoinsTheFullName() throws {
        let analysis = try analyze("Senator Walter J Brannock spoke on Monday. Walter Brannock said prices would fall.")
        #expect(analysis.entities.filter { $0.type == .person }.map(\.name) == ["Walter J Brannock"], "\(analysis.entities.map(\.name))")
    }

    @Test func aDemonymsStateIsTheCountryAndAClubsLastWordIsTheClub() throws {
        let analysis = try analyze("""
        A dispute between the Peruvian State and water firm Aguas Limpias grew. Peru said it would talk.         Fans of Leeds United cheered as United won on Saturday.
        """)
        #expect(analysis.entities.filter { $0.name == "Peru" }.first?.aliases == ["Peruvian State"])
        #expect(analysis.entities.first { $0.name == "Leeds United" }?.aliases == ["United"])
    }

    @Test func britainAndAmericaAreTheirCountries() throws {
        let analysis = try analyze("Britain and the UK are one country. America and the US are another. Latin America is a region.")
        #expect(analysis.entities.filter { $0.name == "United Kingdom" }.first?.aliases.sorted() == ["Britain", "UK"])
        #expect(analysis.entities.filter { $0.name == "United States" }.first?.aliases.sorted() == ["America", "US"])
    }
}

/// Names the tagger misses, found from the parse and the article; sentences written for these tests.
@Suite struct ArticleVouchedNameTests {
    func analyze(_ text: String) throws -> EntityAnalysis {
        let models = try LanguageModels.load()
        var sentences = SentenceSplitter().split(text)
        for i in sentences.indices { models.annotate(&sentences[i]) }
        return try GluedNameTests.recognizer.get().analyze(sentences)
    }

    @Test func hyphenatedCapitalisedPiecesAreOneName() throws {
        let analysis = try analyze("The rapper Kay-Q signed with Tor-A-Vell last week. Fans said Kay-Q was pleased, but London-based critics were not.")
        let names = analysis.entities.filter { $0.type != .concept }.map(\.name)
        #expect(names.contains("Kay-Q") && names.contains("Tor-A-Vell"), "\(names)")
        #expect(!names.contains { $0.hasSuffix("-") || $0 == "Q" || $0 == "A" || $0 == "Kay" })
    }

    @Test func aLowerCaseHalfJoinsANameUnlessItMakesAnAdjectiveOfIt() throws {
        let analysis = try analyze("Makers back Blu-ray discs, and Blu-ray players will sell. Paris-based critics and al-Qaeda fighters disagreed.")
        let names = analysis.entities.filter { $0.type != .concept }.map(\.name)
        #expect(names.contains("Blu-ray") && names.contains("al-Qaeda"), "\(names)")
        #expect(!names.contains { $0.hasSuffix("-") || $0.hasSuffix("based") })
    }

    @Test func aProperNounWrittenTwiceInsideSentencesIsAName() throws {
        let analysis = try analyze("""
        Shares in Pomelo fell on Monday. Analysts said Pomelo had sold fewer phones. \
        A spokesman for Pomelo declined to comment.
        """)
        #expect(analysis.entities.contains { $0.name == "Pomelo" && $0.type != .concept },
                "\(analysis.entities.map(\.name))")
    }
}
