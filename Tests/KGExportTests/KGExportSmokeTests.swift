import Testing
@testable import KGExport
