import Foundation
@testable import KGStore
@testable import KGExport

/// A store in a temporary file, filled row by row with SQL, so each test states its graph exactly.
final class GraphFixture {
    let path: String
    let store: Store
    private var sentenceCount: [Int: Int] = [:]

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("kg-export-\(UUID().uuidString).sqlite").path
        store = try Store(path: path)
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @discardableResult
    func article(_ title: String, date: String? = nil, source: String? = nil) throws -> Int {
        try store.db.execute("""
            INSERT INTO articles(source, title, date, hash, ingested_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z')
            """, [.text(source ?? "articles/\(title).txt"), .text(title), DatabaseValue(date), .text(UUID().uuidString)])
        return Int(store.db.lastInsertRowID)
    }

    @discardableResult
    func entity(_ name: String, _ type: String, aliases: [String] = []) throws -> Int {
        try store.db.execute("INSERT INTO entities(name, type) VALUES (?, ?)", [.text(name), .text(type)])
        let id = Int(store.db.lastInsertRowID)
        for (index, alias) in ([name] + aliases).enumerated() {
            try store.db.execute("INSERT INTO aliases(key, alias, entity) VALUES (?, ?, ?)",
                                 [.text("\(id)/\(index)"), .text(alias), DatabaseValue(id)])
        }
        return id
    }

    /// A fact and its evidence: each (article, sentence) pair becomes a sentence of that article.
    @discardableResult
    func fact(_ subject: Int, _ relation: String, _ object: Int, negated: Bool = false, symmetric: Bool = false,
              modality: String = "asserted", evidence: [(article: Int, sentence: String)] = []) throws -> Int {
        try store.db.execute("INSERT INTO edges(subject, relation, object, negated, symmetric) VALUES (?, ?, ?, ?, ?)",
                             [DatabaseValue(subject), .text(relation), DatabaseValue(object),
                              DatabaseValue(negated), DatabaseValue(symmetric)])
        let edge = Int(store.db.lastInsertRowID)
        for (index, item) in evidence.enumerated() {
            let ord = sentenceCount[item.article, default: 0]
            sentenceCount[item.article] = ord + 1
            try store.db.execute("INSERT INTO sentences(article, ord, start, \"end\", text) VALUES (?, ?, 0, ?, ?)",
                                 [DatabaseValue(item.article), DatabaseValue(ord),
                                  DatabaseValue(item.sentence.unicodeScalars.count), .text(item.sentence)])
            let sentence = Int(store.db.lastInsertRowID)
            try store.db.execute("""
                INSERT INTO evidence(edge, sentence, start, "end", phrase, modality, confidence) VALUES (?, ?, 0, 1, ?, ?, ?)
                """, [DatabaseValue(edge), DatabaseValue(sentence), .text(relation), .text(modality),
                      .real(0.5 + Double(index) / 10)])
        }
        return edge
    }

    var subgraph: Subgraph {
        get throws { Subgraph(entities: try store.entities(), edges: try store.edges()) }
    }

