import Foundation
import Testing
@testable import KGQuery

@Suite struct QueryParserTests {
    @Test func pathWithOptionsAndMultiWordNames() throws {
        let query = try QueryParser.parse("path North Korea -> Ukraine max 3 via send|supply k 2 with evidence since 2024-06")
        guard case .path(let q) = query else { Issue.record("not a path: \(query)"); return }
        #expect(q.from == NameRef("North Korea", at: 5))
        #expect(q.to == NameRef("Ukraine", at: 20))
        #expect(q.directed && q.maxHops == 3 && q.k == 2 && q.withEvidence)
        #expect(q.relations == ["send", "supply"])
        #expect(q.filters.since == 20240601)
    }

    @Test func undirectedPathAllAndQuotedNames() throws {
        guard case .path(let q) = try QueryParser.parse(#"path "Romania" -- 'North Korea' all;"#) else {
            Issue.record("not a path"); return
        }
        #expect(!q.directed && q.all)
        #expect(q.to == NameRef("North Korea", at: 18))
    }

    @Test func keywordsInsideNamesStayNames() throws {
        // "in" ends a neighbors name only where it is the direction; "with" only before a known word.
        guard case .neighbors(let q) = try QueryParser.parse("neighbors Bank in Town in depth 2") else {
            Issue.record("not neighbors"); return
        }
        #expect(q.entity == NameRef("Bank in Town", at: 10))
        #expect(q.direction == .incoming && q.depth == 2)
        guard case .entity(let e) = try QueryParser.parse("entity Men with Hats") else { Issue.record("not entity"); return }
        #expect(e.entity == NameRef("Men with Hats", at: 7))
    }

    @Test func chainedPatternWithVariablesAndWildcards() throws {
        guard case .pattern(let q) = try QueryParser.parse("?x -[send]-> Patriot <-[ask|urge]- ?y -[*]- * min evidence 2") else {
            Issue.record("not a pattern"); return
        }
        #expect(q.nodes == [.variable("x"), .entity(NameRef("Patriot", at: 13)), .variable("y"), .anything])
        #expect(q.edges.map(\.direction) == [.outgoing, .incoming, .both])
        #expect(q.edges.map(\.relation) == [.oneOf(["send"]), .oneOf(["ask", "urge"]), .any])
        #expect(q.filters.minEvidence == 2)
    }

    @Test func otherQueryKinds() throws {
        #expect(try QueryParser.parse("why Romania -[send]-> Patriot with negated")
            == .why(WhyQuery(subject: NameRef("Romania", at: 4), relation: .oneOf(["send"]), direction: .outgoing,
                             object: NameRef("Patriot", at: 22), filters: { var f = QueryFilters(); f.withNegated = true; return f }())))
        #expect(try QueryParser.parse("find air defence until 2024") == .find(FindQuery(text: "air defence", filters: {
            var f = QueryFilters(); f.until = 20241231; return f }())))
        #expect(try QueryParser.parse("timeline #4 limit 3") == .timeline(TimelineQuery(entity: NameRef(id: 4, at: 9), filters: {
            var f = QueryFilters(); f.limit = 3; return f }())))
        guard case .dot(let d) = try QueryParser.parse("dot neighbors Romania depth 2 > out/romania.dot") else {
            Issue.record("not dot"); return
        }
        #expect(d.outputPath == "out/romania.dot")
        guard case .neighbors(let n) = d.selection else { Issue.record("not neighbors"); return }
        #expect(n.depth == 2)
    }

    @Test func entityNamedLikeACommandStartsAPattern() throws {
        guard case .pattern(let q) = try QueryParser.parse("Path -[x]-> ?y") else { Issue.record("not a pattern"); return }
        #expect(q.nodes[0] == .entity(NameRef("Path", at: 0)))
    }

    /// Error messages with their caret, compared with `Golden/parse-errors.txt`
    /// (regenerate with KG_UPDATE_GOLDEN=1).
    @Test func syntaxErrorsPointAtTheToken() throws {
        let queries = [
            "path Romania Russia",
            "path Romania -> ",
            "path Romania -> Russia max many",
            "path Romania -> Russia max 0",
            "Romania -[send> ?x",
            "Romania -[send]-> ?x sinse 2024",
            "why Romania Patriot",
            "neighbors Romania depth 99",
            "find",
            "path \"Romania -> Russia",
            "Romania ; drop table",
            "entity ?",
            "since 2024",
            "Romania",
            "path Romania -> Russia min confidence 2",
            "dot entity Romania",
            "path Ro\u{202E}mania -> Russia max x",
        ]
        var text = ""
        for query in queries {
            do {
                let parsed = try QueryParser.parse(query)
                text += "\(query)\n=> parsed: \(parsed)\n\n"
            } catch {
                #expect(error.offset >= 0 && error.offset <= query.unicodeScalars.count)
                text += error.rendered(in: query) + "\n\n"
            }
        }
        try Golden.check(text, against: "parse-errors.txt")
    }

    @Test func unclosedQuoteIsIncomplete() {
        #expect(throws: QuerySyntaxError("unclosed quote", at: 5, isIncomplete: true)) {
            try QueryParser.parse("path \"North")
        }
    }

    /// Issue 19: the file after '>' is one word or one quoted string, quotes removed; words after
    /// it are an error, never part of the name.
    @Test func dotRedirectsTakeOneFileName() throws {
        for (query, path) in [("dot neighbors Romania > \"q o.dot\"", "q o.dot"), ("dot neighbors Romania > 'q o.dot'", "q o.dot"),
                              ("dot neighbors Romania > out/romania-2.dot", "out/romania-2.dot"),
                              ("dot neighbors Romania >   r.dot ;", "r.dot")] {
            guard case .dot(let d) = try QueryParser.parse(query) else { Issue.record("not dot: \(query)"); continue }
            #expect(d.outputPath == path)
        }
        for query in ["dot neighbors Romania > a.dot extra words", "dot neighbors Romania > \"q o.dot\" extra", "dot neighbors Romania >"] {
            #expect(throws: QuerySyntaxError.self, "\(query)") { try QueryParser.parse(query) }
        }
        do {
            _ = try QueryParser.parse("dot neighbors Romania > a.dot extra words")
        } catch {
            #expect(error.message == "expected the end of the query after the file name (quote a name with spaces), found 'extra'")
            #expect(error.offset == 30)
        }
    }
}
