import Testing
@testable import KGQuery
