/// `.help` and `.help TOPIC`.
enum ShellHelp {
    static let topics: [(name: String, text: String)] = [
        ("path", """
        path A -> B [max N] [via REL|REL] [all | k N] [with evidence] [FILTERS]
          Shortest directed path from A to B ('--' instead of '->' ignores direction).
          max N: at most N hops (default 6); via: only these relations; all: every shortest
          path; k N: the N shortest simple paths; with evidence: a sentence for each hop.
          Only facts of confidence 0.4 or more are walked unless a filter says otherwise.
          path Romania -> Russia
          path Romania -> Russia min confidence 0
          path North Korea -- Ukraine max 3 via send|supply k 3 with evidence
        """),
        ("pattern", """
        NODE -[REL]-> NODE [<-[REL]- NODE ...] [FILTERS]
          Triple patterns, chained. NODE is a name, ?var or *; REL is a relation, a|b, * or ?var.
          -[r]-> points right, <-[r]- points left, -[r]- matches either direction.
          Romania -[send]-> ?what
          ?who -[*]-> Patriot
          ?a -[pact]- ?b
          ?x -[send]-> Patriot <-[ask]- ?y
        """),
        ("neighbors", """
        neighbors A [out|in|both] [depth N] [via REL|REL] [FILTERS]
          The edges around A, breadth-first up to N hops (default 1, both directions).
          neighbors Ukraine in depth 2
        """),
        ("why", """
        why A -[REL]-> B [FILTERS]
          Every sentence that supports the edge, with its article's title, date and source.
          why Romania -[send]-> Patriot
        """),
        ("entity", """
        entity A
          Canonical name, id, type, aliases, degree and the articles that mention A.
        """),
        ("find", """
        find TEXT [FILTERS]
          Full-text search over sentences and entity names. find "air defence"
        """),
        ("timeline", """
        timeline A [FILTERS]
          A's facts, one row per supporting sentence, ordered by article date.
        """),
        ("dot", """
        dot QUERY [> FILE]
          The edges a path, neighbors or pattern query selects, as a Graphviz DOT graph.
          FILE is one word, or quoted ("my graph.dot"); nothing may follow it.
          dot neighbors Romania depth 2 > romania.dot
        """),
        ("filters", """
        Filters, for every query kind:
          since DATE, until DATE    article dates (YYYY, YYYY-MM or YYYY-MM-DD)
          min evidence N            facts stated in at least N sentences
          min confidence X          facts with confidence (chance of being right) at least X
          with negated              include negated facts (left out by default)
          limit N                   at most N rows (default 1000)
        """),
        ("names", """
        Names match canonical names and aliases regardless of case and punctuation.
        Multi-word names need no quotes (path North Korea -> Ukraine); quotes always work;
        #ID names an entity by its id (see 'entity'). Tab completes names.
        """),
        ("commands", DotCommand.helpText),
    ]

    static func text(topic: String) -> String {
        let topic = topic.lowercased()
        if topic.isEmpty {
            return """
            Queries:
              path A -> B               shortest path
              Romania -[send]-> ?what   triple pattern
              neighbors A               the edges around A
              why A -[rel]-> B          the sentences behind an edge
              entity A                  name, type, aliases, degree, articles
              find TEXT                 full-text search
              timeline A                A's facts by article date
              dot QUERY [> FILE]        a query's edges as Graphviz DOT
            Filters for every query: since, until, min evidence, min confidence, with negated, limit.
            More with .help TOPIC: \(topics.map(\.name).joined(separator: ", ")).
            Lines ending in '\\' continue on the next line.

            Dot-commands:

            """ + topics.first { $0.name == "commands" }!.text + "\n"
        }
        guard let found = topics.first(where: { $0.name == topic || $0.name.hasPrefix(topic) }) else {
            return "no help on \"\(topic)\"; topics: " + topics.map(\.name).joined(separator: ", ") + "\n"
        }
        return found.text + "\n"
    }
}
