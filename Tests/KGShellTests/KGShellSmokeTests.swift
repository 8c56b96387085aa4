import Testing
@testable import KGShell
