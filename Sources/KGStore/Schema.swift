/// The store's schema, one migration per `PRAGMA user_version`. Never edit a shipped
/// migration: append a new one. `docs/schema.md` documents these tables.
enum Schema {
    static let migrations: [String] = [v1, v2, v3, v4]

    static var currentVersion: Int { migrations.count }

    static let v1 = """
    CREATE TABLE articles (
        id          INTEGER PRIMARY KEY,
        source      TEXT NOT NULL UNIQUE,        -- path, path:line for JSON lines, or '-'
        title       TEXT NOT NULL,
        date        TEXT,                        -- ISO day, when known
        url         TEXT,
        hash        TEXT NOT NULL,               -- SHA-256 of the text; a new hash replaces the article
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE sentences (
        id      INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord     INTEGER NOT NULL,                -- position in the article
        start   INTEGER NOT NULL,                -- Unicode-scalar offsets into the article text
        "end"   INTEGER NOT NULL,
        text    TEXT NOT NULL,
        UNIQUE (article, ord)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TABLE entities (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL,                      -- canonical name
        type TEXT NOT NULL                       -- person, organization, place, object, event, concept
    );
    CREATE TABLE aliases (
        key    TEXT NOT NULL,                    -- folded alias: lower case, no punctuation
        alias  TEXT NOT NULL,                    -- as written
        entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        origin TEXT NOT NULL DEFAULT 'extracted', -- 'extracted' from articles, or 'user' (kg alias add, kg merge)
        PRIMARY KEY (key, entity)
    ) WITHOUT ROWID;
    CREATE INDEX aliases_entity ON aliases(entity);
    CREATE TABLE mentions (
        id       INTEGER PRIMARY KEY,
        entity   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        sentence INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        start    INTEGER NOT NULL,
        "end"    INTEGER NOT NULL,
        text     TEXT NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity);
    CREATE INDEX mentions_sentence ON mentions(sentence);
    CREATE TABLE edges (
        id        INTEGER PRIMARY KEY,
        subject   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        relation  TEXT NOT NULL,                 -- normalised relation
        object    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        negated   INTEGER NOT NULL DEFAULT 0,
        symmetric INTEGER NOT NULL DEFAULT 0,
        UNIQUE (subject, relation, object, negated)
    );
    CREATE INDEX edges_object ON edges(object);
    CREATE INDEX edges_relation ON edges(relation);
    CREATE TABLE evidence (
        id         INTEGER PRIMARY KEY,
        edge       INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
        sentence   INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        start      INTEGER NOT NULL,
        "end"      INTEGER NOT NULL,
        phrase     TEXT NOT NULL,                -- the raw relation phrase
        modality   TEXT NOT NULL DEFAULT 'asserted',
        confidence REAL NOT NULL,
        UNIQUE (edge, sentence, start, "end")
    );
    CREATE INDEX evidence_sentence ON evidence(sentence);
    CREATE VIEW edge_summary AS
        SELECT e.id, e.subject, e.relation, e.object, e.negated, e.symmetric,
               count(v.id) AS evidence_count, max(v.confidence) AS confidence
        FROM edges e LEFT JOIN evidence v ON v.edge = e.id GROUP BY e.id;
    """

    /// Articles whose extraction crashed or timed out: kept so that `kg stats` names them and a
    /// later run that stores the article clears its row.
    static let v2 = """
    CREATE TABLE failures (
        source    TEXT PRIMARY KEY,              -- as in articles.source
        hash      TEXT NOT NULL,                 -- SHA-256 of the text that failed
        reason    TEXT NOT NULL,                 -- 'extraction crashed (signal 4)', 'timed out after 60 s'
        failed_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """

    /// Each mention keeps the type its article gave the entity, so that a node's type is decided
    /// by all its mentions (`Store+Settling`), whatever order the articles arrived in.
    static let v3 = """
    ALTER TABLE mentions ADD COLUMN type TEXT NOT NULL DEFAULT '';
    UPDATE mentions SET type = (SELECT type FROM entities WHERE entities.id = mentions.entity);
    -- People by the last word of their name, for joining a bare surname (Store+Surnames). Built-in
    -- functions only, so that any SQLite tool can still write the file: rtrim leaves the name up to
    -- its last space, and replace cuts that off.
    CREATE INDEX entities_surname ON entities(lower(replace(name, rtrim(name, replace(name, ' ', '')), '')))
        WHERE type = 'person';
    """

    /// What each article's extraction said about its own entities, so that every article's names
    /// can be resolved again in store order (`Store+Relinking`) when a run stored one out of that
    /// order: the article's entities, and for each mention and piece of evidence the entity of the
    /// article it came from. Articles stored before this version have no such record.
    static let v4 = """
    CREATE TABLE article_entities (
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord     INTEGER NOT NULL,                -- index among the article's entities
        name    TEXT NOT NULL,
        type    TEXT NOT NULL,
        aliases TEXT NOT NULL,                   -- JSON array of the article's other names for it
        PRIMARY KEY (article, ord)
    ) WITHOUT ROWID;
    ALTER TABLE articles ADD COLUMN recorded INTEGER NOT NULL DEFAULT 0;  -- 1: article_entities holds its entities
    ALTER TABLE mentions ADD COLUMN local INTEGER;                        -- article_entities.ord
    ALTER TABLE evidence ADD COLUMN subject_local INTEGER;
    ALTER TABLE evidence ADD COLUMN object_local INTEGER;
    -- Settling a node's type and spelling (Store+Settling) counts its mentions by text and type:
    -- with both in the index it reads no mention rows.
    DROP INDEX mentions_entity;
    CREATE INDEX mentions_entity ON mentions(entity, text, type);
    CREATE TABLE linking (
        key   TEXT PRIMARY KEY,                  -- 'last': the last article linked in store order; 'owed': relink due
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    """
}
