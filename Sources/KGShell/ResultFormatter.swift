import KGQuery

/// Prints a `QueryResult` in one output mode. Every mode survives hostile cell text
/// (quotes, separators, line breaks, control characters, bidirectional marks): the text is
/// escaped or quoted so each row stays one record of the mode's syntax.
public struct ResultFormatter: Sendable {
    public var mode: OutputMode
    /// Print the header row (table, tsv, csv).
    public var header = true
    /// The terminal's width in columns: a table wider than this has its widest columns cut,
    /// each cut cell ending in "…". Nil (output to a file or pipe) never cuts; the other modes
    /// always carry the full text.
    public var width: Int?

    public init(mode: OutputMode, header: Bool = true, width: Int? = nil) {
        self.mode = mode
        self.header = header
        self.width = width
    }

    /// Columns are never cut narrower than this, even when the table then overflows.
    static let narrowestCutColumn = 6

    /// The result as text ending in a newline, or "" when there are no columns.
    public func format(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return "" }
        switch mode {
        case .table: return table(result)
        case .json: return json(result)
        case .tsv: return separated(result, separator: "\t", escape: Self.tsvField)
        case .csv: return separated(result, separator: ",", escape: Self.csvField)
        }
    }

    private func table(_ result: QueryResult) -> String {
        guard !result.rows.isEmpty else { return "" }
        let cells = result.rows.map { $0.map(Self.visible) }
        let last = result.columns.count - 1
        var widths = result.columns.map(\.count)
        for row in cells { for (i, cell) in row.enumerated() where i <= last { widths[i] = max(widths[i], cell.count) } }
        if let width { widths = Self.fitted(widths, into: width) }
        func line(_ values: [String]) -> String {
            var text = ""
            for (i, value) in values.enumerated() where i <= last {
                let shown = value.count > widths[i] ? String(value.prefix(widths[i] - 1)) + "…" : value
                text += i == last ? shown : shown + String(repeating: " ", count: widths[i] - shown.count + 2)
            }
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var text = ""
        if header {
            text += line(result.columns)
            text += line(widths.map { String(repeating: "-", count: $0) })
        }
        for row in cells { text += line(row) }
        return text
    }

    /// Column widths that fit `total` columns with two spaces between them: every column wider
    /// than some cap is cut to it, the cap as high as fits (so narrow columns keep their text
    /// and the wide ones share what is left), but never below `narrowestCutColumn`.
    static func fitted(_ widths: [Int], into total: Int) -> [Int] {
        let gaps = 2 * max(0, widths.count - 1)
        func needed(_ cap: Int) -> Int { widths.reduce(gaps) { $0 + min($1, cap) } }
        guard needed(widths.max() ?? 0) > total else { return widths }
        var low = narrowestCutColumn, high = widths.max() ?? narrowestCutColumn
        while low < high {
            let cap = (low + high + 1) / 2
            if needed(cap) <= total { low = cap } else { high = cap - 1 }
        }
        return widths.map { min($0, low) }
    }

    private func separated(_ result: QueryResult, separator: String, escape: (String) -> String) -> String {
        var text = ""
        if header { text += result.columns.map(escape).joined(separator: separator) + "\n" }
        for row in result.rows { text += row.map(escape).joined(separator: separator) + "\n" }
        return text
    }

    private func json(_ result: QueryResult) -> String {
        guard !result.rows.isEmpty else { return "[]\n" }
        if !result.paths.isEmpty { return jsonPaths(result.paths) }
        let objects = result.rows.map { row in
            "{" + zip(result.columns, row).enumerated().map { i, field in
                let (column, cell) = field
                let value = result.numericColumns.contains(i) && Int(cell) != nil ? cell : Self.jsonString(cell)
                return Self.jsonString(column) + ": " + value
            }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// Paths as structure: one object per path with its hop count and its hops in order.
    ///
    ///     {"hops": 2, "path": [{"from": "Romania", "relation": "support", "to": "Ukraine",
    ///                           "direction": "->", "negated": false}, …]}
    private func jsonPaths(_ paths: [[PathHop]]) -> String {
        let objects = paths.map { hops in
            let hopObjects = hops.map { hop in
                var fields = [("from", Self.jsonString(hop.from)), ("relation", Self.jsonString(hop.relation)),
                              ("to", Self.jsonString(hop.to)), ("direction", Self.jsonString(hop.direction)),
                              ("negated", hop.negated ? "true" : "false")]
                if let evidence = hop.evidence {
                    fields += [("evidence", Self.jsonString(evidence.sentence)), ("article", Self.jsonString(evidence.article)),
                               ("date", evidence.date.map(Self.jsonString) ?? "null")]
                }
                return "{" + fields.map { Self.jsonString($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
            }
            return "{\"hops\": \(hops.count), \"path\": [" + hopObjects.joined(separator: ", ") + "]}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    // MARK: Escaping

    /// Characters that would move the cursor, reorder text or hide themselves.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: true
        default: false
        }
    }

    /// Table cells: `\n`, `\t`, `\r` and `\u{200F}`-style escapes for everything invisible.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        return escaped(text, backslash: false)
    }

    /// TSV fields: the table escapes, and a backslash doubled so the escapes read back
    /// unambiguously. A double quote opening a field becomes `\"`: readers that take TSV as CSV
    /// with tabs (spreadsheets, Python's csv, pandas) would otherwise read it as a quoted field
    /// running on past the tab.
    public static func tsvField(_ text: String) -> String {
        let field = escaped(text, backslash: true)
        return field.hasPrefix("\"") ? "\\" + field : field
    }

    private static func escaped(_ text: String, backslash: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\" where backslash: result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where isInvisible(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func csvField(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || isInvisible($0) }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        var result = "\""
        for character in text { result += character == "\"" ? "\"\"" : String(character) }
        return result + "\""
    }

    /// A JSON string literal; every invisible character becomes a `\u` escape so the
    /// output is plain, safe text.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where isInvisible(scalar):
                for unit in String(scalar).utf16 { result += "\\u" + hex4(unit) }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func hex4(_ value: UInt16) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
