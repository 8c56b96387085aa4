import KGCore
import Testing
import KGLanguage
@testable import KGRepair

@Suite struct TreePatternTests {
    /// `The guide left at noon from Oslo and at dusk from Bergen .`, with each from-phrase hung on
    /// the time phrase before it.
    static let parse = """
        # text = The guide left at noon from Oslo and at dusk from Bergen .
        1	The	the	DET	DT	_	2	det	_	_
        2	guide	guide	NOUN	NN	_	3	nsubj	_	_
        3	left	leave	VERB	VBD	_	0	root	_	_
        4	at	at	ADP	IN	_	5	case	_	_
        5	noon	noon	NOUN	NN	_	3	obl	_	_
        6	from	from	ADP	IN	_	7	case	_	_
        7	Oslo	Oslo	PROPN	NNP	_	5	nmod	_	_
        8	and	and	CCONJ	CC	_	10	cc	_	_
        9	at	at	ADP	IN	_	10	case	_	_
        10	dusk	dusk	NOUN	NN	_	5	conj	_	_
        11	from	from	ADP	IN	_	12	case	_	_
        12	Bergen	Bergen	PROPN	NNP	_	10	nmod	_	_
        13	.	.	PUNCT	.	_	3	punct	_	_

        """

    /// A place name under a time phrase belongs to the time phrase's head.
    static let placeUnderTime = TreePattern(match: [
        .token("place", .upos([.propn]), .relation([.nmod]), .hasChild([.case])),
        .head("time", of: "place", .before("place"), .upos([.noun])),
        .head("head", of: "time"),
    ], rewrite: [.attach("place", to: "head", as: .obl)])

    static func tokens() throws -> [Token] { try #require(try CoNLLU.parse(parse).first).tokens }

    @Test func everyMatchIsRewrittenReadingTheTreeAsFound() throws {
        var tokens = try Self.tokens()
        Self.placeUnderTime.apply(&tokens, DependencyTree(tokens))
        // Oslo moves to `left`; Bergen to `noon`, the head `dusk` had when the rule began.
        #expect(tokens[6].head == 2 && tokens[6].deprel == .obl)
        #expect(tokens[11].head == 4 && tokens[11].deprel == .obl)
        #expect(tokens.indices.filter { $0 != 6 && $0 != 11 }.allSatisfy { tokens[$0] == (try? Self.tokens())?[$0] })
    }

    @Test func aNodeThatIsNotThereIsNoMatch() throws {
        var tokens = try Self.tokens()
        let original = tokens
        // The word after the last one, and a first dependent by a relation nothing has.
        TreePattern(match: [.token("end", .upos([.punct])), .neighbour("after", 1, of: "end")],
                    rewrite: [.setUPOS("end", .x)]).apply(&tokens, DependencyTree(tokens))
        TreePattern(match: [.token("verb", .upos([.verb])), .firstChild("object", of: "verb", by: [.obj])],
                    rewrite: [.setUPOS("verb", .x)]).apply(&tokens, DependencyTree(tokens))
        #expect(tokens == original)
    }

    /// `heads(from:)`: `dusk` does not head the words between `noon` and it (`from Oslo and at`
    /// are not all its own), so only the pattern without that test matches.
    @Test func aTestCanNameANodeFoundBefore() throws {
        func conjunctRelabelled(_ tests: TreePattern.Test<String>...) throws -> Bool {
            var tokens = try Self.tokens()
            TreePattern(match: [
                .token("time", .upos([.noun]), .relation([.obl])),
                TreePattern.Node(name: "conjunct", place: .firstChild(of: "time", by: [.conj], where: []), tests: tests),
            ], rewrite: [.setRelation("conjunct", .obl)]).apply(&tokens, DependencyTree(tokens))
            return tokens[9].deprel == .obl
        }
        #expect(try conjunctRelabelled(.after("time")))
        #expect(try !conjunctRelabelled(.after("time"), .heads(from: "time")))
    }
}
