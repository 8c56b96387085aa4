/// General rules for the page furniture that news sites wrap around an article: breadcrumbs,
/// bylines, datelines, share prompts, photo credits, captions and "More stories" link lists.
///
/// Every rule looks at one line (a paragraph of plain text or a block of HTML) and is
/// deliberately conservative: a line of real prose (a sentence with a verb and final
/// punctuation) is never furniture, so the worst case is leaving furniture in, not losing text.
enum Furniture {
    /// Section names that news sites put in breadcrumbs and kickers: a general vocabulary,
    /// not any one site's menu.
    static let sectionWords: Set<String> = [
        "home", "news", "world", "us", "u.s.", "uk", "politics", "business", "economy", "markets", "money",
        "finance", "tech", "technology", "science", "health", "sport", "sports", "entertainment", "culture",
        "arts", "lifestyle", "travel", "opinion", "opinions", "analysis", "local", "national", "international",
        "europe", "asia", "africa", "americas", "middle", "east", "australia", "climate", "environment",
        "weather", "education", "media", "investigations", "video", "videos", "live", "breaking", "latest",
        "foreign", "policy", "defense", "defence", "security", "elections", "election", "congress", "white",
        "house", "crime", "justice", "law", "style", "food", "books", "music", "film", "tv", "top", "stories",
        "nation", "region", "regional", "metro", "global", "features", "feature", "explainer", "podcasts",
        "exclusive", "interview", "obituary", "obituaries", "review", "reviews", "commentary", "editorial",
        "&", "and", "of", "the",
    ]

    static let endSectionHeadings: Set<String> = [
        "more stories", "more news", "related", "related stories", "related articles", "related content",
        "related coverage", "related topics", "related links", "related news", "read more", "read next",
        "see also", "you may also like", "you might also like", "recommended", "recommended for you",
        "recommended stories", "most read", "most popular", "most viewed", "trending", "trending now",
        "top stories", "more on this story", "more on this topic", "latest news", "latest stories",
        "also read", "what to read next", "more coverage", "explore more", "don't miss", "more to explore",
        "further reading", "other stories", "popular stories", "more headlines",
    ]

    /// Prompts that introduce a single video, audio or gallery link ("Watch: …").
    private static let mediaPrompts: Set<String> = ["watch", "video", "listen", "photos", "gallery", "see", "related video"]

