import Testing
@testable import KGEntities
