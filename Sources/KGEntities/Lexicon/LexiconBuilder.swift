import Foundation

/// Generates `places.tsv` and `demonyms.tsv` from the country gazetteers in `shared/data/gazetteer`
/// (Debian iso-codes' ISO 3166-1 and mledoze/countries); `kg entities build-lexicons` runs it.
///
/// Every country gets its common and official names, ISO names, alternative spellings, alpha-3
/// codes and the two-letter codes news uses for countries (`US`, `U.S.`, `UK`), its capitals, and its English demonyms.
/// Continents and subregions are added as places. Canonical names are mledoze's common names.
public enum LexiconBuilder {
    public struct Output: Sendable {
        public var places: String
        public var demonyms: String
    }

    /// The only two-letter country codes news writes for countries. Every other one is more often
    /// something else in running text (`GM` General Motors, `BT` a telecoms firm, `MP` a member of
    /// parliament, `IT`, `ME`), so two-letter codes and their dotted forms (`S.A.`, a company
    /// suffix) are left out; three-letter codes (`USA`, `GBR`) stay.
    static let twoLetterCodesInNews: Set<String> = ["US", "UK"]

    /// Names news uses for a country that the gazetteers leave out, by canonical name.
    static let everydayNames: [String: [String]] = ["United Kingdom": ["Britain"], "United States": ["America"]]

    public static func build(gazetteer folder: URL) throws -> Output {
        // UN members first, so a shared demonym (`American`) or alias names the sovereign country.
        let countries = (try json(folder.appendingPathComponent("mledoze-countries.json")) as? [[String: Any]] ?? [])
            .enumerated().sorted { a, b in
                let (memberA, memberB) = (a.element["unMember"] as? Bool ?? false, b.element["unMember"] as? Bool ?? false)
                return memberA != memberB ? memberA : a.offset < b.offset
            }.map(\.element)
        let iso = (try json(folder.appendingPathComponent("iso_3166-1.json")) as? [String: Any])?["3166-1"] as? [[String: Any]] ?? []
        var isoByAlpha3: [String: [String: Any]] = [:]
        for entry in iso { if let code = entry["alpha_3"] as? String { isoByAlpha3[code] = entry } }

        var places: [(String, String, String)] = []  // alias, canonical, match
        var demonyms: [(String, String)] = []
        var regions: [String] = []
        for country in countries {
            guard let name = country["name"] as? [String: Any], let common = name["common"] as? String else { continue }
            var aliases: [String] = [common] + (everydayNames[common] ?? [])
            if let official = name["official"] as? String { aliases.append(official) }
            var codes: [String] = []
            if let alpha3 = country["cca3"] as? String {
                codes.append(alpha3)
                if let entry = isoByAlpha3[alpha3] {
                    for key in ["name", "official_name", "common_name"] {
                        if let value = entry[key] as? String { aliases.append(value) }
                    }
                }
            }
            for code in [country["cca2"] as? String].compactMap({ $0 }) + (country["altSpellings"] as? [String] ?? []) where isCode(code) {
                if code.count == 2 {
                    guard twoLetterCodesInNews.contains(code) else { continue }
                    codes.append(code.map { "\($0)." }.joined())
                }
                codes.append(code)
            }
            for spelling in country["altSpellings"] as? [String] ?? [] where !isCode(spelling) { aliases.append(spelling) }
            if codes.contains("USA") { codes.append("U.S.A.") }
            // "Korea, Republic of" is a catalogue form nobody writes; so are names with brackets.
            for alias in unique(aliases) where !alias.contains(",") && !alias.contains("(") && isLatin(alias) {
                places.append((alias, common, "name"))
                if alias.hasPrefix("The ") { places.append((String(alias.dropFirst(4)), common, "name")) }
            }
            for code in unique(codes) { places.append((code, common, "code")) }
            for capital in country["capital"] as? [String] ?? [] where isLatin(capital) {
                places.append((capital, capital, "name"))
            }
            if let english = (country["demonyms"] as? [String: Any])?["eng"] as? [String: String] {
                for demonym in unique([english["m"], english["f"]].compactMap { $0 }) where !demonym.isEmpty {
                    demonyms.append((demonym, common))
                    demonyms.append((plural(demonym), common))
                }
            }
            for key in ["region", "subregion"] {
                if let region = country[key] as? String, !region.isEmpty { regions.append(region) }
            }
        }
        for region in unique(regions) { places.append((region, region, "name")) }
        let placeLines = places.map { "\($0.0)\t\($0.1)\tplace\t\($0.2)" }
        let demonymLines = unique(demonyms.map { "\($0.0)\t\($0.1)" })
        let header = "# Generated by `kg entities build-lexicons` from shared/data/gazetteer; see README.md.\n"
        return Output(places: header + unique(placeLines).joined(separator: "\n") + "\n",
                      demonyms: header + demonymLines.joined(separator: "\n") + "\n")
    }

    static func isCode(_ text: String) -> Bool {
        text.count <= 4 && text.allSatisfy { $0.isUppercase || $0 == "." }
    }

    static func isLatin(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x250 || $0 == "\u{2019}" }
    }

    /// `Ukrainian` → `Ukrainians`, `Swiss` → `Swiss`, `Chinese` → `Chinese`.
    static func plural(_ demonym: String) -> String {
        if demonym.hasSuffix("s") || demonym.hasSuffix("ese") || demonym.hasSuffix("sh") || demonym.hasSuffix("ch") { return demonym }
        return demonym + "s"
    }

    static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen: Set<T> = []
        return items.filter { seen.insert($0).inserted }
    }

    private static func json(_ url: URL) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }
}
