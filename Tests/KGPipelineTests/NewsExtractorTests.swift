import KGCore
import Testing
import KGReader
import KGRelations
@testable import KGPipeline

/// End to end through the shipped models: text in, facts between entities out.
@Suite struct NewsExtractorTests {
    static let extractor = Result { try NewsExtractor() }

    func facts(_ text: String) throws -> [(subject: String, relation: String, object: String, fact: Fact)] {
        let article = Article(source: "test.txt", title: "", text: text, hash: "test")
        let extraction = try Self.extractor.get().extract(article)
        return extraction.facts.map { (extraction.entities[$0.subject].name, $0.relation, extraction.entities[$0.object].name, $0) }
    }

    @Test func controlThroughANounAndItsPreposition() throws {
        let found = try facts("Estonia's decision to send a howitzer battery to Moldova surprised analysts.")
        #expect(found.contains { $0.subject == "Estonia" && $0.relation == "send_to" && $0.object == "Moldova" })
    }

    /// The words of a title stop at a verb or preposition: "called for Commons leader" was the title,
    /// and the party that called for him became what he leads.
    @Test func aTitleStopsAtTheVerbBeforeIt() throws {
        let found = try facts("Labour called for Commons leader Ana Ruiz to make a statement.")
        let titles = found.filter { $0.relation == "title" }.map(\.object)
        #expect(titles == ["Commons leader"], "\(titles)")
        #expect(!found.contains { $0.subject == "Ana Ruiz" && $0.object == "Labour Party" }, "\(found.map { ($0.subject, $0.relation, $0.object) })")
    }

    @Test func reciprocalAgreementIsOneSymmetricPact() throws {
        let found = try facts("Chile and Peru agreed to defend each other's borders.")
        let pact = try #require(found.first { $0.relation == "pact" })
        #expect(Set([pact.subject, pact.object]) == ["Chile", "Peru"])
        #expect(pact.fact.symmetric)
    }

    @Test func negatedPassiveIsStoredButFlagged() throws {
        let found = try facts("Kenya was not supplied by Egypt.")
        let supplied = try #require(found.first { $0.subject == "Egypt" && $0.object == "Kenya" })
        #expect(supplied.relation == "send")
        #expect(supplied.fact.negated)
    }

    @Test func noEndIsAnUnresolvedPronoun() throws {
        let found = try facts("It sent tanks to Latvia. They said that Norway bought them.")
        let pronouns: Set<String> = ["it", "they", "them"]
        #expect(!found.contains { pronouns.contains($0.subject.lowercased()) || pronouns.contains($0.object.lowercased()) })
    }

    /// Regression (found by Tests/Sweep/sweep.py): a clause whose first word is a preposition
    /// that also ends the sentence sent the relative-clause repair past the last token.
    @Test func aFragmentEndingInItsPrepositionExtracts() throws {
        for text in ["ever been to", "Never gone to", "The town they moved from"] {
            _ = try facts(text)
        }
    }
}
