import KGCore
import Foundation
import Testing
import KGLanguage
@testable import KGRepair

/// One misparsed sentence per rule: `Golden/<rule>.before.conllu` is the parser's error, written
/// by hand; `Golden/<rule>.after.conllu` is the rule's repair as `kg extract --parse
/// --trace-repairs` prints it. `KG_UPDATE_GOLDEN=1` rewrites the after files from the rules.
@Suite struct RepairGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func sentence(_ name: String) throws -> Sentence {
        let before = try String(contentsOf: folder.appendingPathComponent("\(name).before.conllu"), encoding: .utf8)
        let record = try #require(try CoNLLU.parse(before).first)
        return Sentence(text: record.text, start: 0, end: record.text.unicodeScalars.count, tokens: record.tokens)
    }

    @Test(arguments: ParseRepair.rules.map(\.name))
    func theRuleAloneRewritesItsBeforeParseIntoItsAfterParse(_ name: String) throws {
        let rule = try #require(ParseRepair.rules.first { $0.name == name })
        var sentence = try Self.sentence(name)
        let fired = ParseRepair(rules: [rule]).repair(&sentence)
        #expect(fired == [name])
        let actual = CoNLLU.rows(sentence, comments: fired.map { ("repair", $0) })
        let url = Self.folder.appendingPathComponent("\(name).after.conllu")
        if ProcessInfo.processInfo.environment["KG_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } else {
            #expect(actual == (try String(contentsOf: url, encoding: .utf8)), "differs from Golden/\(name).after.conllu")
        }
    }

    /// The table's order does not hide a rule: on its own sentence it still fires after the rules before it.
    @Test(arguments: ParseRepair.rules.map(\.name))
    func theWholeStageFiresTheRuleOnItsBeforeParse(_ name: String) throws {
        var sentence = try Self.sentence(name)
        #expect(ParseRepair().repair(&sentence).contains(name))
    }
}
