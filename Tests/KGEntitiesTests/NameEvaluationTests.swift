import Foundation
import KGLanguage
import Testing
@testable import KGEntities

@Suite struct NameEvaluationTests {
    @Test func readsTheThreeLayoutsAndMapsTheirTypes() throws {
        let uner = "# sent_id = a-1\n# text = Ida Holm lives in Bergen\n1\tIda\tB-PER\t-\t-\n2\tHolm\tI-PER\t-\t-\n3\tlives\tO\t-\t-\n4\tin\tO\t-\t-\n5\tBergen\tB-LOC\t-\t-\n"
        let wikigold = "Ida I-PER\nHolm I-PER\njoined O\nAcme I-ORG\n. O\n"
        let conll = "-DOCSTART- -X- -X- O\n\nIda NNP B-NP B-person\nHolm NNP I-NP I-person\nsold VBD B-VP O\nGizmo NNP B-NP B-product\n"
        let a = try CoNLLNames.parse(uner)
        #expect(a.count == 1 && a[0].tags == ["B-PER", "I-PER", "O", "O", "B-LOC"])
        let b = try CoNLLNames.parse(wikigold)
        #expect(b[0].tags == ["B-PER", "I-PER", "O", "B-ORG", "O"])
        let c = try CoNLLNames.parse(conll)
        #expect(c.count == 1 && c[0].tags == ["B-PER", "I-PER", "O", "B-MISC"] && c[0].pos?.first == "NNP")
    }

    @Test func aBadTagNamesTheLine() {
        #expect(throws: CoNLLNames.FormatError.self) { try CoNLLNames.parse("Ida B-PER\nHolm PERSON\n") }
        do { _ = try CoNLLNames.parse("Ida B-PER\nHolm PERSON\n", file: "x.conll") } catch {
            #expect("\(error)".hasPrefix("x.conll:2:"))
        }
    }

    @Test func scoresExactSpansPerTypeAndOverall() {
        var score = NameScore()
        let gold = NameSpan.spans(of: ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"])
        let predicted = NameSpan.spans(of: ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG"])
        score.add(gold: gold, predicted: predicted)
        #expect(score.perType["PER"]?.f1 == 1)
        #expect(score.perType["LOC"]?.recall == 0)
        #expect(score.perType["ORG"]?.precision == 0.5)
        let all = score.total(of: ["PER", "LOC", "ORG"])
        #expect(all.truePositives == 2 && all.falsePositives == 1 && all.falseNegatives == 1)
    }

    @Test func theShippedRecognizerFindsNamesInGoldTokens() throws {
        let recognizer = try EntityRecognizer.load()
        let spans = recognizer.nameSpans(["Ida", "Holm", "flew", "from", "Norway", "to", "Peru", "."])
        #expect(spans.contains(NameSpan(tokens: 4..<5, label: "LOC")))
        #expect(spans.contains(NameSpan(tokens: 6..<7, label: "LOC")))
    }

    @Test func aSavedTaggerLoadsBackAndTagsTheSame() throws {
        let lexicon = try Lexicon.load()
        let training = [
            LabeledSentence(tokens: ["Ida", "Holm", "works", "at", "Acme", "Corp", "."], tags: ["B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"]),
            LabeledSentence(tokens: ["Per", "Lie", "visited", "Oslo", "."], tags: ["B-PER", "I-PER", "O", "B-LOC", "O"]),
        ]
        let tagger = NameTagger.train(training, lexicon: lexicon, classes: WordClasses(buckets: ["oslo": 4]), epochs: 3)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-names-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try tagger.save(to: url)
        let loaded = try NameTagger.load(from: url, lexicon: lexicon)
        let sentence = ["Ida", "Holm", "visited", "Oslo", "."]
        #expect(loaded.tag(sentence) == tagger.tag(sentence))
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: url)
        #expect(throws: ModelError.self) { try NameTagger.load(from: url, lexicon: lexicon) }
    }
}
