import KGStore

/// What a query produced: a table of text cells, notes for the reader (`no path …`), and for
/// `dot` the selected subgraph the shell hands to the DOT writer.
public struct QueryResult: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[String]]
    /// Indices of the columns whose cells are counts, so `.mode json` prints them as numbers.
    public var numericColumns: Set<Int>
    public var notes: [String]
    public var subgraph: Subgraph?
    /// `dot … > FILE`
    public var outputPath: String?
    /// For path queries, each path's hops in row order, so `.mode json` can print structure
    /// instead of the rendered text.
    public var paths: [[PathHop]] = []

    public init(columns: [String], rows: [[String]] = [], numericColumns: Set<Int> = [], notes: [String] = [],
                subgraph: Subgraph? = nil, outputPath: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.numericColumns = numericColumns
        self.notes = notes
        self.subgraph = subgraph
        self.outputPath = outputPath
    }
}
