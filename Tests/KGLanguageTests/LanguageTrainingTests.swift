import Foundation
import KGCore
import Testing
@testable import KGLanguage

/// A tiny hand-written treebank: every word and arc here is made up for the tests.
let tinyTreebank = """
# sent_id = t1
# text = The cat sleeps.
1	The	the	DET	DT	_	2	det	_	_
2	cat	cat	NOUN	NN	_	3	nsubj	_	_
3	sleeps	sleep	VERB	VBZ	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t2
# text = Dogs chased the red ball.
1	Dogs	dog	NOUN	NNS	_	2	nsubj	_	_
2	chased	chase	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	5	det	_	_
4	red	red	ADJ	JJ	_	5	amod	_	_
5	ball	ball	NOUN	NN	_	2	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t3
# text = She gave him a book in the garden.
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	gave	give	VERB	VBD	_	0	root	_	_
3	him	he	PRON	PRP	_	2	iobj	_	_
4	a	a	DET	DT	_	5	det	_	_
5	book	book	NOUN	NN	_	2	obj	_	_
6	in	in	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	_
8	garden	garden	NOUN	NN	_	2	obl	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t4
# text = Old trees were cut down by workers.
1	Old	old	ADJ	JJ	_	2	amod	_	_
2	trees	tree	NOUN	NNS	_	4	nsubj:pass	_	_
3	were	be	AUX	VBD	_	4	aux:pass	_	_
4	cut	cut	VERB	VBN	_	0	root	_	_
5	down	down	ADP	RP	_	4	compound:prt	_	_
6	by	by	ADP	IN	_	7	case	_	_
7	workers	worker	NOUN	NNS	_	4	obl	_	SpaceAfter=No
8	.	.	PUNCT	.	_	4	punct	_	_

"""

func tinyModels() throws -> (LanguageModels, [CoNLLU.Record]) {
    let records = try CoNLLU.parse(tinyTreebank)
    var training = LanguageTraining()
    training.taggerIterations = 15
    training.parserIterations = 15
    training.folds = 0
    // Four sentences give small averaged weights; keep them all.
    training.weightThreshold = 0.01
    training.featureThreshold = 0.01
    return (training.train(train: records), records)
}

@Suite struct LanguageTrainingTests {
    @Test func tinyTrainingRunLearnsItsOwnSentences() throws {
        let (models, records) = try tinyModels()
        let result = Evaluation.run(models, on: records)
        #expect(result.upos == 1)
        #expect(result.xpos == 1)
        #expect(result.uas == 1)
        #expect(result.las == 1)
    }

    @Test func trainingIsReproducibleForASeed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kg-seed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (first, _) = try tinyModels()
        let (second, _) = try tinyModels()
        try first.write(to: dir.appendingPathComponent("a"))
        try second.write(to: dir.appendingPathComponent("b"))
        for name in ["tagger.kgm", "parser.kgm", "lemmas.kgm"] {
            let a = try Data(contentsOf: dir.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: dir.appendingPathComponent("b/\(name)"))
            #expect(a == b, "\(name) differs between two runs with the same seed")
        }
    }

    @Test func twoPassTaggerWithJackknifedTagsLearnsItsOwnSentences() throws {
        // Folds on; the training set is the tiny treebank twice, so every fold has seen every sentence.
        let records = try CoNLLU.parse(tinyTreebank + tinyTreebank)
        var training = LanguageTraining()
        training.taggerIterations = 15
        training.parserIterations = 15
        training.folds = 2
        training.weightThreshold = 0.01
        training.featureThreshold = 0.01
        let models = training.train(train: records)
        #expect(models.tagger.refinement != nil)
        let result = Evaluation.run(models, on: records)
        #expect(result.upos == 1)
        #expect(result.xpos == 1)
    }

    @Test func ambiguityClassesGroupWordsThatTakeTheSameTags() throws {
        // "run" and "walk" are nouns and verbs, "cat" only a noun, "zebra" never seen.
        let sentences = [["run", "walk", "cat"], ["run", "walk", "cat"], ["run", "walk", "cat"], ["Run", "walk", "cat"]]
        let gold = [[1, 1, 0], [2, 2, 0], [1, 1, 0], [2, 2, 0]]
        let classes = AmbiguityClasses(words: sentences.map { WordFeatures.padded($0) }, gold: gold, minimumCount: 3)
        var words = WordFeatures.padded(["walk", "run", "cat", "zebra", "RUN"])
        classes.annotate(&words)
        let p = WordFeatures.padding
        #expect(words[p].ambiguity == words[p + 1].ambiguity)
        #expect(words[p].ambiguity != words[p + 2].ambiguity)
        #expect(words[p + 3].ambiguity == AmbiguityClasses.unknown)
        #expect(words[p + 4].ambiguity == words[p + 1].ambiguity, "classes are keyed by the lowercase form")
        #expect(words[0].ambiguity == WordFeatures.start.ambiguity, "padding keeps its own value")
    }

    @Test func annotateFillsEveryField() throws {
        let (models, _) = try tinyModels()
        var sentence = Sentence(text: "The cat sleeps.", start: 0, end: 15, tokens: [
            Token(text: "The", start: 0, end: 3), Token(text: "cat", start: 4, end: 7),
            Token(text: "sleeps", start: 8, end: 14), Token(text: ".", start: 14, end: 15),
        ])
        models.annotate(&sentence)
        #expect(sentence.tokens.map(\.upos) == [.det, .noun, .verb, .punct])
        #expect(sentence.tokens.map(\.head) == [1, 2, -1, 2])
        #expect(sentence.tokens.map(\.deprel) == [.det, .nsubj, .root, .punct])
        #expect(sentence.tokens.map(\.lemma) == ["the", "cat", "sleep", "."])
    }

    @Test func overlongSentencesParseIntoOneTree() throws {
        let (models, _) = try tinyModels()
        let words = (0..<700).map { $0 % 7 == 6 ? "." : ["the", "cat", "sleeps", "dogs", "chased", "him"][$0 % 7] }
        var sentence = Sentence(text: "", start: 0, end: 0,
                                tokens: words.enumerated().map { Token(text: $1, start: $0, end: $0 + 1) })
        models.annotate(&sentence)
        #expect(sentence.tokens.filter { $0.head == -1 }.count == 1)
        #expect(sentence.tokens.allSatisfy { $0.head >= -1 && $0.head < 700 && $0.deprel != .unparsed })
    }
}
