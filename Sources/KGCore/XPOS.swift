/// A Penn Treebank tag, as UD English treebanks write it in the XPOS column; any other tag is kept
/// as `raw`.
public enum XPOS: TreebankLabel {
    case cc, cd, dt, ex, fw, `in`, jj, jjr, jjs, ls, md, nn, nns, nnp, nnps, pdt, pos, prp, prpPossessive
    case rb, rbr, rbs, rp, sym, to, uh, vb, vbd, vbg, vbn, vbp, vbz, wdt, wp, wpPossessive, wrb
    case add, afx, gw, hyph, nfp
    case dollar, openingQuote, closingQuote, comma, period, colon, openingBracket, closingBracket
    /// Not tagged yet (the empty string).
    case untagged
    /// A tag with no case of its own (`_` in some treebanks).
    case raw(String)

    public static let table = LabelTable<XPOS>([
        (.cc, "CC"), (.cd, "CD"), (.dt, "DT"), (.ex, "EX"), (.fw, "FW"), (.in, "IN"), (.jj, "JJ"), (.jjr, "JJR"),
        (.jjs, "JJS"), (.ls, "LS"), (.md, "MD"), (.nn, "NN"), (.nns, "NNS"), (.nnp, "NNP"), (.nnps, "NNPS"),
        (.pdt, "PDT"), (.pos, "POS"), (.prp, "PRP"), (.prpPossessive, "PRP$"), (.rb, "RB"), (.rbr, "RBR"),
        (.rbs, "RBS"), (.rp, "RP"), (.sym, "SYM"), (.to, "TO"), (.uh, "UH"), (.vb, "VB"), (.vbd, "VBD"),
        (.vbg, "VBG"), (.vbn, "VBN"), (.vbp, "VBP"), (.vbz, "VBZ"), (.wdt, "WDT"), (.wp, "WP"),
        (.wpPossessive, "WP$"), (.wrb, "WRB"), (.add, "ADD"), (.afx, "AFX"), (.gw, "GW"), (.hyph, "HYPH"),
        (.nfp, "NFP"), (.dollar, "$"), (.openingQuote, "``"), (.closingQuote, "''"), (.comma, ","), (.period, "."),
        (.colon, ":"), (.openingBracket, "-LRB-"), (.closingBracket, "-RRB-"), (.untagged, ""),
    ])

    public var rawLabel: String? {
        if case .raw(let label) = self { return label }
        return nil
    }
}
