import KGExport

/// `print`, with the write checked: a full disk or I/O error ends the command with
/// `kg: error: cannot write standard output: …`, a closed pipe ends it quietly (see `KG.main`).
func printLine(_ line: String) throws {
    try OutputFile.standardOutput.write(line + "\n")
}
