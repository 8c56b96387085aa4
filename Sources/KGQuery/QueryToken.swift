/// One lexical unit of a query, with the scalar offset where it starts.
struct QueryToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A bare word: a name part, keyword, number or date (`North`, `max`, `3`, `2024-05-01`).
        case word(String)
        /// A quoted string, unescaped.
        case string(String)
        /// `?name`
        case variable(String)
        /// `#42`: an entity by id.
        case entityID(Int)
        case arrow          // ->
        case dashDash       // --
        case openEdge       // -[
        case openBackEdge   // <-[
        case closeArrow     // ]->
        case closeEdge      // ]-
        case bar            // |
        case star           // *
        case comma          // ,
        case greater        // >
        /// Any other character; only `find` text may contain it.
        case symbol(String)
        case end
    }

    var kind: Kind
    var offset: Int
    var length: Int

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .word(let w): "'\(w)'"
        case .string(let s): "\"\(s)\""
        case .variable(let v): "?\(v)"
        case .entityID(let id): "#\(id)"
        case .arrow: "'->'"
        case .dashDash: "'--'"
        case .openEdge: "'-['"
        case .openBackEdge: "'<-['"
        case .closeArrow: "']->'"
        case .closeEdge: "']-'"
        case .bar: "'|'"
        case .star: "'*'"
        case .comma: "','"
        case .greater: "'>'"
        case .symbol(let s): "'\(s)'"
        case .end: "end of query"
        }
    }

    var word: String? { if case .word(let w) = kind { w } else { nil } }

    func isKeyword(_ keyword: String) -> Bool {
        guard let word else { return false }
        return word.lowercased() == keyword
    }
}
