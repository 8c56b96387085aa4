import Foundation
import KGCore
import KGLanguage

/// One open-IE tuple over the words of a sentence: relation, then arguments (subject,
/// object, further obliques), as CaRB and other open-IE benchmarks read them.
public struct OpenIETuple: Sendable, Hashable {
    public var relation: String
    public var arguments: [String]
    public var confidence: Double
}

/// Open information extraction: the clauses of a parsed sentence rendered as text-span tuples
/// rather than entity facts (`kg extract --carb`). Arguments are the sentence's own words
/// (with relative pronouns replaced by their noun); relations keep the sentence's own tense.
public struct OpenIE: Sendable {
    public struct Options: Sendable {
        /// Split coordinated subjects and objects into one tuple per conjunct.
        public var splitConjuncts = true
        /// Add `is` tuples for appositions (`Ana Ruiz, director of the museum`).
        public var appositions = true
        /// Add `has` tuples for possessives (`the museum's director` → museum has director).
        public var possessives = true
        /// Add `is` tuples for adjectives before nouns (`a gaping loophole` → loophole is gaping).
        public var adjectives = true
        /// Add `is in`, `is over` … tuples for a noun's prepositional phrase (`the museum in Lyon` → museum is in Lyon).
        public var modifiers = true
        /// Title words (`president`, `attorney`, lower case): a title before a name gives an `is` tuple.
        public var titleWords: Set<String> = []
        /// Place names, lower case (`utah`, `new york`), and codes as written (`UT`): a name set
        /// after a place by a comma alone locates it (`Ogden , Utah` → Ogden is in Utah).
        public var placeNames: Set<String> = []
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// The tuples of a parsed sentence whose parse `ParseRepair` has repaired.
    public func tuples(_ sentence: Sentence) -> [OpenIETuple] {
        guard !sentence.tokens.isEmpty else { return [] }
        let rendering = TupleRendering(sentence: sentence, options: options)
        var seen = Set<[String]>()
        var result: [OpenIETuple] = []
        for clause in ClauseFinder(sentence).clauses() {
            for tuple in rendering.tuples(clause) where seen.insert([tuple.relation] + tuple.arguments).inserted {
                result.append(tuple)
            }
        }
        for tuple in rendering.nominalTuples() where seen.insert([tuple.relation] + tuple.arguments).inserted {
            result.append(tuple)
        }
        return result
    }

    /// CaRB's tabbed line: sentence, confidence, relation, arguments.
    public static func tabbed(_ tuple: OpenIETuple, sentence line: String) -> String {
        let clean = { (s: String) in s.replacingOccurrences(of: "\t", with: " ") }
        return ([line, String(format: "%.3f", tuple.confidence), clean(tuple.relation)] + tuple.arguments.map(clean))
            .joined(separator: "\t")
    }
}
