import Testing
@testable import KGRelations
