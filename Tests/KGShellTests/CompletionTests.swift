import Testing
@testable import KGShell

@Suite struct CompletionTests {
    let completion = Completion(names: ["Romania", "Russia", "North Korea", "North Macedonia", "Joe Biden", "Patriot"])

    @Test func commandsAndNamesAtLineStart() {
        #expect(completion.candidates(for: "pa", after: "") == ["path", "Patriot"])
        #expect(completion.candidates(for: ".mo", after: "") == [".mode"])
        #expect(completion.candidates(for: "js", after: ".mode ") == ["json"])
        #expect(completion.candidates(for: "o", after: ".timer ") == ["on", "off"])
    }

    @Test func entityNamesIgnoreCase() {
        #expect(completion.candidates(for: "Roma", after: "path ") == ["Romania"])
        #expect(completion.candidates(for: "ru", after: "path Romania -> ") == ["Russia"])
    }

    @Test func multiWordNamesCompleteAfterTheirFirstWord() {
        #expect(completion.candidates(for: "Ko", after: "path North ") == ["Korea"])
        #expect(completion.candidates(for: "", after: "neighbors North ") == ["Korea", "Macedonia"])
        #expect(completion.candidates(for: "Ko", after: "path \"North ") == ["Korea"])
        #expect(completion.candidates(for: "No", after: "path ") == ["North Korea", "North Macedonia"])
    }

    /// The issue: `path North Ko<Tab>` offered every name starting "Ko", and
    /// `entity Gordon Br<Tab>` 128 "Br…" names, concepts included.
    @Test func theMostTypedWordsWinAndNamedEntitiesComeBeforeConcepts() {
        let completion = Completion(names: ["Gordon Brown", "Brussels", "North Korea", "Kosovo", "Korea Exchange Bank"],
                                    concepts: ["British jobs", "Korean won"])
        #expect(completion.candidates(for: "Ko", after: "path North ") == ["Korea"])
        #expect(completion.candidates(for: "Br", after: "entity Gordon ") == ["Brown"])
        #expect(completion.candidates(for: "Br", after: "entity ") == ["Brussels", "Gordon Brown", "British jobs"])
    }

    @Test func aNameCompletesFromAnyOfItsWords() {
        let completion = Completion(names: ["Gordon Brown", "North Korea", "Kosovo", "Jean-Claude Juncker"])
        #expect(completion.candidates(for: "Kor", after: "path Romania -> ") == ["North Korea"])
        #expect(completion.candidates(for: "brow", after: "entity ") == ["Gordon Brown"])
        #expect(completion.candidates(for: "Cla", after: "entity ") == ["Jean-Claude Juncker"])
    }

    @Test func keywordsAfterTheCommand() {
        #expect(completion.candidates(for: "dep", after: "neighbors Romania ") == ["depth"])
        #expect(completion.candidates(for: "x", after: ".output ").isEmpty)
    }
}
