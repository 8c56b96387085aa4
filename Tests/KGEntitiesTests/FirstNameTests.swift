import Testing
import KGCore
import KGLanguage
@testable import KGEntities

/// The word before a surname that belongs to the name, and short forms that belong to a longer
/// name of the article; sentences written for these tests.
@Suite struct FirstNameTests {
    static let models = Result { try LanguageModels.load() }

    func sentence(_ text: String) throws -> Sentence {
        var sentence = SentenceSplitter().split(text)[0]
        try Self.models.get().annotate(&sentence)
        return sentence
    }

    func widened(_ text: String, surname: String, type: EntityType = .person) throws -> String {
        let finder = NameFinder(tagger: try GluedNameTests.recognizer.get().tagger)
        let sentence = try sentence(text)
        let at = try #require(sentence.tokens.firstIndex { $0.text == surname })
        let candidate = Candidate(sentence: 0, tokens: at..<(at + 1), type: type, evidence: .tagger)
        let result = finder.withFirstNames([candidate], sentence: sentence, titles: [])[0]
        return sentence.surface(result.tokens)
    }

    @Test func anInitialInALineUpIsPartOfTheName() throws {
        #expect(try widened("Harbour Town: T Marsh, G Holloway, K Lowe.", surname: "Holloway") == "G Holloway")
        // The tagger's type for a lone surname in a line-up is a guess.
        #expect(try widened("Harbour Town: T Marsh, G Holloway, K Lowe.", surname: "Holloway", type: .place) == "G Holloway")
        #expect(try widened("Harbour Town: T Marsh, A Lowe, K Penn.", surname: "Lowe") == "A Lowe")
    }

    @Test func aLetterThatIsAWordOrAPlanIsNoInitial() throws {
        #expect(try widened("A Nordtel report said sales fell.", surname: "Nordtel", type: .organization) == "Nordtel")
        #expect(try widened("They chose plan B Halloran instead.", surname: "Halloran", type: .place) == "Halloran")
    }

    @Test func aFirstNameTheTaggerMissedIsPartOfTheName() throws {
        #expect(try widened("On Monday Iain Verhoek said the club would improve.", surname: "Verhoek") == "Iain Verhoek")
        #expect(try widened("The fastest was Argentine Hamish Verhoek, who won easily.", surname: "Verhoek") == "Hamish Verhoek")
    }

    @Test func aCommonWordOrAKnownNameBeforeASurnameStaysOut() throws {
        #expect(try widened("Striker Verhoek scored twice on Monday.", surname: "Verhoek") == "Verhoek")
        #expect(try widened("Both Verhoek and Ardley ran well.", surname: "Verhoek") == "Verhoek")
        #expect(try widened("The fans of Glasgow Verhoek cheered.", surname: "Verhoek") == "Verhoek")
        #expect(try widened("He sang Rolling Verhoek at the show.", surname: "Verhoek") == "Verhoek")
    }

    @Test func aStageNameMayStartWithItsNumber() throws {
        #expect(try widened("The rapper 40 Grams said he would tour.", surname: "Grams") == "40 Grams")
        #expect(try widened("World number 46 Verhoek broke early.", surname: "Verhoek") == "Verhoek")
        #expect(try widened("Some 50 Verhoek fans waited outside.", surname: "Verhoek") == "Verhoek")
        #expect(try widened("Leeds 2 Verhoek 1 was the score.", surname: "Verhoek") == "Verhoek")
        #expect(try widened("The vote is on 5 May, officials said.", surname: "May", type: .organization) == "May")
    }

    /// The resolver's entities for sentences whose names are given (text, type), as the finder
    /// would have found them: resolution alone, whatever the tagger makes of invented names.
    func resolved(_ text: String, names: [[(String, EntityType)]]) throws -> EntityAnalysis {
        let sentences = SentenceSplitter().split(text)
        try #require(sentences.count == names.count)
        let found = sentences.enumerated().map { s, sentence in
            let words = sentence.tokens.map(\.text)
            let candidates = names[s].compactMap { name, type -> Candidate? in
                let parts = name.split(separator: " ").map(String.init)
                guard let start = words.indices.first(where: { Array(words.dropFirst($0).prefix(parts.count)) == parts }) else { return nil }
                return Candidate(sentence: s, tokens: start..<(start + parts.count), type: type, evidence: .tagger)
            }
            return NameFinder.Result(candidates: candidates, titles: [])
        }
        return Resolver(lexicon: try GluedNameTests.recognizer.get().lexicon).resolve(sentences, found: found, literals: [])
    }

    @Test func aClubsLastWordIsTheClubThatAddsOnlyAPlaceToIt() throws {
        let analysis = try resolved("""
        Glasgow Wanderers lost again. The group Fans Wanderers is angry. A tycoon owns a fifth of Wanderers.
        """, names: [[("Glasgow Wanderers", .organization)], [("Fans Wanderers", .organization)], [("Wanderers", .organization)]])
        #expect(analysis.entities.first { $0.name == "Glasgow Wanderers" }?.aliases == ["Wanderers"],
                "\(analysis.entities.map { ($0.name, $0.aliases) })")
        #expect(analysis.entities.first { $0.name == "Fans Wanderers" }?.aliases == [])
    }

    @Test func anOrganisationRenamedInAnAppositionIsOneOrganisation() throws {
        let renamed = try resolved("The MP launched Fairvote, the Open Ballot Alliance, in March.",
                                   names: [[("Fairvote", .organization), ("Open Ballot Alliance", .organization)]])
        #expect(renamed.entities.map { Set([$0.name] + $0.aliases) } == [["Fairvote", "Open Ballot Alliance"]])
        let listed = try resolved("Its members are Nordtel, the Vantek Alliance, and Halcyon.",
                                  names: [[("Nordtel", .organization), ("Vantek Alliance", .organization), ("Halcyon", .organization)]])
        #expect(listed.entities.count == 3, "\(listed.entities.map(\.name))")
    }

    @Test func anInitialAndSurnameJoinTheFullNameWhichNamesThem() throws {
        let analysis = try resolved("Martin Verhoek scored the first try. The side was T Marsh, M Verhoek and K Lowe.",
                                    names: [[("Martin Verhoek", .person)], [("T Marsh", .person), ("M Verhoek", .person), ("K Lowe", .person)]])
        let people = analysis.entities.filter { $0.type == .person }
        #expect(people.first { $0.name == "Martin Verhoek" }?.aliases == ["M Verhoek"], "\(people.map { ($0.name, $0.aliases) })")
    }
}
