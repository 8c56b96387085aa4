// libFuzzer target for the article reader, in memory (a file per input would make a million
// runs take hours). FUZZ_READER_FORMATS picks the formats: the input's first byte chooses one of
//     html   decoding, HTML scanning, furniture removal, dates, splitting into parts
//     jsonl  the JSON-lines cursor: bad lines become problems with line numbers
//     json   one JSON document: an article object, an array, or a wrapper with an articles list
// Reading must end in articles and problems, never a crash. Build and run with `run.sh html`
// or `run.sh json`.
import Foundation

let formats = (ProcessInfo.processInfo.environment["FUZZ_READER_FORMATS"] ?? "html jsonl json").split(separator: " ")
let maximumBytes = 2_000  // small, to exercise splitting long articles into parts

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: count - 1))
    var items: [ArticleReader.Item] = []
    switch formats[Int(data[0]) % formats.count] {
    case "html":
        guard case .success(let decoded) = TextDecoding.decode(bytes[...]) else { return 0 }
        items = ArticleReader.Iterator.finish(Draft(source: "f.html", html: decoded.text), maximumBytes: maximumBytes)
    case "jsonl":
        let cursor = JSONLinesCursor(source: "f.jsonl", buffer: bytes, file: nil, maximumLineBytes: 1 << 20)
        while let next = cursor.next(finish: { ArticleReader.Iterator.finish($0, maximumBytes: maximumBytes) }) { items += next }
    default:
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else { return 0 }
        let records = (value as? [Any]) ?? [value]
        for record in records {
            guard let article = try? JSONArticle(record) else { continue }
            items += ArticleReader.Iterator.finish(Draft(source: "f.json", json: article), maximumBytes: maximumBytes)
        }
    }
    for item in items {
        switch item {
        case .article(let article): precondition(article.source.hasPrefix("f."), "article source \(article.source)")
        case .problem(let problem): precondition(problem.source.hasPrefix("f."), "problem source \(problem.source)")
        case .unsupported(let source): precondition(source.hasPrefix("f."), "unsupported source \(source)")
        }
    }
    return 0
}
