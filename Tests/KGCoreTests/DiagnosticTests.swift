import KGCore
import Testing

/// Every problem prints one way: the compiler's `SOURCE:LINE:COLUMN: SEVERITY: MESSAGE`, with
/// the program in place of a missing source.
@Suite struct DiagnosticTests {
    @Test(arguments: [
        (Diagnostic(source: "a.kgq", line: 3, column: 7, message: "syntax error: expected '->'"),
         "a.kgq:3:7: error: syntax error: expected '->'"),
        (Diagnostic(source: "news.jsonl", line: 12, severity: .warning, message: "no text"), "news.jsonl:12: warning: no text"),
        (Diagnostic(source: "kg.sqlite", message: "not a kg graph"), "kg.sqlite: error: not a kg graph"),
        (Diagnostic(source: "kg.sqlite", column: 4, message: "a column needs a line"), "kg.sqlite: error: a column needs a line"),
        (Diagnostic(message: "no graph at kg.sqlite"), "kg: error: no graph at kg.sqlite"),
        (Diagnostic(severity: .note, message: "wrote graph.svg"), "kg: note: wrote graph.svg"),
        (Diagnostic(line: 2, message: "expected 10 columns"), "kg: error: line 2: expected 10 columns"),
    ])
    func printedForm(diagnostic: Diagnostic, printed: String) {
        #expect(diagnostic.description == printed)
    }

    struct Plain: Error, CustomStringConvertible { var description: String { "out of disk" } }
    struct Placeless: DiagnosticConvertible, CustomStringConvertible { var description: String { "no graph at kg.sqlite" } }

    /// kg's own errors without a place conform by the protocol's default: the description is the message.
    @Test func aPlacelessErrorsDiagnosticIsItsDescription() {
        #expect(Diagnostic(Placeless()) == Diagnostic(message: "no graph at kg.sqlite"))
        #expect(Diagnostic(Placeless()).description == "kg: error: no graph at kg.sqlite")
    }

    @Test func anyErrorMapsToOne() {
        #expect(Diagnostic(Plain()) == Diagnostic(message: "out of disk"))
        let problem = ReadProblem(source: "a.html", line: 4, reason: "invalid UTF-8", severity: .warning)
        #expect(Diagnostic(problem) == Diagnostic(source: "a.html", line: 4, severity: .warning, message: "invalid UTF-8"))
        #expect(problem.description == "a.html:4: warning: invalid UTF-8")
    }
}
