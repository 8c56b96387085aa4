import Foundation
import KGCore
import KGLanguage

/// General world knowledge the recogniser leans on: place names and codes, demonyms, title
/// words, organisation and event words, product head nouns and a few well-known names.
/// Loaded from the tab-separated files of `Sources/KGEntities/Lexicons` (see its README).
public struct Lexicon: Sendable {
    /// A name the lexicon knows: its canonical form, its type and how it may be matched.
    public struct Name: Sendable, Hashable {
        public var canonical: String
        public var type: EntityType
        /// Codes (`US`, `USA`) match only as written; other names match whatever their case.
        public var caseSensitive: Bool
    }

    /// Known names: countries, capitals, codes, well-known organisations and political parties.
    public private(set) var table = NameTable()
    /// Names the name tagger sees as a feature but that never make a name by themselves: cities
    /// and US states, many of which are also surnames or brands (`Austin`, `Phoenix`, `Orlando`).
    public private(set) var hints = NameTable()
    public var names: [String: Name] { table.names }
    /// The longest known name, in tokens.
    public var longestName: Int { table.longest }
    /// Nationality adjectives and plural nouns (`ukrainian`, `russians`) → canonical country.
    public private(set) var demonyms: [String: String] = [:]
    /// Lower-case title and role words (`president`, `prime`, `minister`, `spokesperson`), honorifics included.
    public private(set) var titleWords: Set<String> = []
    /// Lower-case words of address (`mr`, `dr`, `sir`, `lord`): cut off names like titles, never a role.
    public private(set) var honorifics: Set<String> = []

    /// Whether `word` is a title word, or the plural of one written in capitals (`MPs`, `CEOs`): a
    /// group of office holders, never a name nor an acronym to spell out.
    public func isTitle(_ word: String) -> Bool {
        let lower = word.lowercased()
        if titleWords.contains(lower) { return true }
        return word.count > 2 && word.hasSuffix("s") && word.dropLast().allSatisfy(\.isUppercase) && titleWords.contains(String(lower.dropLast()))
    }
    /// Lower-case words that make a name an organisation (`institute`, `ministry`, `inc.`).
    public private(set) var organizationWords: Set<String> = []
    /// Lower-case words that make a name an event (`summit`, `war`, `election`).
    public private(set) var eventWords: Set<String> = []
    /// Lower-case head nouns that make a preceding name a product (`system`, `missile`, `phone`).
    public private(set) var productWords: Set<String> = []

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    public init() {}

    /// The lexicons shipped with kg.
    public static func load() throws -> Lexicon {
        var lexicon = Lexicon()
        func url(_ name: String) throws -> URL { try ResourceLocator.file(name, in: "Lexicons", module: "KGEntities") }
        // Name files: alias, canonical name, type, and `code` (match as written) or `name`.
        for file in ["places.tsv", "organizations.tsv", "parties.tsv"] {
            for (row, line) in try rows(url(file), columns: 4) {
                guard let type = EntityType(rawValue: row[2]) else {
                    throw LoadError(file: file, line: line, reason: "unknown type '\(row[2])'")
                }
                lexicon.addName(row[0], canonical: row[1], type: type, caseSensitive: row[3] == "code")
            }
        }
        // Hint files: alias, type, and `code` or `name`.
        for (row, line) in try rows(url("place-hints.tsv"), columns: 3) {
            guard let type = EntityType(rawValue: row[1]) else {
                throw LoadError(file: "place-hints.tsv", line: line, reason: "unknown type '\(row[1])'")
            }
            lexicon.hints.add(row[0], canonical: row[0], type: type, caseSensitive: row[2] == "code")
        }
        for (row, _) in try rows(url("demonyms.tsv"), columns: 2) {
            // First entry wins, as for names: the builder lists sovereign countries first.
            if lexicon.demonyms[row[0].lowercased()] == nil { lexicon.demonyms[row[0].lowercased()] = row[1] }
        }
        lexicon.honorifics = try words(url("honorifics.txt"))
        lexicon.titleWords = try words(url("titles.txt")).union(lexicon.honorifics)
        lexicon.organizationWords = try words(url("organization-words.txt"))
        lexicon.eventWords = try words(url("event-words.txt"))
        lexicon.productWords = try words(url("product-words.txt"))
        return lexicon
    }

    public mutating func addName(_ alias: String, canonical: String, type: EntityType, caseSensitive: Bool) {
        table.add(alias, canonical: canonical, type: type, caseSensitive: caseSensitive)
    }

    /// Whether some known name starts with `word` (a cheap test before trying every length).
    public func startsName(_ word: String) -> Bool { table.startsName(word) }

    /// The known name spelled by `tokens`, honouring case-sensitive codes.
    public func name(_ tokens: some Collection<String>) -> Name? { table.name(tokens) }

    /// The country a demonym (`Ukrainian`, `Russians`) refers to.
    public func country(ofDemonym word: String) -> String? { demonyms[word.lowercased()] }

    /// `country(ofDemonym:)` of a word already lower-cased, which an ASCII word needs not be again.
    func country(ofLowercasedDemonym lower: String) -> String? {
        lower.utf8.allSatisfy { $0 < 0x80 } ? demonyms[lower] : country(ofDemonym: lower)
    }

    /// Lower-cased, curly quotes straightened, joined by spaces.
    static func fold(_ tokens: some Collection<String>) -> String {
        tokens.map(foldWord).joined(separator: " ")
    }

    /// Called for every token at every lexicon lookup, so it skips Foundation's
    /// `replacingOccurrences` (63% of all instructions in `kg bench` when it was used here).
    static func foldWord(_ word: String) -> String { straightened(word.lowercased()) }

    /// `lower` with curly apostrophes straightened: `foldWord` of the word `lower` was lower-cased from.
    static func straightened(_ lower: String) -> String {
        guard lower.unicodeScalars.contains("\u{2019}") else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    /// How lexicon entries are cut into tokens: at spaces, with a possessive `'s` split off
    /// (as the tokenizer does); hyphenated words stay whole.
    static func tokens(of text: String) -> [String] {
        var parts: [String] = []
        for word in text.split(separator: " ") {
            if word.count > 2, word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") {
                parts.append(String(word.dropLast(2)))
                parts.append(String(word.suffix(2)))
            } else {
                parts.append(String(word))
            }
        }
        return parts
    }

    private static func rows(_ url: URL, columns: Int) throws -> [([String], Int)] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [([String], Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let row = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard row.count >= columns else {
                throw LoadError(file: url.path, line: index + 1, reason: "expected \(columns) tab-separated columns")
            }
            rows.append((row, index + 1))
        }
        return rows
    }

    private static func words(_ url: URL) throws -> Set<String> {
        let text = try String(contentsOf: url, encoding: .utf8)
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.lowercased() })
    }
}
