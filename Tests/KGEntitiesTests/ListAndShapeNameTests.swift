import Testing
import KGCore
import KGLanguage
@testable import KGEntities

/// Names the tagger misses that the text's own form gives away: lists of names, words shaped as
/// only names are, surnames that are title words, a name cut at its hyphen. Sentences written for
/// these tests.
@Suite struct ListAndShapeNameTests {
    func names(_ text: String) throws -> [String: EntityType] {
        let analysis = try ArticleVouchedNameTests().analyze(text)
        return Dictionary(analysis.entities.filter { $0.type != .concept }.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func everyCapitalisedItemOfAListOfNamesIsAName() throws {
        let found = try names("The tour's line-up includes DJ Corvo, KRX, Tamsin Hale and Odessa Vance this year.")
        for name in ["DJ Corvo", "KRX", "Tamsin Hale", "Odessa Vance"] { #expect(found[name] != nil, "\(found)") }
    }

    /// The last two items of a list, read by the tagger as one name, would make one node that a
    /// later mention of either joins.
    @Test func twoNamesJoinedByAndAreTwoNodesWhileAnAgencysNameStaysWhole() throws {
        let found = try names("Fans of Leeds, Derby County and Arsenal met on Sunday. Arsenal won the game.")
        #expect(found["Derby County"] != nil && found["Arsenal"] != nil, "\(found)")
        #expect(!found.keys.contains { $0.contains(" and ") }, "\(found)")
        let agencies = try names("Officials at the Department for Culture Media and Sport agreed.")
        #expect(agencies["Department for Culture Media and Sport"] != nil && agencies["Sport"] == nil, "\(agencies)")
    }

    @Test func titlesAndCommonWordsMakeNoListOfNames() throws {
        let found = try names("""
        Prime Minister, Chancellor and Home Secretary meet today. The site has pages on Arts, History, Music and Games for you.
        """)
        #expect(!found.keys.contains { $0.contains("Minister") || $0.contains("Chancellor") || $0.contains("Secretary") }, "\(found)")
        #expect(!found.keys.contains { ["Arts", "History", "Music", "Games"].contains($0) }, "\(found)")
        let outline = try names("Read sections II-C, IV and VII of the Harlow Report before the meeting.")
        #expect(!outline.keys.contains { $0.hasPrefix("II") || $0 == "IV" || $0 == "VII" }, "\(outline)")
    }

    @Test func innerCapitalsAndWebAddressesMakeNames() throws {
        let found = try names("Shares rose as the retailer said VolkerStrand lamps would go on sale at lumora.com as the iGlow range.")
        #expect(found["VolkerStrand"] != nil && found["lumora.com"] == .organization && found["iGlow"] == .object, "\(found)")
        for surname in ["McCready", "MacRae", "DiMarco"] { #expect(!ShapedNames.isCamelCase(surname)) }
        for word in ["PhD", "MPs", "guitarHe", "TraX"] { #expect(!ShapedNames.isCamelCase(word), "\(word)") }
        for word in ["MetroLink", "iPod", "eBay", "NorthPage.org"] { #expect(ShapedNames.isCamelCase(word), "\(word)") }
    }

    @Test func aSurnameThatIsATitleWordAfterATitleIsAName() throws {
        let analysis = try ArticleVouchedNameTests().analyze("""
        Labour MP Ruth King said the plan would fail. Ms King added that voters agreed. \
        The Lord Chancellor said nothing.
        """)
        let people = analysis.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Ruth King"], "\(analysis.entities.map(\.name))")
        #expect(analysis.mentions.filter { $0.entity == analysis.entities.firstIndex { $0.name == "Ruth King" } }.count >= 2)
    }

    @Test func anHonorificIsCutOffAHyphenatedSurname() throws {
        let analysis = try ArticleVouchedNameTests().analyze("""
        Former host Robert Vale-Dunn launched a party on Monday. Mr Vale-Dunn said voters wanted change, \
        and Vale-Dunn's rivals disagreed.
        """)
        #expect(analysis.entities.filter { $0.type == .person }.map(\.name) == ["Robert Vale-Dunn"], "\(analysis.entities.map(\.name))")
    }

    @Test func aPluralTitleIsNoNameNorAnAcronym() throws {
        let analysis = try ArticleVouchedNameTests().analyze("Michael Portman told MPs that the plan would fail. MPs voted against it.")
        #expect(!analysis.entities.contains { $0.name == "MPs" || $0.aliases.contains("MPs") }, "\(analysis.entities)")
    }

    @Test func aNameCutAtItsHyphenIsOneName() throws {
        let sentence = SentenceSplitter().split("The publisher Sean O-Hara said nothing.")[0]
        let sean = Candidate(sentence: 0, tokens: 2..<3, type: .person, evidence: .tagger)
        let hara = Candidate(sentence: 0, tokens: 5..<6, type: .person, evidence: .tagger)
        let lexicon = try GluedNameTests.recognizer.get().lexicon
        #expect(sentence.tokens.map(\.text) == ["The", "publisher", "Sean", "O", "-", "Hara", "said", "nothing", "."])
        #expect(HyphenatedNames.widened([sean, hara], in: sentence.tokens, lexicon: lexicon).map(\.tokens) == [2..<6])
    }

    @Test func aWebAddressAndItsNameAreOneEntity() throws {
        let analysis = try ArticleVouchedNameTests().analyze("The story ran on lumora.com first. Lumora's editor said Lumora would not apologise.")
        #expect(analysis.entities.filter { $0.name.lowercased().hasPrefix("lumora") }.count == 1, "\(analysis.entities.map(\.name))")
    }

    @Test func aStageNameAndARealNameAreOnePerson() throws {
        let analysis = try ArticleVouchedNameTests().analyze("The rapper Kay-Q, real name Dorian Bell, signed a deal on Monday.")
        let people = analysis.entities.filter { $0.type == .person }
        #expect(people.count == 1 && Set([people.first?.name] + (people.first?.aliases ?? [])) == ["Kay-Q", "Dorian Bell"],
                "\(analysis.entities)")
    }

    @Test func aCountryNamingACurrencyOrBesideAnotherIsKeptApart() throws {
        let analysis = try ArticleVouchedNameTests().analyze("""
        The firm paid in US dollars and A$40m in shares. The US then held China-UK talks \
        beside the Tampa Bay Falcons American football team.
        """)
        let names = analysis.entities.filter { $0.type != .concept }.map(\.name)
        for name in ["United States", "China", "United Kingdom", "Tampa Bay Falcons"] { #expect(names.contains(name), "\(names)") }
        #expect(!names.contains("A") && !names.contains { $0.contains("China-") || $0.hasSuffix("American") }, "\(names)")
        let us = analysis.entities.firstIndex { $0.name == "United States" }
        #expect(analysis.mentions.filter { $0.entity == us }.map(\.text) == ["US"], "the US of US dollars is no mention")
    }
}
