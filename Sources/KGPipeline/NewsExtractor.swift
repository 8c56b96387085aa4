import KGCore
import KGReader
import KGLanguage
import KGRepair
import KGEntities
import KGRelations

/// kg's standard extractor: segment and tokenize → tag and parse → repair the parse → entities → relations.
///
/// The models are loaded once, by `init`; `extract` only reads them, so one extractor serves
/// every worker of a parallel ingest.
public struct NewsExtractor: Extractor {
    let splitter = SentenceSplitter()
    let models: LanguageModels
    let repair = ParseRepair()
    let recognizer: EntityRecognizer
    let relations: RelationExtractor

    public init(relations: RelationExtractor.Options = .init()) throws {
        models = try LanguageModels.load()
        recognizer = try EntityRecognizer.load()
        self.relations = RelationExtractor(options: relations)
    }

    public func extract(_ article: Article) throws -> Extraction {
        FaultHook.fromEnvironment?.fire(on: article.text)
        let segmentation = splitter.segment(article.text)
        var sentences = segmentation.sentences
        for i in sentences.indices {
            models.annotate(&sentences[i])
            repair.repair(&sentences[i])
        }
        let analysis = recognizer.analyze(sentences)
        let result = relations.extract(sentences, analysis: analysis)
        return Extraction(article: article, sentences: sentences, entities: result.entities, mentions: analysis.mentions,
                          facts: result.facts,
                          warnings: segmentation.warnings(source: article.source, maximumTokens: splitter.maximumTokens))
    }
}
