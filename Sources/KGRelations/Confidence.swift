/// How much to trust a fact, from the evidence that stated it: the construction, whether its
/// ends are named entities, whether the subject had to be inherited, and how far apart the ends
/// and how deep the predicate sit in the parse (long reaches are where parsers go wrong).
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

    static func score(_ pattern: Pattern, named: Int, inherited: Bool, distance: Int, depth: Int) -> Double {
        var score = pattern.base
        score -= Double(max(0, 2 - named)) * 0.12
        if inherited { score -= 0.08 }
        score -= min(0.2, Double(max(0, distance - 4)) * 0.012)
        score -= min(0.12, Double(max(0, depth - 1)) * 0.03)
        return min(0.99, max(0.05, score))
    }
}
