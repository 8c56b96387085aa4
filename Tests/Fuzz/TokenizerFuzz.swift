// libFuzzer target: the tokenizer and sentence splitter accept any text; sentences are
// in order, inside the text, no longer than the cap, and their tokens lie inside them.
// Build and run with `run.sh tokenizer`.

let splitter = SentenceSplitter(maximumTokens: 40)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let scalarCount = text.unicodeScalars.count
    var previousEnd = 0
    for sentence in splitter.split(text) {
        precondition(previousEnd <= sentence.start && sentence.start < sentence.end && sentence.end <= scalarCount, "sentence span")
        precondition(!sentence.tokens.isEmpty && sentence.tokens.count <= splitter.maximumTokens, "sentence length")
        for token in sentence.tokens {
            precondition(sentence.start <= token.start && token.start < token.end && token.end <= sentence.end, "token span")
        }
        previousEnd = sentence.end
    }
    return 0
}
