import KGCore
import Testing
import KGLanguage
@testable import KGEntities

/// Articles written for these tests; each names the same people and places in several forms.
@Suite struct ResolutionTests {
    static let recognizer = Result { try EntityRecognizer.load() }

    func analyze(_ text: String) throws -> (EntityAnalysis, [Sentence]) {
        let sentences = SentenceSplitter().split(text)
        return (try Self.recognizer.get().analyze(sentences), sentences)
    }

    func entity(_ analysis: EntityAnalysis, _ name: String) -> Entity? {
        analysis.entities.first { $0.name == name }
    }

    @Test func titlesShortFormsAndCountryCodesResolveToOneNodeEach() throws {
        let (analysis, _) = try analyze("""
        Prime Minister Maria Keller of Norway visited the United States on Tuesday. \
        Keller met U.S. Secretary of State Daniel Ortiz in Washington. \
        Ortiz said he welcomed the offer. The US and Norway signed a fisheries pact.
        """)
        let names = analysis.entities.map(\.name)
        #expect(names.filter { $0 == "Maria Keller" }.count == 1)
        #expect(names.filter { $0 == "Daniel Ortiz" }.count == 1)
        #expect(names.filter { $0 == "United States" }.count == 1)
        #expect(!names.contains("Keller") && !names.contains("Ortiz") && !names.contains("US"))
        #expect(entity(analysis, "Maria Keller")?.type == .person)
        let aliases = Set(entity(analysis, "United States")?.aliases ?? [])
        #expect(aliases.isSuperset(of: ["U.S.", "US"]))
        #expect(!names.contains { $0.hasPrefix("Prime") || $0.hasPrefix("Secretary") })
    }

    @Test func aSecondArticleWithOtherFormsAlsoGivesOneNodeEach() throws {
        let (analysis, _) = try analyze("""
        Norwegian leader Maria Keller flew to Washington. \
        President Tom Hale of the United States of America greeted Keller at the airport. \
        Hale and Keller spoke about Norway for an hour, and the USA promised more talks.
        """)
        let names = analysis.entities.map(\.name)
        for name in ["Maria Keller", "Tom Hale", "United States", "Norway"] {
            #expect(names.filter { $0 == name }.count == 1, "\(name) in \(names)")
        }
        #expect(!names.contains("Norwegian"))
    }

    @Test func titlesBecomeRolesOfTheDemonymsCountryOrTheNameBeforeThem() throws {
        let (analysis, _) = try analyze("""
        Brazilian Foreign Minister Ana Ribeiro met reporters. \
        Later, Ribeiro spoke with Carl Dunn, director of the Lindqvist Institute.
        """)
        let ribeiro = try #require(analysis.entities.firstIndex { $0.name == "Ana Ribeiro" })
        let role = try #require(analysis.roles(of: ribeiro).first)
        #expect(role.title == "Foreign Minister")
        #expect(role.of.map { analysis.entities[$0].name } == "Brazil")
        #expect(analysis.entities[ribeiro].type == .person)
        let dunn = try #require(analysis.entities.firstIndex { $0.name == "Carl Dunn" })
        let directorship = try #require(analysis.roles(of: dunn).first)
        #expect(directorship.title == "director")
        #expect(directorship.of.map { analysis.entities[$0].name } == "Lindqvist Institute")
        #expect(analysis.entities.first { $0.name == "Lindqvist Institute" }?.type == .organization)
    }

    @Test func acronymsPossessivesAndPluralsJoinTheirNames() throws {
        let (analysis, _) = try analyze("""
        The Orbital Freight Company launched a Falcon rocket from Kenya's coast on Friday. \
        Kenyan officials praised OFC for the launch. Two more Falcons will fly next year.
        """)
        let names = analysis.entities.map(\.name)
        #expect(entity(analysis, "Orbital Freight Company")?.type == .organization)
        #expect(entity(analysis, "Orbital Freight Company")?.aliases.contains("OFC") == true)
        #expect(entity(analysis, "Falcon")?.type == .object)
        #expect(entity(analysis, "Falcon")?.aliases.contains("Falcons") == true)
        #expect(names.contains("Kenya") && !names.contains("Kenyan") && !names.contains { $0.hasSuffix("'s") })
        #expect(!names.contains("OFC") && !names.contains("Falcons"))
    }

