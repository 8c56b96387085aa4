import Testing
@testable import KGStore
@testable import KGQuery

/// The issue: `entity Mr Howard` suggested Tim Howard and Howard Flight, not Michael Howard;
/// `entity Mr Blair` suggested nothing. Titles are not part of names, and a surname suggests
/// the people who bear it, the most connected first.
@Suite struct NameSuggestionTests {
    static func engine() throws -> QueryEngine {
        let store = try SampleGraph.store()
        try store.db.executeScript("""
            INSERT INTO entities (id, name, type) VALUES (30, 'Michael Howard', 'person'), (31, 'Tim Howard', 'person'),
              (32, 'Howard Flight', 'person'), (33, 'Tony Blair', 'person'), (34, 'Conservative Party', 'organization'),
              (35, 'Labour', 'organization'), (36, 'Howard Street', 'place');
            INSERT INTO aliases (key, alias, entity) VALUES ('michael howard', 'Michael Howard', 30), ('tim howard', 'Tim Howard', 31),
              ('howard flight', 'Howard Flight', 32), ('tony blair', 'Tony Blair', 33), ('conservative party', 'Conservative Party', 34),
              ('labour', 'Labour', 35), ('howard street', 'Howard Street', 36);
            INSERT INTO edges (id, subject, relation, object, negated, symmetric) VALUES
              (30, 30, 'lead', 34, 0, 0), (31, 30, 'criticise', 33, 0, 0), (32, 30, 'meet', 35, 0, 0),
              (33, 31, 'join', 34, 0, 0), (34, 33, 'lead', 35, 0, 0);
            """)
        return QueryEngine(store: store)
    }

    static func suggestions(_ query: String, _ engine: QueryEngine) -> String {
        do {
            _ = try engine.run(query)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func aTitleAndASurnameSuggestThePeopleWithThatSurnameMostConnectedFirst() throws {
        let engine = try Self.engine()
        #expect(Self.suggestions("entity Mr Howard", engine)
            == "column 8: no entity named \"Mr Howard\"; did you mean \"Michael Howard\", \"Tim Howard\", \"Howard Flight\"?")
        #expect(Self.suggestions("entity Mr Blair", engine) == "column 8: no entity named \"Mr Blair\"; did you mean \"Tony Blair\"?")
        #expect(Self.suggestions("path Prime Minister Blair -> Labour", engine).contains("did you mean \"Tony Blair\""))
        #expect(Self.suggestions("entity Dr. Howard", engine).contains("did you mean \"Michael Howard\""))
    }

    @Test func misspellingsStillSuggestTheClosestNames() throws {
        let engine = try Self.engine()
        #expect(Self.suggestions("entity Romnia", engine).contains("did you mean \"Romania\""))
        #expect(Self.suggestions("entity Mr", engine).contains("no entity named \"Mr\""))
    }

    @Test func completionOffersNamedEntitiesMostConnectedFirstAndConceptsApart() throws {
        let store = try SampleGraph.store()
        try store.db.executeScript("""
            INSERT INTO entities (id, name, type) VALUES (40, 'British jobs', 'concept');
            INSERT INTO edges (id, subject, relation, object, negated, symmetric) VALUES (40, 1, 'create', 40, 0, 0);
            """)
        let spellings = try QueryEngine(store: store).snapshot.spellingsForCompletion
        #expect(spellings.concepts == ["British jobs"])
        #expect(!spellings.named.contains("British jobs"))
        #expect(spellings.named.first == "Romania")
    }
}
