import KGStore

/// What a query produced: a table of text cells, notes for the reader (`no path …`), and for
/// `dot` the selected subgraph the shell hands to the DOT writer.
public struct QueryResult: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[String]]
    public var notes: [String]
    public var subgraph: Subgraph?
    /// `dot … > FILE`
    public var outputPath: String?

    public init(columns: [String], rows: [[String]] = [], notes: [String] = [],
                subgraph: Subgraph? = nil, outputPath: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.subgraph = subgraph
        self.outputPath = outputPath
    }
}
