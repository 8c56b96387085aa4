/// A universal part-of-speech tag (UD v2); a tag outside the seventeen is kept as `raw`.
public enum UPOS: TreebankLabel {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x
    /// Not tagged yet (the empty string).
    case untagged
    /// A tag outside UD v2's seventeen (`_` in some treebanks).
    case raw(String)

    public static let table = LabelTable<UPOS>([
        (.adj, "ADJ"), (.adp, "ADP"), (.adv, "ADV"), (.aux, "AUX"), (.cconj, "CCONJ"), (.det, "DET"), (.intj, "INTJ"),
        (.noun, "NOUN"), (.num, "NUM"), (.part, "PART"), (.pron, "PRON"), (.propn, "PROPN"), (.punct, "PUNCT"),
        (.sconj, "SCONJ"), (.sym, "SYM"), (.verb, "VERB"), (.x, "X"), (.untagged, ""),
    ])

    public var rawLabel: String? {
        if case .raw(let label) = self { return label }
        return nil
    }
}
