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

    @Test func keywordsAfterTheCommand() {
        #expect(completion.candidates(for: "dep", after: "neighbors Romania ") == ["depth"])
        #expect(completion.candidates(for: "x", after: ".output ").isEmpty)
    }
}
