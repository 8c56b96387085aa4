import Testing
@testable import KGReader
