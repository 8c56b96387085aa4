import Foundation
import KGCore
import KGReader

/// The text `kg bench` extracts from, laid out as files so that kg's reader and the peer read
/// the same thing.
///
/// Where it comes from, first hit wins:
/// 1. `--corpus PATH`: a folder or file of articles (any format `kg ingest` reads), or a
///    `.conllu` treebank, whose documents (`# newdoc`) and paragraphs (`# newpar`) are rebuilt
///    from the `# text` lines;
/// 2. real news: the BBC politics articles, `data/bbc-news/politics` under `$KG_SHARED`,
///    `../shared` or `/work/shared` (news sentences are longer than the treebank's, so this is
///    the figure a user sees);
/// 3. UD English EWT train, `data/ud-ewt/en_ewt-ud-train.conllu` under the same roots;
/// 4. the sample articles in `graphs/sample`.
struct BenchCorpus {
    /// What was read, for the report.
    var origin: String
    /// What kg's reader reads: the corpus itself, or the rebuilt documents of a treebank.
    var readPaths: [String]
    /// The articles as kg read them.
    var articles: [Article] = []

    static let news = "data/bbc-news/politics"
    static let treebank = "data/ud-ewt/en_ewt-ud-train.conllu"

    /// The corpus to use; `documents` caps how many documents (or articles) are kept.
    static func locate(_ corpus: String?, scratch: URL, documents: Int?) throws -> BenchCorpus {
        if let corpus {
            guard FileManager.default.fileExists(atPath: corpus) else {
                throw BenchError("\(corpus): no such file or folder (--corpus)")
            }
            return corpus.hasSuffix(".conllu")
                ? try fromTreebank(corpus, scratch: scratch, documents: documents)
                : BenchCorpus(origin: corpus, readPaths: [corpus])
        }
        for root in sharedRoots() where FileManager.default.fileExists(atPath: root + "/" + news) {
            return try fromFolder(root + "/" + news, scratch: scratch, documents: documents)
        }
        for root in sharedRoots() {
            let path = root + "/" + treebank
            if FileManager.default.isReadableFile(atPath: path) {
                return try fromTreebank(path, scratch: scratch, documents: documents)
            }
        }
        let sample = "graphs/sample"
        guard FileManager.default.fileExists(atPath: sample) else {
            throw BenchError("no corpus: give --corpus DIR, or set KG_SHARED to the shared folder holding \(treebank)")
        }
        return BenchCorpus(origin: sample, readPaths: [sample])
    }

    static func sharedRoots() -> [String] {
        var roots: [String] = []
        if let env = ProcessInfo.processInfo.environment["KG_SHARED"], !env.isEmpty { roots.append(env) }
        roots += ["../shared", "/work/shared"]
        return roots
    }

    /// A folder of articles; with `documents`, only its first that many `.txt` files in sorted order.
    static func fromFolder(_ path: String, scratch: URL, documents: Int?) throws -> BenchCorpus {
        guard let documents else { return BenchCorpus(origin: path, readPaths: [path]) }
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted().prefix(documents)
        return BenchCorpus(origin: "\(path) (first \(names.count) articles)", readPaths: names.map { path + "/" + $0 })
    }

    /// Writes each treebank document as one plain-text file: sentences of a paragraph joined by
    /// spaces, paragraphs by a blank line.
    static func fromTreebank(_ path: String, scratch: URL, documents: Int?) throws -> BenchCorpus {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw BenchError("\(path): cannot read the treebank (\(error.localizedDescription))")
        }
        var docs: [[String]] = []  // paragraphs per document
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("# ") {
            if line.hasPrefix("# newdoc") {
                docs.append([])
            } else if line.hasPrefix("# newpar") {
                if docs.isEmpty { docs.append([]) }
                docs[docs.count - 1].append("")
            } else if line.hasPrefix("# text = ") {
                if docs.isEmpty { docs.append([]) }
                if docs[docs.count - 1].isEmpty { docs[docs.count - 1].append("") }
                let sentence = line.dropFirst("# text = ".count)
                let last = docs[docs.count - 1].count - 1
                docs[docs.count - 1][last] += docs[docs.count - 1][last].isEmpty ? String(sentence) : " " + sentence
            }
        }
        docs = docs.map { $0.filter { !$0.isEmpty } }.filter { !$0.isEmpty }
        if let documents { docs = Array(docs.prefix(documents)) }
        guard !docs.isEmpty else { throw BenchError("\(path): no '# text = ' lines to build documents from") }
        let folder = scratch.appendingPathComponent("treebank")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (i, paragraphs) in docs.enumerated() {
            let name = String(format: "doc%04d.txt", i + 1)
            try (paragraphs.joined(separator: "\n\n") + "\n").write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return BenchCorpus(origin: "\(path) (\(docs.count) documents)", readPaths: [folder.path])
    }

    /// Each article's text as a file in `folder`, for the peer.
    func writeTexts(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (i, article) in articles.enumerated() {
            let name = String(format: "article%05d.txt", i + 1)
            try article.text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
    }
}

