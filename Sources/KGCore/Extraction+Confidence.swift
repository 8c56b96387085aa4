extension Extraction {
    /// A confidence as the contract carries it, to three places. The store keeps the same, so an
    /// article stored from `kg extract --json` output is stored exactly as one extracted in place.
    public static func contractConfidence(_ confidence: Double) -> Double {
        (confidence * 1000).rounded() / 1000
    }
}
