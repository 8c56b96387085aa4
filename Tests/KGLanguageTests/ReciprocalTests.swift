import Testing
@testable import KGLanguage

@Suite struct ReciprocalTests {
    let labels = ["root", "nsubj", "obj", "det", "nmod:poss", "case", "fixed"]
    var parser: Parser {
        Parser(labels: labels, tags: ["X\tX"], weights: SparseWeights(classCount: 1 + 2 * labels.count, rows: [], smallest: 0.5, strongest: 1))
    }
    func id(_ label: String) -> Int { labels.firstIndex(of: label)! }
    func words(_ text: String) -> [UInt64] { text.split(separator: " ").map { WordFeatures(String($0)).lower } }

    @Test func eachTakesThePlaceOfOtherWhichBecomesFixed() {
        // they helped each other 's children: the parse made "each" a determiner of "children".
        var heads = [1, -1, 5, 5, 3, 1]
        var labels = [id("nsubj"), id("root"), id("det"), id("nmod:poss"), id("case"), id("obj")]
        parser.attachReciprocals(words: words("They helped Each other 's children"), heads: &heads, labels: &labels)
        #expect(heads == [1, -1, 5, 2, 2, 1])
        #expect(labels == [id("nsubj"), id("root"), id("nmod:poss"), id("fixed"), id("case"), id("obj")])
    }

    @Test func aRepairThatWouldMakeACycleIsSkipped() {
        // "other" hangs from a word below "each": moving "each" there would close a loop.
        var heads = [-1, 0, 3, 1]
        var labels = [id("root"), id("obj"), id("det"), id("nmod:poss")]
        let before = (heads, labels)
        parser.attachReciprocals(words: words("helped each other children"), heads: &heads, labels: &labels)
        #expect(heads == before.0)
        #expect(labels == before.1)
    }
}