    private static let sharePrefixes = [
        "share this", "share on ", "share via", "share article", "share story", "follow us", "sign up for",
        "sign up to", "subscribe to", "subscribe now", "click here", "copy link", "email this", "print this",
        "listen to this", "skip to", "advertisement", "sponsored content", "save article", "save this",
        "get the app", "download the app", "join the conversation", "leave a comment", "view comments",
        "show comments", "support our journalism", "©", "copyright ", "all rights reserved",
        "this material may not be published",
    ]
    private static let socialWords: Set<String> = [
        "share", "facebook", "twitter", "x", "email", "e-mail", "whatsapp", "linkedin", "reddit", "print",
        "copy", "link", "pinterest", "telegram", "messenger", "flipboard", "comments", "comment", "bluesky",
        "threads", "mastodon", "tweet", "save", "gift",
    ]
    private static let creditMarkers = [
        "getty images", "ap photo", "photo:", "photo by ", "photograph:", "photograph by", "photos:", "image:",
        "image by", "image caption", "image copyright", "image source", "credit:", "photo credit", "file photo",
        "/reuters", "/ reuters", "/afp", "/ afp", "shutterstock", "epa-efe", "(photo:", "(photo by", "pictured:",
    ]
    private static let datelineStarts = [
        "posted", "published", "updated", "last updated", "first published", "originally published",
        "modified", "last modified",
    ]
    /// Words that only say when: a line made of these and numbers is a bare date line.
    private static let dateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "am", "pm", "a.m", "p.m", "at", "on", "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "pt",
        "pst", "pdt", "ct", "cst", "cdt", "mt", "updated", "published", "posted", "st", "nd", "rd", "th",
    ]
    /// Finite verb forms common in captions' neighbours; a line containing one is not a caption.
    private static let commonVerbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "says", "said", "say", "tells", "told",
        "gets", "got", "makes", "made", "takes", "took", "goes", "went", "comes", "came", "sees", "saw",
        "wants", "wins", "won", "meets", "met", "hits", "calls", "plans", "seeks", "faces", "warns", "vows",
        "urges", "backs", "sends", "sent", "agrees", "signs", "visits", "leads", "leaves", "left", "gives",
        "gave", "holds", "held", "runs", "ran", "sets", "puts", "keeps", "kept", "becomes", "became",
    ]

    private static let punctuation: Set<Character> = [".", ",", ";", ":", "!", "?", "(", ")", "\"", "'", "“", "”", "‘", "’", "-", "—", "–"]

    // MARK: - Line rules (each starts with a length check: long lines are never furniture)

    /// A full sentence: ends like one and is long enough to carry a statement.
    static func isProse(_ line: String) -> Bool {
        if line.utf8.count > 400 { return true }
        guard let last = line.last(where: { !"\"”’')]".contains($0) }) else { return false }
        let words = line.words.count
        return (last == "." && words >= 5) || (".!?".contains(last) && words >= 8)
    }

    private static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return ".!?:;\"”’".contains(last)
    }

    private static func isCapitalised<S: StringProtocol>(_ word: S) -> Bool {
        guard let first = word.first else { return false }
        return first.isUppercase || first.isNumber || ["&", "and", "of", "the"].contains(word.lowercased())
    }

    /// Splits a glued breadcrumb word such as "PoliticsForeign" at lower→upper boundaries where
    /// both sides are real words (3+ lower-case letters), so brand names like "YouTube" stay whole.
    static func unglued<S: StringProtocol>(_ word: S) -> [String] {
        let chars = Array(word)
        var parts: [String] = []
        var start = 0
        var i = 1
        while i < chars.count {
            if chars[i].isUppercase, chars[i - 1].isLowercase {
                let before = chars[start..<i]
                let lowerRun = before.reversed().prefix(while: \.isLowercase).count
                let after = chars[i...].dropFirst().prefix(while: \.isLowercase).count
                if lowerRun >= 3, after >= 3 {
                    parts.append(String(before))
                    start = i
                }
            }
            i += 1
        }
        parts.append(String(chars[start...]))
        return parts
    }

    /// "Home > World > Europe", "News | Politics", "PoliticsForeign Policy", "World".
    static func isBreadcrumb(_ line: String) -> Bool {
        guard line.utf8.count <= 160, line.count <= 80, !endsLikeSentence(line) else { return false }
        let separators: Set<Character> = [">", "›", "»", "|", "/", "•", "·"]
        let segments = line.split(whereSeparator: { separators.contains($0) }).map { $0.trimmed() }.filter { !$0.isEmpty }
        if segments.count >= 2, segments.allSatisfy({ segment in
            let w = segment.words
            return w.count <= 4 && w.allSatisfy { isCapitalised($0) }
        }) { return true }

        let w = line.words
        guard w.count <= 5, w.allSatisfy({ isCapitalised($0) }) else { return false }
        let pieces = w.flatMap { unglued($0) }
        if pieces.allSatisfy({ sectionWords.contains($0.lowercased()) }) { return true }
        return pieces.count > w.count && w.count <= 4
    }

    /// "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Reporting by …; Editing by …".
    static func isByline(_ line: String) -> Bool {
        guard line.utf8.count <= 200 else { return false }
        let lower = line.lowercased()
        let w = line.words
        guard w.count <= 14 else { return false }
        guard let last = line.last, !".!?".contains(last) || w.count <= 4 else { return false }
        for prefix in ["by ", "written by ", "reporting by ", "words by ", "story by ", "text by "] where lower.hasPrefix(prefix) {
            // Names are capitalised: "By Monday, the rebels had…" has too many lower-case words.
            let names = line.dropFirst(prefix.count).words
            let lowerCase = names.filter { $0.first?.isLowercase == true && !nameConnectors.contains($0.lowercased()) }
            return names.first?.first?.isUppercase == true && lowerCase.count <= 1
        }
        return false
    }

    private static let nameConnectors: Set<String> = [
        "and", "&", "in", "for", "of", "the", "at", "with", "by", "de", "la", "van", "von", "der", "da", "du", "le", "bin", "al",
    ]

    /// "Posted at 7:05 PM, Jun 21, 2024", "Updated 3 hours ago": whether the line is a dateline, and its date.
    static func dateline(_ line: String) -> (isDateline: Bool, date: String?) {
        guard line.utf8.count <= 160 else { return (false, nil) }
        let lower = line.lowercased()
        guard line.words.count <= 16 else { return (false, nil) }
        if let start = datelineStarts.first(where: { lower.hasPrefix($0) }),
           !(lower.dropFirst(start.count).first?.isLetter ?? false) {
            // "Posted at 7:05 PM, Jun 21, 2024", "Updated 3 hours ago", "Published 10:30 GMT", "Posted Sunday"
            let date = DateFinder.firstDate(in: line)
            let rest = lower.dropFirst(start.count).trimmed([" ", ":"])
            if date != nil || lower.containsText(" ago") || (!rest.isEmpty && isBareDate(String(rest))) { return (true, date) }
        }
        if line.utf8.count <= 80, isBareDate(line), let date = DateFinder.firstDate(in: line) { return (true, date) }
        return (false, nil)
    }

    /// The date of a wire-service dateline opening the first paragraph: "LONDON, 14 May 2019 —
    /// The bridge…", "Paris, Jan 5 2021 (Reuters) - …". Only the words before the first dash
    /// count, and they must be a place (capitalised words), the date and an agency in
    /// parentheses: "The firm, founded on 25 August 1938 - …" is story text, not a dateline.
    static func wireDateline(_ line: String) -> String? {
        let dashes = [" — ", " – ", " - ", "—", "–"]
        guard let dash = dashes.compactMap({ line.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              line.distance(from: line.startIndex, to: dash.lowerBound) <= 80
        else { return nil }
        let opening = line[..<dash.lowerBound]
        guard opening.first?.isUppercase == true, let date = DateFinder.firstDate(in: opening) else { return nil }
        var inAgency = false
        for token in opening.split(whereSeparator: { $0.isWhitespace || $0 == "," }) {
            if token.hasPrefix("(") { inAgency = true }
            defer { if token.hasSuffix(")") { inAgency = false } }
            let word = token.trimmed([".", "(", ")"]).lowercased()
            if inAgency || word.isEmpty || dateWords.contains(word) || word.allSatisfy({ $0.isNumber || "/.-".contains($0) }) { continue }
            if token.first?.isUppercase == true { continue }
            return nil
        }
        return date
    }

    private static func isBareDate(_ line: String) -> Bool {
        for token in line.lowercased().split(whereSeparator: { $0.isWhitespace || ",|–—-".contains($0) }) {
            let word = String(token.trimmed([".", ",", "(", ")"]))
            if word.isEmpty || dateWords.contains(word) { continue }
            if word.allSatisfy({ $0.isNumber || ":/.-tz".contains($0) }) { continue }
            return false
        }
        return true
    }

    /// "Share this article", "Follow us on X", "Facebook Twitter Email", "5 min read".
    static func isSharePrompt(_ line: String) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        let lower = line.lowercased()
        let w = lower.words
        guard !w.isEmpty, w.count <= 10 else { return false }
        if sharePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if w.allSatisfy({ socialWords.contains(String($0.trimmed(Self.punctuation))) }) { return true }
        if w.count <= 4, w.first?.allSatisfy(\.isNumber) == true,
           ["min", "mins", "minute", "minutes", "comments", "shares"].contains(String(w[1...].first ?? "")) {
            return true
        }
        return false
    }

    /// "(AP Photo/Evan Vucci)", "Photo: Jane Doe/Getty Images", "Image caption: …".
    static func isPhotoCredit(_ line: String) -> Bool {
        guard line.utf8.count <= 300, line.words.count <= 30 else { return false }
        let lower = line.lowercased()
        return creditMarkers.contains { lower.containsText($0) }
    }

    /// "More stories:", "Related", "YOU MAY ALSO LIKE": a bare heading that opens a link list.
    static func isLinkListHeading(_ line: String) -> Bool {
        guard line.utf8.count <= 60 else { return false }
        return endSectionHeadings.contains(String(line.lowercased().trimmed([" ", ":", ".", "»", "›", ">", "-", "–", "—"])))
    }

    /// "Read more: Floods in the valley": one link with its prompt, inside or after the story.
    static func isInlineLinkPrompt(_ line: String) -> Bool {
        guard line.utf8.count <= 200, let colon = line.firstIndex(of: ":") else { return false }
        let link = String(line[line.index(after: colon)...].trimmed())
        let prompt = String(line[..<colon].lowercased().trimmed())
        return !link.isEmpty && !isProse(link) && (endSectionHeadings.contains(prompt) || mediaPrompts.contains(prompt))
    }

    /// A short phrase with no verb and no final punctuation, such as a photo caption
    /// ("The Patriot weapons system"). Only removed next to other furniture.
    static func isVerblessPhrase(_ line: String) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        let w = line.words
        guard (2...8).contains(w.count), line.count <= 60, !endsLikeSentence(line) else { return false }
        if line.contains(where: { "\"“”".contains($0) }) { return false }
        return !w.contains { word in
            let lower = String(word.lowercased().trimmed(Self.punctuation))
            return commonVerbs.contains(lower) || (lower.count > 4 && (lower.hasSuffix("ed") || lower.hasSuffix("ing")))
        }
    }
}
