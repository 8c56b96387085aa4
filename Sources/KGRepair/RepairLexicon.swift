/// Closed-class English words the repair rules key on. The relation readers key on the same
/// words, so they read them from here: one list each, owned by the first stage that needs it.
public enum RepairLexicon {
    /// Verbs and nouns of saying: their complement is reported speech, their subject the speaker.
    public static let speech: Set<String> = [
        "say", "tell", "announce", "add", "state", "claim", "note", "report", "warn", "insist", "argue", "confirm",
        "deny", "explain", "write", "declare", "assert", "suggest", "acknowledge", "admit", "reply", "respond",
        "remark", "mention", "stress", "emphasize", "emphasise", "indicate", "allege", "believe", "think",
    ]
    /// The abbreviations of US states that news style writes after a town (`Provo , Utah`,
    /// `Lowell , Mass.`), lower case; the postal codes come with the place lexicon.
    public static let stateAbbreviations: Set<String> = [
        "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "kans.",
        "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nebr.", "nev.", "n.h.",
        "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "tex.",
        "va.", "vt.", "wash.", "wis.", "w.va.", "wyo.", "d.c.",
    ]
    /// Quotation marks as the tokenizer and the Penn Treebank write them, lower case.
    public static let quotationMarks: Set<String> = ["``", "''", "\"", "“", "”"]
    /// Quantifier lemmas that can head a partitive (`most of the boats`, `dozens of them`).
    public static let quantifiers: Set<String> = ["some", "many", "most", "all", "several", "few", "each", "any", "none",
                                                  "both", "half", "part", "one", "dozens", "hundreds", "thousands"]
    /// Participles that news uses as adjectives before a role (`opposing skipper`, `defending
    /// champion`, `outgoing chairman`): they describe the holder, they are no verb acting on him.
    public static let attributiveParticiples: Set<String> = [
        "opposing", "defending", "reigning", "outgoing", "incoming", "ruling", "visiting", "retiring", "sitting",
        "serving", "acting", "governing", "presiding", "founding", "managing", "ailing", "departing", "returning",
        "aspiring", "competing", "remaining", "existing", "touring", "commanding", "leading",
    ]
    /// Verbs that take a predicate after their object (`elected Ana Ruiz its leader`): a name
    /// before the second noun phrase is what is named, no recipient.
    public static let naming: Set<String> = [
        "name", "call", "elect", "appoint", "make", "declare", "crown", "dub", "vote", "consider", "deem", "label",
        "brand", "rate", "rank", "nominate", "choose", "select", "proclaim", "term",
    ]
}
