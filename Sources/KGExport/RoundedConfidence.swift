/// Confidences as the exports write them: three decimal places. The extractor's scores mean
/// nothing finer, and the binary fraction a sum leaves (`0.6519999999999999`) reads as noise in
/// a spreadsheet or a SPARQL result.
enum RoundedConfidence {
    /// `value` rounded to three decimal places (a non-finite score, which the store never
    /// holds, counts as 0).
    static func value(_ value: Double) -> Double {
        Double(thousandths(value)) / 1000
    }

    /// The same number as a plain decimal numeral without exponent, valid as `xsd:decimal`:
    /// `0.652`, `0.9`, `1.0`.
    static func text(_ value: Double) -> String {
        let count = thousandths(value)
        let magnitude = count.magnitude
        var fraction = String(magnitude % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
        return (count < 0 ? "-" : "") + "\(magnitude / 1000)." + fraction
    }

    private static func thousandths(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int((value * 1000).rounded())
    }
}
