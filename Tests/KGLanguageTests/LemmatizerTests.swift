import KGCore
import Testing
@testable import KGLanguage

@Suite struct LemmatizerTests {
    /// The committed models: irregular forms come from the exception table, regular ones from rules.
    @Test(arguments: [
        ("sent", "VERB", "VBD", "send"), ("was", "AUX", "VBD", "be"), ("children", "NOUN", "NNS", "child"),
        ("studies", "NOUN", "NNS", "study"), ("agreed", "VERB", "VBD", "agree"), ("stopped", "VERB", "VBD", "stop"),
        ("running", "VERB", "VBG", "run"), ("better", "ADJ", "JJR", "good"), ("Romania", "PROPN", "NNP", "Romania"),
        ("Missiles", "NOUN", "NNS", "missile"), ("blicked", "VERB", "VBD", "blick"), ("zants", "NOUN", "NNS", "zant"),
    ])
    func lemmas(form: String, upos: String, xpos: String, lemma: String) throws {
        let models = try LanguageModels.load()
        #expect(models.lemmatizer.lemma(form: form, upos: upos, xpos: xpos) == lemma)
    }

    /// A rule's guess that is no verb gives way to the verb WordNet's rules make of the form.
    @Test func aVerbGuessThatIsNoVerbIsCheckedAgainstTheDictionary() throws {
        let verbs = VerbDictionary(lemmas: ["chair", "hope", "hop", "signal", "favour", "miss", "copy"], forms: ["signalled": "signal"])
        #expect(verbs.lemma("chaire", form: "chaired") == "chair")
        #expect(verbs.lemma("signall", form: "Signalled") == "signal")
        #expect(verbs.lemma("favo", form: "favoured") == "favour")
        #expect(verbs.lemma("hopp", form: "hopped") == "hop")
        #expect(verbs.lemma("hope", form: "hoped") == "hope")  // a verb already: kept
        #expect(verbs.lemma("mis", form: "missed") == "miss")
        #expect(verbs.lemma("copie", form: "copies") == "copy")
        #expect(verbs.lemma("zorble", form: "zorbled") == "zorble")  // nothing known: the guess stands
        #expect(VerbDictionary.empty.lemma("chaire", form: "chaired") == "chaire")
        // The shipped table is read with the models.
        #expect(try LanguageModels.load().verbs.lemma("chaire", form: "chaired") == "chair")
    }

    @Test func rulesAndExceptionsAreLearnedFromTheTreebank() throws {
        let lemmatizer = Lemmatizer.train(try CoNLLU.parse(tinyTreebank).map(\.tokens))
        #expect(lemmatizer.lemma(form: "gave", upos: "VERB", xpos: "VBD") == "give")
        #expect(lemmatizer.lemma(form: "him", upos: "PRON", xpos: "PRP") == "he")
        // Learned from "trees"/"workers" (-s) and "chased" (-d).
        #expect(lemmatizer.lemma(form: "rivers", upos: "NOUN", xpos: "NNS") == "river")
    }

    @Test func installedModelsParseASimpleSentence() throws {
        let models = try LanguageModels.load()
        let words = ["The", "children", "sent", "letters", "to", "Romania", "."]
        var offset = 0
        var sentence = Sentence(text: words.joined(separator: " "), start: 0, end: 0, tokens: words.map { word in
            defer { offset += word.count + 1 }
            return Token(text: word, start: offset, end: offset + word.count)
        })
        models.annotate(&sentence)
        let tokens = sentence.tokens
        #expect(tokens.map(\.upos) == [.det, .noun, .verb, .noun, .adp, .propn, .punct])
        #expect(tokens[2].head == -1 && tokens[2].deprel == .root)
        #expect(tokens[1].head == 2 && tokens[1].deprel == .nsubj)
        #expect(tokens[3].head == 2 && tokens[3].deprel == .obj)
        #expect(tokens[5].head == 2 && tokens[5].deprel == .obl)
        #expect(tokens.map(\.lemma) == ["the", "child", "send", "letter", "to", "Romania", "."])
    }
}
