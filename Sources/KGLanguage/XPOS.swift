/// A Penn Treebank tag, as UD English treebanks write it in the XPOS column. Tags come in as
/// strings, from model files and treebanks; `init(_:)` maps each to its case once, so code
/// compares cases and a misspelt tag does not compile. Any other tag is kept as `raw`.
public enum XPOS: Hashable, Sendable {
    case cc, cd, dt, ex, fw, `in`, jj, jjr, jjs, ls, md, nn, nns, nnp, nnps, pdt, pos, prp, prpPossessive
    case rb, rbr, rbs, rp, sym, to, uh, vb, vbd, vbg, vbn, vbp, vbz, wdt, wp, wpPossessive, wrb
    case add, afx, gw, hyph, nfp
    case dollar, openingQuote, closingQuote, comma, period, colon, openingBracket, closingBracket
    /// Not tagged yet (the empty string).
    case untagged
    /// A tag with no case of its own (`_` in some treebanks).
    case raw(String)

    static let labels: [(XPOS, String)] = [
        (.cc, "CC"), (.cd, "CD"), (.dt, "DT"), (.ex, "EX"), (.fw, "FW"), (.in, "IN"), (.jj, "JJ"), (.jjr, "JJR"),
        (.jjs, "JJS"), (.ls, "LS"), (.md, "MD"), (.nn, "NN"), (.nns, "NNS"), (.nnp, "NNP"), (.nnps, "NNPS"),
        (.pdt, "PDT"), (.pos, "POS"), (.prp, "PRP"), (.prpPossessive, "PRP$"), (.rb, "RB"), (.rbr, "RBR"),
        (.rbs, "RBS"), (.rp, "RP"), (.sym, "SYM"), (.to, "TO"), (.uh, "UH"), (.vb, "VB"), (.vbd, "VBD"),
        (.vbg, "VBG"), (.vbn, "VBN"), (.vbp, "VBP"), (.vbz, "VBZ"), (.wdt, "WDT"), (.wp, "WP"),
        (.wpPossessive, "WP$"), (.wrb, "WRB"), (.add, "ADD"), (.afx, "AFX"), (.gw, "GW"), (.hyph, "HYPH"),
        (.nfp, "NFP"), (.dollar, "$"), (.openingQuote, "``"), (.closingQuote, "''"), (.comma, ","), (.period, "."),
        (.colon, ":"), (.openingBracket, "-LRB-"), (.closingBracket, "-RRB-"), (.untagged, ""),
    ]
    static let named = Dictionary(uniqueKeysWithValues: labels.map { ($1, $0) })
    static let written = Dictionary(uniqueKeysWithValues: labels.map { ($0, $1) })

    public init(_ label: String) { self = Self.named[label] ?? .raw(label) }

    /// The tag as the Penn Treebank writes it (`PRP$`).
    public var label: String {
        if case .raw(let label) = self { return label }
        return Self.written[self] ?? ""
    }
}

/// Written and read as its label, so the JSON of a token is what it was when tags were strings.
extension XPOS: Codable {
    public init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}
