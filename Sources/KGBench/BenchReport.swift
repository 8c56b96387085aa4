/// Everything `kg bench` measured; `--json` prints it as one object. A figure that could not
/// be measured (its stage or model not available yet) is left out and named in `absent`.
public struct BenchReport: Codable {
    struct Machine: Codable {
        var cpu: String
        var cores: Int
        var loadAverage: String
    }

    struct Corpus: Codable {
        var origin: String
        var articles: Int
        var sentences: Int
        var tokens: Int
        /// Tokens holding a letter or digit (punctuation excluded, as the peer counts).
        var words: Int
    }

    struct Stage: Codable {
        var name: String
        var cpuSeconds: Double
        var wallSeconds: Double
        var wordsPerCPUSecond: Double
        /// Share of the pipeline's CPU time.
        var share: Double
    }

    struct Ingest: Codable {
        var jobs: Int
        var articles: Int
        /// Edges created, and sentences of evidence stored (one per fact).
        var edges: Int
        var evidence: Int
        var wallSeconds: Double
        var storeSeconds: Double
        var articlesPerSecond: Double
        var edgesPerSecond: Double
        var storeShare: Double
        /// The corpus's words over the run's wall and CPU time (all workers and the writer).
        var wordsPerWallSecond: Double
        var wordsPerCPUSecond: Double
    }

    struct Graph: Codable {
        var nodes: Int
        var edges: Int
        var buildSeconds: Double
        var queries: Int
        /// Directed `path A -> B` through the query language (parse, resolve, search, render).
        var pathP50Ms: Double
        var pathP99Ms: Double
        var pathFound: Int
        /// Either-direction `path A -- B`.
        var undirectedP50Ms: Double
        var undirectedP99Ms: Double
        /// The bidirectional search alone (`PathFinder.shortestPath`).
        var searchP50Ms: Double
        var searchP99Ms: Double
        var patternP50Ms: Double
        var patternP99Ms: Double
        var patternRows: Int
        var peakRSSMb: Double
    }

    struct Peer: Codable {
        var command: String
        var words: Int
        var nlpCPUSeconds: Double
        var nlpWallSeconds: Double
        var wordsPerCPUSecond: Double
        var wordsPerSecond: Double
        var modelLoadSeconds: Double
        var triples: Int
    }

    struct Target: Codable {
        var name: String
        var value: Double
        var target: String
        var met: Bool
    }

    var machine: Machine
    var quick: Bool
    var threads: Int
    var corpus: Corpus?
    /// kg's extractor end to end (read → relations) on one thread.
    var wordsPerCPUSecond: Double?
    var wordsPerWallSecond: Double?
    var extractCPUSeconds: Double?
    var stages: [Stage] = []
    var modelLoadMs: Double?
    var languageModelLoadMs: Double?
    var entityModelLoadMs: Double?
    var ingest: Ingest?
    var graph: Graph?
    var pathP50Ms: Double?
    var pathP99Ms: Double?
    var patternP50Ms: Double?
    var patternP99Ms: Double?
    /// `kg query` from spawn to exit, wall clock; and the CPU time it used (steadier on a busy machine).
    var startupMs: Double?
    var startupCPUMs: Double?
    var startupQuery: String?
    /// ru_maxrss once the synthetic graph is loaded and queried (before any extraction).
    var peakRSSMb: Double?
    /// ru_maxrss at the end of the whole run.
    var runPeakRSSMb: Double = 0
    var peer: Peer?
    var speedupVsPeer: Double?
    var targets: [Target] = []
    var absent: [String] = []
    var totalSeconds: Double = 0
}
