import Testing
import KGLanguage
@testable import KGEntities

/// Words of address, party short forms and two-letter codes, on sentences written for these tests.
@Suite struct HonorificsAndPartiesTests {
    static let recognizer = Result { try EntityRecognizer.load() }

    func analyze(_ text: String) throws -> EntityAnalysis {
        try Self.recognizer.get().analyze(SentenceSplitter().split(text))
    }

    @Test func anHonorificResolvesToThePersonAndIsNoRole() throws {
        let analysis = try analyze("""
        Finance chief Maria Delacroix spoke on Monday. Ms Delacroix said costs would fall. \
        Later Dr Anya Sorel and Sir Owen Tate met the board, and Tate agreed.
        """)
        let names = analysis.entities.map(\.name)
        #expect(names.filter { $0 == "Maria Delacroix" }.count == 1, "\(names)")
        #expect(!names.contains { $0.hasPrefix("Ms") || $0.hasPrefix("Dr") || $0.hasPrefix("Sir") || $0 == "Delacroix" })
        #expect(analysis.entities.first { $0.name == "Owen Tate" }?.type == .person)
        #expect(!analysis.roles.contains { ["Ms", "Dr", "Sir", "Mr"].contains($0.title) })
        let delacroix = try #require(analysis.entities.firstIndex { $0.name == "Maria Delacroix" })
        #expect(analysis.roles(of: delacroix).map(\.title) == ["Finance chief"])
    }

    @Test func aPartyBeforeATitleIsWhatTheTitleIsOfAndNeverPartOfTheName() throws {
        let analysis = try analyze("""
        Tory MP Harriet Vance said the plan would fail. Labour MP Tom Okafor disagreed, \
        and the Tories and the Lib Dems asked for a vote.
        """)
        let names = analysis.entities.map(\.name)
        #expect(names.contains("Harriet Vance") && names.contains("Tom Okafor"), "\(names)")
        #expect(!names.contains { $0.contains("MP") || $0.hasPrefix("Tory") || $0.hasPrefix("Labour MP") })
        let conservatives = try #require(analysis.entities.firstIndex { $0.name == "Conservative Party" })
        #expect(Set(analysis.entities[conservatives].aliases).isSuperset(of: ["Tory", "Tories"]))
        #expect(names.contains("Liberal Democrats") && names.contains("Labour Party"))
        let vance = try #require(analysis.entities.firstIndex { $0.name == "Harriet Vance" })
        let role = try #require(analysis.roles(of: vance).first)
        #expect(role.title == "MP" && role.of == conservatives)
    }

    @Test func twoLetterCodesAreNotPlacesInRunningText() throws {
        let analysis = try analyze("""
        South Africa beat Kenya by six wickets in Durban. SA now lead the series. \
        Shares in GT rose in NY after the deal, said Grayson Telecom.
        """)
        let places = analysis.entities.filter { $0.type == .place }
        #expect(!places.contains { entity in ([entity.name] + entity.aliases).contains { $0.count == 2 } }, "\(places)")
        #expect(analysis.entities.contains { $0.name == "South Africa" && $0.type == .place })
    }

    @Test func aTwoLetterAcronymNeverStandsForAPlaceAndAPlaceAloneIsNotTheFirmNamedAfterIt() throws {
        let analysis = try analyze("""
        Police in Northern Ireland said the NI figures were new. Mayors from Los Angeles met in LA.         Chips from Ohio Semiconductor sold well in Ohio, and Ohio Semiconductor said so.
        """)
        let places = analysis.entities.filter { $0.type == .place }
        #expect(!places.contains { entity in ([entity.name] + entity.aliases).contains { $0.count == 2 } }, "\(places)")
        #expect(!(analysis.entities.first { $0.name == "Ohio Semiconductor" }?.aliases.contains("Ohio") ?? false))
    }

    @Test func aRoleNounIsTheOnePersonTheArticleGaveThatRole() throws {
        let analysis = try analyze("""
        Prime Minister Harriet Vance visited Leeds on Monday. The prime minister said schools would get more money.         Ryanair chief executive Tom Okafor agreed, and the chief executive said fares would fall.         The chief executive of another airline disagreed.
        """)
        let roleMentions = analysis.mentions.filter { $0.text.first?.isLowercase == true && !Pronouns.resolvable.contains($0.text) }
        #expect(roleMentions.map { analysis.entities[$0.entity].name } == ["Harriet Vance", "Tom Okafor"])
        #expect(roleMentions.map(\.text) == ["prime minister", "chief executive"])
        #expect(!analysis.entities.contains { $0.aliases.contains("prime minister") }, "a mention, never an alias")
    }

    /// A royal title goes before a given name, so it stays part of the name, and is still the
    /// person's title: "the prince" and a later bare "Aldric" are that person.
    @Test func aTitleBeforeAGivenNameStaysInTheName() throws {
        let analysis = try analyze("""
        Prince Aldric opened a new hospital in Dunmere on Tuesday. The prince told staff that the \
        Dunmere Trust had done remarkable work. Aldric later visited a school.
        """)
        let people = analysis.entities.filter { $0.type == .person }.map(\.name)
        #expect(people == ["Prince Aldric"], "\(people)")
        let prince = try #require(analysis.entities.firstIndex { $0.name == "Prince Aldric" })
        #expect(analysis.roles(of: prince).map(\.title) == ["Prince"])
        #expect(Set(analysis.mentions.filter { $0.entity == prince }.map(\.text)) == ["Prince Aldric", "prince", "Aldric"])
    }

    /// Within one article a given name alone is the one person of the article who has it.
    @Test func aGivenNameJoinsTheArticlesOnePersonWithIt() throws {
        let analysis = try analyze("""
        Korvath Systems chief executive Aldric Vane opened an office in Dunmere on Tuesday. Aldric later \
        visited a school.
        """)
        let people = analysis.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Aldric Vane"], "\(people)")
    }
}
