import KGCore

/// How much to trust a fact, in two steps. `score` reads the evidence the way a linguist would: the
/// construction, whether its ends are named entities, whether the subject had to be inherited, and
/// how far apart the ends and how deep the predicate sit in the parse (long reaches are where
/// parsers go wrong). `calibrated` turns that reading into the chance that the fact is right, fitted
/// on judged edges of a news corpus (docs/confidence.md); the store then adds agreement across
/// sentences (`EdgeConfidence`).
enum Confidence {
    enum Pattern {
        case object, oblique, reciprocal, copula, apposition, possessive, role, nominal, expanded, passiveWithoutAgent

        var base: Double {
            switch self {
            case .object: 0.9
            case .reciprocal, .role: 0.88
            case .apposition: 0.85
            case .oblique, .copula: 0.8
            case .possessive: 0.75
            case .nominal: 0.72
            case .expanded: 0.62
            case .passiveWithoutAgent: 0.58
            }
        }
    }

    /// The construction's reading, 0.05…0.99: the one feature of `calibrated` that sees the parse.
    static func score(_ pattern: Pattern, named: Int, inherited: Bool, distance: Int, depth: Int) -> Double {
        var score = pattern.base
        score -= Double(max(0, 2 - named)) * 0.12
        if inherited { score -= 0.08 }
        score -= min(0.2, Double(max(0, distance - 4)) * 0.012)
        score -= min(0.12, Double(max(0, depth - 1)) * 0.03)
        return min(0.99, max(0.05, score))
    }

    /// Logistic coefficients fitted by `Tests/Eval/fit_confidence.py` on the 250 fitting rows of
    /// `Tests/Eval/judged-edges.tsv` (edges of the BBC news corpus judged right or wrong against their
    /// sentence; partly right counts as wrong). To refit, follow docs/confidence.md: judge a new
    /// sample, run the script, copy its coefficients here and `support` into `EdgeConfidence`.
    /// Ends that are not named entities, modal or negated facts and long phrases were tried and left
    /// out: with the reading in the model they did not improve the cross-validated fit.
    static let intercept = -2.585, reading = 1.061, personSubject = 0.793, title = 0.663
    /// A person the article names by one word only (`Kovac`, `Ottoline`) is often no person at all (a
    /// film, a prize, a club read as one) or a surname that joined someone else: of the judged edges
    /// with such a subject, 1 in 9 was right.
    static let oneWordPerson = -1.199

    /// The chance that one sentence's fact is right: the reading on the logit scale, plus what the
    /// judged sample showed about persons as subjects (the recogniser's surest type, unless named by
    /// one word) and about a person's title, the surest construction.
    static func calibrated(reading score: Double, subject: Entity, title isTitle: Bool) -> Double {
        let isPerson = subject.type == .person
        let oneWord = isPerson && !subject.name.contains(" ")
        let logit = intercept + reading * EdgeConfidence.logit(score)
            + (isPerson ? personSubject : 0) + (oneWord ? oneWordPerson : 0) + (isTitle ? title : 0)
        return EdgeConfidence.logistic(logit)
    }
}
