// libFuzzer target: any text given to the query parser either parses or fails with a
// syntax error whose position lies inside the text. Build and run with `run.sh query`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQueryParser(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    do {
        _ = try QueryParser.parse(text)
    } catch {
        precondition(error.offset >= 0 && error.offset <= text.unicodeScalars.count, "error offset \(error.offset) outside the query")
    }
    return 0
}
