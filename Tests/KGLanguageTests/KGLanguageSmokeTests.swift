import Testing
@testable import KGLanguage
