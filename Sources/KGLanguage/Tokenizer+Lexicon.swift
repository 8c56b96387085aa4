// Word lists behind the tokenizer's and splitter's decisions. They are general English
// conventions (AP style abbreviations, UD English EWT's tokenization), not corpus lines.
extension Tokenizer {
    /// Words that keep a following full stop as part of the token (`Dr.`, `Jun.`, `Inc.`), matched
    /// case-sensitively. Letter-dot sequences (`U.S.`, `p.m.`) and single capitals (`J.`) are
    /// recognised by shape and need no entry.
    static let abbreviations: Set<String> = titles.union([
        // Companies and addresses
        "Inc", "Corp", "Co", "Ltd", "Bros", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd", "Mt", "Ft", "St",
        "Jr", "Sr", "Esq", "No", "Nos", "Vol", "Vols", "pp", "Ph", "Fig", "fig", "Ch", "ch", "ext",
        // Latin and general
        "etc", "vs", "al", "approx", "est", "cf", "viz", "ca", "min", "mins", "hr", "hrs", "yr", "yrs",
        "oz", "lb", "lbs", "ft", "sq", "tel", "Tel", "Fax", "misc",
        // Months and weekdays
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        // US states (AP style)
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
        "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ])

    /// Abbreviations that precede a name or number and so never end a sentence (`Dr. Lee`).
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Hon", "Sen", "Sens", "Rep", "Reps", "Gov",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Supt", "Insp",
        "Pres", "Amb", "Atty", "Fr", "vs", "v",
    ]

    /// Prefixes EWT keeps joined to the word after their hyphen (`e-mail`, `non-profit`, `co-founder`);
    /// all other hyphens become tokens of their own (`surface - to - air`), as in EWT.
    static let hyphenPrefixes: Set<String> = [
        "e", "non", "pre", "anti", "re", "mid", "post", "co", "pro", "multi", "ex", "sub", "semi",
        "neo", "cross", "counter", "intra", "inter", "micro", "macro", "vice", "un", "socio", "psycho",
        "arch", "bi", "tri", "uni", "trans", "ultra", "mega", "mini", "quasi", "pseudo", "extra",
    ]

    /// Single words EWT writes as two syntactic words, with the length of the first part.
    static let fusedWords: [String: Int] = [
        "cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3,
    ]

    /// Units and clock suffixes split off a number written without a space (`7:30PM` → `7:30` `PM`).
    static let numberSuffixes: Set<String> = [
        "am", "pm", "a.m.", "p.m.", "mm", "cm", "km", "m", "kg", "g", "mg", "lb", "lbs", "mph", "kph",
        "gb", "mb", "kb", "tb", "ghz", "mhz", "khz", "hz", "ml", "l", "k", "bn", "mn",
    ]

    /// Auxiliaries written with `nt` and no apostrophe in informal text (`dont` → `do` `nt`).
    static let negatedAuxiliaries: Set<String> = [
        "do", "does", "did", "ca", "wo", "is", "was", "are", "were", "could", "would", "should",
        "have", "has", "had", "ai", "must", "need",
    ]

    /// Emoticons kept as one token, longest first so `:-)` wins over `:-`.
    static let emoticons: [String] = [
        ":-)", ":-(", ":-D", ":-P", ";-)", ":'(", "^_^", ":)", ":(", ":D", ":P", ":p", ";)", "(:", "^^", ":/",
    ]
}
