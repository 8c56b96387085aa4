/// How query results are printed (`.mode`, `--mode`).
public enum OutputMode: String, CaseIterable, Sendable {
    /// Aligned columns for reading; invisible characters shown as escapes.
    case table
    /// One JSON array of objects per query.
    case json
    /// Tab-separated, backslash escapes for tab, newline, carriage return and backslash (and
    /// `\"` for a double quote opening a field).
    case tsv
    /// RFC 4180: fields with separators, quotes or line breaks are quoted.
    case csv
}