    /// Romania sends a Patriot; Russia and North Korea agree a pact; Germany does not send Taurus.
    static func small() throws -> GraphFixture {
        let graph = try GraphFixture()
        let bucharest = try graph.article("Romania sends air defence", date: "2024-05-02")
        let pyongyang = try graph.article("A pact in Pyongyang", date: "2024-06-19")
        let berlin = try graph.article("Berlin holds back", date: nil, source: "feeds/news.jsonl:3")
        let romania = try graph.entity("Romania", "place")
        let patriot = try graph.entity("Patriot", "object", aliases: ["Patriot system"])
        let ukraine = try graph.entity("Ukraine", "place")
        let russia = try graph.entity("Russia", "place")
        let korea = try graph.entity("North Korea", "place", aliases: ["DPRK"])
        let biden = try graph.entity("Joe Biden", "person", aliases: ["Biden", "President Joe Biden"])
        let nato = try graph.entity("NATO", "organization")
        let germany = try graph.entity("Germany", "place")
        let taurus = try graph.entity("Taurus", "object")
        try graph.entity("air defence", "concept")
        try graph.fact(romania, "send", patriot, evidence: [
            (bucharest, "Romania decided to send its Patriot battery east."),
            (pyongyang, "Romania's Patriot was already on its way."),
        ])
        try graph.fact(patriot, "go to", ukraine, evidence: [(bucharest, "The battery goes to Ukraine.")])
        try graph.fact(russia, "pact", korea, symmetric: true,
                       evidence: [(pyongyang, "Russia and North Korea agreed to defend each other.")])
        try graph.fact(biden, "praise", romania, evidence: [(bucharest, "Biden praised the decision by Romania.")])
        try graph.fact(nato, "welcome", romania, evidence: [(bucharest, "NATO welcomed the move.")])
        try graph.fact(germany, "send", taurus, negated: true,
                       evidence: [(berlin, "Germany will not send Taurus missiles.")])
        return graph
    }

    /// U+FFFE, U+FFFF and U+FDD0, which Swift string literals refuse.
    static let noncharacters = String(String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0].map { Unicode.Scalar($0)! }))

    /// Names, relations, types, titles and sentences that break naive writers.
    static let hostileStrings: [String] = [
        "say \"hi\"", "back\\slash", "trailing\\", "\\", "\"", "\\\"", "line\nbreak", "cr\r\nlf\rcr",
        "<b>bold</b>", "<script>alert('x')</script>", "{braces}", "[brackets]", "a;b,c", "-> --",
        "graph", "node", "edge", "strict", "digraph", "subgraph", "NUL\u{0}byte", "bell\u{7}tab\there",
        "esc\u{1B}[31m", "del\u{7F}c1\u{85}\u{9F}", "rtl \u{202E}evil\u{202C} \u{200F}mark", "Zoë Ångström 東京 🚀 👩‍👩‍👧",
        "&amp; &lt; & ;", "// comment", "/* c */", "# hash", "%41 percent", "\u{FEFF}bom", "non" + GraphFixture.noncharacters + "char",
        "DROP TABLE entities; --", "' OR 1=1 --", " padded ", "", String(repeating: "x\"\\", count: 3_400),
    ]

    /// One entity per hostile string (every third also uses it as its type), linked in a ring by
    /// facts whose relations, evidence sentences and articles are hostile strings too. Built in
    /// memory, so strings reach the writers exactly as written (NUL included).
    static func hostileGraph() -> ExportGraph {
        let strings = hostileStrings
        let entities = strings.enumerated().map { index, name in
            EntityRecord(id: index + 1, name: name, type: index % 3 == 0 ? name : "person")
        }
        var edges: [EdgeRecord] = []
        var evidence: [Int: [EvidenceRecord]] = [:]
        for (index, relation) in strings.enumerated() {
            let id = index + 1
            edges.append(EdgeRecord(id: id, subject: id, relation: relation, object: (index + 1) % strings.count + 1,
                                    negated: index % 5 == 0, symmetric: index % 4 == 0, evidenceCount: 1, confidence: 0.75))
            let article = strings[index % 4]
            evidence[id] = [EvidenceRecord(edge: id, sentence: strings[(index + 7) % strings.count], phrase: relation,
                                           confidence: 0.75, articleID: index % 4 + 1, articleTitle: article,
                                           articleDate: index % 4 == 0 ? nil : article, source: article)]
        }
        let aliases = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, [$0.name, $0.name + "\u{0}alias"]) })
        return ExportGraph(entities: entities, edges: edges, evidence: evidence, aliases: aliases)
    }
}

/// Where the golden files live, next to this source file.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The committed text of `name`; with KG_UPDATE_GOLDEN=1 in the environment, `actual` replaces it first.
    static func expected(_ name: String, actual: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KG_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
