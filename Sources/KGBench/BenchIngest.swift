import Foundation
import KGCore
import KGPipeline
import KGReader
import KGStore

/// `kg ingest` into a fresh SQLite file: `jobs` extractors, one writer, and the writer's time
/// inside `Store.ingest` as the store's share of the wall time. Extraction runs on threads of this
/// process rather than in `kg ingest`'s worker processes, so that the CPU time measured is all of it.
enum BenchIngest {
    static func run(_ paths: [String], extractor: NewsExtractor, jobs: Int, database: String, words: Int) throws -> BenchReport.Ingest {
        let watch = Stopwatch()
        let store = try Store(path: database)
        var articles = 0, edges = 0, evidence = 0
        var storeSeconds = 0.0
        try orderedParallelMap(ArticleReader(paths: paths).makeIterator(), jobs: jobs, work: { item -> Extraction? in
            guard case .article(let article) = item else { return nil }
            return try? extractor.extract(article)
        }, consume: { extraction in
            guard let extraction else { return }
            let start = BenchClock.wall()
            let outcome = try store.ingest(extraction)
            storeSeconds += BenchClock.wall() - start
            articles += 1
            edges += outcome.newEdges
            evidence += outcome.evidence
        })
        let wall = watch.wall, cpu = watch.cpu
        return BenchReport.Ingest(jobs: jobs, articles: articles, edges: edges, evidence: evidence, wallSeconds: wall, storeSeconds: storeSeconds,
                                  articlesPerSecond: Double(articles) / wall, edgesPerSecond: Double(edges) / wall,
                                  storeShare: storeSeconds / wall, wordsPerWallSecond: Double(words) / wall,
                                  wordsPerCPUSecond: Double(words) / cpu)
    }
}