    @Test func spelledOutPhrasesLicenseAcronymsByInitials() throws {
        let (analysis, _) = try analyze("""
        Engineers tested the Northern Coastal Radar Array last spring. \
        The NCRA detected the storm early.
        """)
        let radar = try #require(analysis.entities.first { $0.aliases.contains("NCRA") || $0.name == "NCRA" })
        #expect(radar.name == "Northern Coastal Radar Array")
    }

    @Test func anAcronymsPhraseOwnsTheCountryNameInsideIt() throws {
        let (analysis, _) = try analyze("The Chile Space Agency (CSA) launched a probe. CSA engineers cheered in Santiago.")
        let agency = try #require(analysis.entities.first { $0.name == "Chile Space Agency" })
        #expect(agency.type == .organization && agency.aliases.contains("CSA"))
        #expect(!analysis.entities.contains { $0.name == "Chile" })
    }

    @Test func aTitleAloneIsNotANode() throws {
        let (analysis, _) = try analyze("Yesterday the Peruvian President greeted Finnish Prime Minister Aino Laine in Lima.")
        #expect(!analysis.entities.contains { $0.name.contains("President") || $0.name.contains("Peruvian") })
        let laine = try #require(analysis.entities.firstIndex { $0.name == "Aino Laine" })
        #expect(analysis.roles(of: laine).first.flatMap { $0.of }.map { analysis.entities[$0].name } == "Finland")
    }

    @Test func russianFederationIsRussia() throws {
        let (analysis, _) = try analyze("Officials in the Russian federation denied it. Russia said nothing more.")
        #expect(analysis.entities.filter { $0.type == .place }.map(\.name) == ["Russia"])
    }

    @Test func heResolvesToTheOnePersonNamedBeforeButItAndTheyDoNot() throws {
        let (analysis, sentences) = try analyze("""
        Mayor Lena Park opened the new bridge in Oslo. She said it would carry trams. \
        They will run from May.
        """)
        let park = try #require(analysis.entities.firstIndex { $0.name == "Lena Park" })
        let she = try #require(sentences[1].tokens.firstIndex { $0.text == "She" })
        #expect(analysis.mention(sentence: 1, token: she)?.entity == park)
        let it = try #require(sentences[1].tokens.firstIndex { $0.text == "it" })
        #expect(analysis.mention(sentence: 1, token: it) == nil)
        #expect(analysis.mention(sentence: 2, token: 0) == nil)
    }

    @Test func itIsTheNamedSpeakerOfReportedSpeechOnly() throws {
        let (analysis, sentences) = try analyze("Norway said it would send two ships. It is not clear when.")
        let it = try #require(sentences[0].tokens.firstIndex { $0.text == "it" })
        #expect(analysis.mention(sentence: 0, token: it).map { analysis.entities[$0.entity].name } == "Norway")
        #expect(analysis.mention(sentence: 1, token: 0) == nil)
    }

    @Test func heStaysUnresolvedBetweenTwoPeople() throws {
        let (analysis, sentences) = try analyze("Anna Berg called Peter Lund. Later he left.")
        let he = try #require(sentences[1].tokens.firstIndex { $0.text == "he" })
        #expect(analysis.mention(sentence: 1, token: he) == nil)
    }

    @Test func timesAndNumbersAreLiteralsNotEntities() throws {
        let (analysis, _) = try analyze("The ship left Lisbon on Monday, June 3, 2024 with 40 sailors.")
        #expect(analysis.entities.map(\.name) == ["Lisbon"])
        #expect(analysis.literals.contains { $0.type == .time && $0.text.contains("June 3") })
        #expect(analysis.literals.contains { $0.type == .number && $0.text == "40" })
    }

    @Test func mentionLookupCoversEveryTokenOfAName() throws {
        let (analysis, sentences) = try analyze("Daniel Ortiz arrived in Madrid.")
        let madrid = try #require(sentences[0].tokens.firstIndex { $0.text == "Madrid" })
        #expect(analysis.mention(sentence: 0, token: 0)?.text == "Daniel Ortiz")
        #expect(analysis.mention(sentence: 0, token: 1)?.text == "Daniel Ortiz")
        #expect(analysis.mention(sentence: 0, token: madrid).map { analysis.entities[$0.entity].name } == "Madrid")
        #expect(analysis.mention(sentence: 0, token: 2) == nil)
    }
}
