/// A Universal Dependencies relation: the 37 universal ones and the subtypes English treebanks and
/// kg's parse repair use; any other label is kept as `raw`.
public enum DependencyRelation: TreebankLabel {
    case acl, advcl, advmod, amod, appos, aux, `case`, cc, ccomp, clf, compound, conj, cop, csubj, dep, det
    case discourse, dislocated, expl, fixed, flat, goeswith, iobj, list, mark, nmod, nsubj, nummod, obj, obl
    case orphan, parataxis, punct, reparandum, root, vocative, xcomp
    case aclRelcl, advclRelcl, auxPass, ccPreconj, compoundPrt, csubjOuter, csubjPass, detPredet
    case nmodDesc, nmodNpmod, nmodPoss, nmodUnmarked, nsubjOuter, nsubjPass, oblAgent, oblUnmarked
    /// Not parsed yet (the empty string).
    case unparsed
    /// A label with no case of its own (`obl:tmod`, `flat:foreign`).
    case raw(String)

    public static let table = LabelTable<DependencyRelation>([
        (.acl, "acl"), (.advcl, "advcl"), (.advmod, "advmod"), (.amod, "amod"), (.appos, "appos"), (.aux, "aux"),
        (.case, "case"), (.cc, "cc"), (.ccomp, "ccomp"), (.clf, "clf"), (.compound, "compound"), (.conj, "conj"),
        (.cop, "cop"), (.csubj, "csubj"), (.dep, "dep"), (.det, "det"), (.discourse, "discourse"),
        (.dislocated, "dislocated"), (.expl, "expl"), (.fixed, "fixed"), (.flat, "flat"), (.goeswith, "goeswith"),
        (.iobj, "iobj"), (.list, "list"), (.mark, "mark"), (.nmod, "nmod"), (.nsubj, "nsubj"), (.nummod, "nummod"),
        (.obj, "obj"), (.obl, "obl"), (.orphan, "orphan"), (.parataxis, "parataxis"), (.punct, "punct"),
        (.reparandum, "reparandum"), (.root, "root"), (.vocative, "vocative"), (.xcomp, "xcomp"),
        (.aclRelcl, "acl:relcl"), (.advclRelcl, "advcl:relcl"), (.auxPass, "aux:pass"), (.ccPreconj, "cc:preconj"),
        (.compoundPrt, "compound:prt"), (.csubjOuter, "csubj:outer"), (.csubjPass, "csubj:pass"),
        (.detPredet, "det:predet"), (.nmodDesc, "nmod:desc"), (.nmodNpmod, "nmod:npmod"), (.nmodPoss, "nmod:poss"),
        (.nmodUnmarked, "nmod:unmarked"), (.nsubjOuter, "nsubj:outer"), (.nsubjPass, "nsubj:pass"),
        (.oblAgent, "obl:agent"), (.oblUnmarked, "obl:unmarked"), (.unparsed, ""),
    ])

    public var rawLabel: String? {
        if case .raw(let label) = self { return label }
        return nil
    }

    /// The universal relation a subtype refines (`nsubj` for `nsubj:pass`); a universal relation itself.
    public var universal: DependencyRelation {
        switch self {
        case .aclRelcl: .acl
        case .advclRelcl: .advcl
        case .auxPass: .aux
        case .ccPreconj: .cc
        case .compoundPrt: .compound
        case .csubjOuter, .csubjPass: .csubj
        case .detPredet: .det
        case .nmodDesc, .nmodNpmod, .nmodPoss, .nmodUnmarked: .nmod
        case .nsubjOuter, .nsubjPass: .nsubj
        case .oblAgent, .oblUnmarked: .obl
        case .raw(let label): label.contains(":") ? DependencyRelation(String(label.prefix { $0 != ":" })) : self
        default: self
        }
    }
}
