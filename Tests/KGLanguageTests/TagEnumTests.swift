import KGCore
import Foundation
import Testing
@testable import KGLanguage

@Suite struct TagEnumTests {
    @Test func everyNamedTagAndRelationReadsBackAsItsLabel() {
        for (tag, label) in UPOS.table.cases { #expect(tag.label == label && UPOS(label) == tag) }
        for (relation, label) in DependencyRelation.table.cases { #expect(relation.label == label && DependencyRelation(label) == relation) }
        for (tag, label) in XPOS.table.cases { #expect(tag.label == label && XPOS(label) == tag) }
    }

    @Test func anUnknownLabelIsKeptRawAndASubtypeRefinesItsUniversalRelation() {
        #expect(UPOS("_") == .raw("_") && UPOS("_").label == "_" && XPOS("_") == .raw("_"))
        #expect(DependencyRelation("obl:tmod") == .raw("obl:tmod") && DependencyRelation("obl:tmod").universal == .obl)
        #expect(DependencyRelation("nsubj:pass").universal == .nsubj && DependencyRelation.obj.universal == .obj)
    }

    @Test func aTokenEncodesItsTagAndRelationAsTheirLabels() throws {
        let token = Token(text: "ran", start: 0, end: 3, upos: .verb, xpos: .vbd, head: -1, deprel: .aclRelcl)
        let json = String(decoding: try JSONEncoder().encode(token), as: UTF8.self)
        #expect(json.contains("\"upos\":\"VERB\"") && json.contains("\"xpos\":\"VBD\"") && json.contains("\"deprel\":\"acl:relcl\""))
        #expect(try JSONDecoder().decode(Token.self, from: Data(json.utf8)) == token)
    }
}
