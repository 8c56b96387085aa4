/// Closed-class English words the clause patterns key on. General grammar, not taken from any
/// one text: relative pronouns, negators, modal auxiliaries, verbs of saying, control verbs.
enum ClauseLexicon {
    static let relativePronouns: Set<String> = ["who", "whom", "which", "that", "whose", "where", "when"]
    static let personalPronouns: Set<String> = [
        "i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them", "this", "that", "these",
        "those", "there", "its", "their", "his", "our", "my", "your", "one", "itself", "themselves", "himself",
        "herself", "ourselves", "myself", "yourself", "something", "someone", "anyone", "everyone", "nobody", "what",
        "who", "whom", "which", "whose",
    ]
    static let negators: Set<String> = ["not", "n't", "never", "nt"]
    /// Modal auxiliaries that make a statement a possibility.
    static let possibleModals: Set<String> = ["may", "might", "could", "would", "should", "can", "must", "ought"]
    /// Control verbs and nouns whose complement is an intention, not yet a fact; with them the
    /// verbs that ask another to act (`urged Care International to close its office`).
    static let planning: Set<String> = [
        "plan", "intend", "aim", "want", "hope", "wish", "expect", "propose", "threaten", "seek", "try", "attempt",
        "prepare", "consider", "promise", "pledge", "vow", "offer", "mean", "desire", "strive", "proposal",
        "intention", "bid", "threat", "urge", "ask", "encourage", "persuade", "order", "invite", "advise", "press",
        "call", "appeal",
    ]
    /// Verbs whose object is who does what their infinitive says (`urged Kyiv to wait`, `sent troops
    /// to fight`); after any other verb the infinitive is the subject's purpose.
    static let objectControl: Set<String> = [
        "ask", "tell", "urge", "order", "force", "allow", "enable", "permit", "persuade", "encourage", "invite", "want",
        "expect", "need", "require", "help", "advise", "warn", "remind", "cause", "lead", "get", "instruct", "authorise",
        "authorize", "oblige", "compel", "pressure", "pressurise", "press", "push", "prompt", "inspire", "challenge",
        "dare", "beg", "call", "elect", "appoint", "choose", "select", "pick", "name", "nominate", "hire", "recruit",
        "sign", "train", "teach", "like", "prefer", "hate", "love", "mean", "intend", "trust", "believe", "consider",
        "know", "find", "declare", "report", "show", "prove", "assume", "judge", "deem", "rate", "tip", "back", "drive",
        "convince", "motivate", "entitle", "empower", "commission", "bribe", "tempt", "lure", "induce", "provoke",
        "forbid", "ban", "bar", "wish", "request", "implore", "command", "direct", "send", "prepare",
        "free", "recommend", "assign", "employ", "fund", "mobilise", "mobilize", "deploy",
    ]
    /// Nouns whose `that` clause someone says or alleges (`claims that …`): reported, not asserted.
    static let sayingNouns: Set<String> = [
        "claim", "allegation", "report", "suggestion", "rumour", "rumor", "accusation", "assertion", "statement",
        "argument", "charge", "insistence", "warning", "announcement", "news", "word", "view", "belief", "idea",
    ]
    /// Nouns whose `that` clause may or may not come true (`fears that …`, `the chance that …`).
    static let supposingNouns: Set<String> = [
        "possibility", "chance", "risk", "fear", "prospect", "likelihood", "danger", "hope", "speculation", "suspicion",
        "concern", "worry", "doubt", "expectation", "hypothesis", "theory",
    ]
    /// Nouns whose `that` clause is denied (`the ministry's denial that it was involved`).
    static let denyingNouns: Set<String> = ["denial", "rejection", "refutation"]
    /// Subordinators of a condition: what their clause says may not happen (`if`, `unless`).
    static let conditionMarkers: Set<String> = ["if", "unless", "whether", "lest"]
    /// Auxiliaries of the future: what they say has not happened yet.
    static let futureAuxiliaries: Set<String> = ["will", "shall", "wo"]
    /// Control verbs that deny their complement (`refused to send`, `denied sending`).
    static let negating: Set<String> = ["refuse", "fail", "deny", "decline", "reject", "neglect", "stop", "cease", "quit"]
    /// Verbs of agreeing: a reciprocal complement under them states a pact.
    static let agreeing: Set<String> = ["agree", "sign", "pledge", "vow", "promise", "commit", "decide", "resolve"]
    /// Words that open an embedded question or a free relative (`what he does`, `how it works`).
    static let whWords: Set<String> = ["what", "how", "whether", "who", "whom", "which", "where", "when", "why", "whatever"]
    /// Verbs whose object is what the subject turns into or stays (`became the captain`).
    static let becoming: Set<String> = ["become", "remain"]
    /// Nouns of time: a phrase headed by one (`the summer`, `six months`, `the first time`) says when,
    /// never what a fact is about, so it is no end of a fact.
    static let timeNouns: Set<String> = [
        "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year", "decade",
        "century", "millennium", "season", "spring", "summer", "autumn", "winter", "morning", "afternoon",
        "evening", "midnight", "noon", "today", "tonight", "tomorrow", "yesterday", "time", "period", "moment",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "april", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter",
        "while", "future", "past", "date", "era", "age", "spell", "stint",
    ]
    /// Ordinals: a phrase ranked by one (`the first round`, `fourth seed`, `his 50th cap`) is a
    /// place in a sequence, not a thing a fact is about.
    static let ordinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth",
    ]

    static func isOrdinal(_ word: String) -> Bool {
        ordinals.contains(word) || word.count >= 3 && word.first!.isNumber
            && ["st", "nd", "rd", "th"].contains(word.suffix(2)) && word.dropLast(2).allSatisfy(\.isNumber)
    }

    /// Courtesy titles: before a name they say nothing about a role.
    static let honorifics: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "madam"]
    /// Subordinators of an adverbial clause that says how or when the main verb's action happened.
    static let meansAndTimeMarkers: Set<String> = ["by", "after", "before", "without", "until"]
    /// Verbs that say little on their own: their object noun says what was done (`made a complaint
    /// to`, `took control of`, `struck a deal with`), so the noun joins the relation.
    static let lightVerbs: Set<String> = ["make", "take", "have", "give", "hold", "do", "get", "put", "pay", "reach", "strike", "seal"]
    /// Verbs whose indirect object is whom one addresses, not a recipient (`told the BBC`).
    static let addressing: Set<String> = ["tell", "ask", "warn", "inform", "urge", "remind", "assure", "advise", "notify", "teach", "show"]
    /// Words that introduce examples of a noun (`artists including X`, `firms such as Y`).
    static let exampleMarkers: Set<String> = ["including", "like", "such as", "notably", "especially", "among them"]
    /// Verbs that list what their subject's group holds (`its clients include …`).
    static let including: Set<String> = ["include", "comprise"]
    /// Adverbs that make coordinated subjects act on each other.
    static let reciprocalAdverbs: Set<String> = ["jointly", "together", "mutually", "bilaterally"]
}
