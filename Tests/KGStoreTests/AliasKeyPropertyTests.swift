import Testing
@testable import KGStore

/// Properties of the one name-folding rule, over names generated from a fixed seed.
@Suite struct AliasKeyPropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure names a reproducible name.
    struct Names: Sequence, IteratorProtocol {
        var state: UInt64
        var left: Int

        static let pieces = ["U", "S", "A", "u.", "s.", "Joe", "biden", "Biden", "Zelenskyy", "O'Neill", "north",
                             "Korea", "9", "11", "café", "Québec", "Ångström", "x", "e", "é", "Z", "Nato", "N.A.T.O.",
                             "Kim", "Jong-un", "al-Assad", "d'Estaing", "of"]
        /// A leading article, which folding drops (only one: "The The" is the band "the").
        static let articles = ["", "", "The ", "the ", "THE "]
        static let separators = [" ", "  ", "-", ".", ". ", ",", "'", "/", "\t", "’", ""]

        mutating func random(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }

        mutating func next() -> String? {
            guard left > 0 else { return nil }
            left -= 1
            var name = Self.articles[random(Self.articles.count)]
            for index in 0..<(1 + random(4)) {
                if index > 0 { name += Self.separators[random(Self.separators.count)] }
                name += Self.pieces[random(Self.pieces.count)]
            }
            return name
        }
    }

    static func names(_ count: Int = 2_000) -> Names { Names(state: 18, left: count) }

    /// Accents replaced by the plain letter, so the accented and plain spellings can be compared.
    static func withoutAccents(_ name: String) -> String {
        let plain: [Character: Character] = ["é": "e", "É": "E", "Å": "A", "å": "a", "ö": "o"]
        return String(name.map { plain[$0] ?? $0 })
    }

    @Test func foldingTwiceIsFoldingOnce() {
        for name in Self.names() {
            let key = AliasKey.fold(name)
            #expect(AliasKey.fold(key) == key, "\(name)")
        }
    }

    @Test func caseDoesNotMatter() {
        for name in Self.names() {
            let key = AliasKey.fold(name)
            #expect(AliasKey.fold(name.uppercased()) == key, "\(name)")
            #expect(AliasKey.fold(name.lowercased()) == key, "\(name)")
        }
    }

    @Test func accentsDoNotMatter() {
        for name in Self.names() {
            #expect(AliasKey.fold(Self.withoutAccents(name)) == AliasKey.fold(name), "\(name)")
        }
    }

    /// Initials written with periods, spaces or neither fold alike: `U.S.A.`, `U. S. A.`, `USA`.
    @Test func initialsAreOneWordHoweverWritten() {
        var generator = Self.names()
        for _ in 0..<500 {
            let letters = (0..<(2 + generator.random(3))).map { _ in String(UnicodeScalar(UInt8(65 + generator.random(26)))) }
            let joined = AliasKey.fold(letters.joined())
            #expect(AliasKey.fold(letters.joined(separator: ".") + ".") == joined)
            #expect(AliasKey.fold(letters.joined(separator: ". ")) == joined)
            #expect(AliasKey.fold(letters.joined(separator: " ")) == joined)
        }
    }

    /// The byte path for ASCII names and the Unicode path agree wherever both apply.
    @Test func asciiAndUnicodePathsAgree() {
        for name in Self.names() where name.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(AliasKey.foldASCII(name) == AliasKey.foldUnicode(name), "\(name)")
        }
    }

    @Test func keysHoldOnlyLowerCaseLettersDigitsAndSingleSpaces() {
        for name in Self.names() {
            let key = AliasKey.fold(name)
            #expect(!key.hasPrefix(" ") && !key.hasSuffix(" ") && !key.contains("  "), "\(name)")
            #expect(key == key.lowercased() && key.allSatisfy { $0 == " " || $0.isLetter || $0.isNumber }, "\(name)")
        }
    }
}
