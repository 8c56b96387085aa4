import KGCore
import Testing
import KGReader
@testable import KGPipeline

/// "the firm", "the party", a subject "it": a definite description is the one organisation of its kind the
/// article named before it (as a subject), or nothing. End to end, since the choice reads the
/// parse. Articles written for these tests.
@Suite struct DescriptionTests {
    static let extractor = Result { try NewsExtractor() }

    func extraction(_ text: String) throws -> Extraction {
        try Self.extractor.get().extract(Article(source: "test.txt", title: "", text: text, hash: "test"))
    }

    /// The entity the description `word` of sentence `sentence` resolved to, if any.
    func referent(_ text: String, word: String, sentence: Int) throws -> String? {
        let extraction = try extraction(text)
        let token = try #require(extraction.sentences[sentence].tokens.firstIndex { $0.text == word })
        return extraction.mentions.first { $0.sentence == sentence && $0.tokens.contains(token) }
            .map { extraction.entities[$0.entity].name }
    }

    @Test func aDescriptionIsTheOneOrganisationNamedBefore() throws {
        let text = "Brackwell Holdings said on Monday that its sales rose. The firm will open two plants in Spain."
        #expect(try referent(text, word: "firm", sentence: 1) == "Brackwell Holdings")
        let facts = try extraction(text).facts
        let entities = try extraction(text).entities
        #expect(facts.contains { entities[$0.subject].name == "Brackwell Holdings" && entities[$0.object].name == "Spain" })
    }

    @Test func aPartyIsTheOnePartyNamedBefore() throws {
        let text = "The Harbour Party won two seats in the council. Later the party chose a new leader."
        #expect(try referent(text, word: "party", sentence: 1) == "Harbour Party")
    }

    @Test func twoOrganisationsLeaveTheDescriptionUnresolved() throws {
        let text = "Brackwell Holdings sued Tarnow Industries on Monday. The company wants damages."
        #expect(try referent(text, word: "company", sentence: 1) == nil)
    }

    @Test func aDescriptionBeforeAnyNameStaysUnresolved() throws {
        let text = "The company lost money last year. Brackwell Holdings said its sales rose."
        #expect(try referent(text, word: "company", sentence: 0) == nil)
    }

    /// An organisation of another kind, one the text only told, or "the rival firm" is not meant.
    @Test func onlyASubjectOfTheRightKindIsAnAntecedent() throws {
        let party = "The Harbour Party won two seats. The company said it was pleased."
        #expect(try referent(party, word: "company", sentence: 1) == nil)
        let told = "A spokesman told Brackwell Holdings about the plan. The firm will open two plants."
        #expect(try referent(told, word: "firm", sentence: 1) == nil)
        let rival = "Brackwell Holdings said its sales rose. The rival firm will open two plants."
        #expect(try referent(rival, word: "firm", sentence: 1) == nil)
    }

    @Test func aSubjectItIsTheOrganisationThatWasTheSubjectBefore() throws {
        let text = "Brackwell Holdings said its sales rose. It owns two mines in Chile."
        #expect(try referent(text, word: "It", sentence: 1) == "Brackwell Holdings")
    }

    /// A nearer subject that is no organisation, or an impersonal verb, leaves `it` alone.
    @Test func itStaysUnresolvedAfterAnotherSubjectOrBeforeAnImpersonalVerb() throws {
        let deal = "Brackwell Holdings signed the deal. The deal was large, and it angered Tarnow."
        #expect(try referent(deal, word: "it", sentence: 1) == nil)
        let impersonal = "Brackwell Holdings said its sales rose. It is not clear why."
        #expect(try referent(impersonal, word: "It", sentence: 1) == nil)
    }
}
