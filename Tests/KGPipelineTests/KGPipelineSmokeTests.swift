import Testing
@testable import KGPipeline
