-- Same layout as the SQLite schema: lossless JSON plus filter columns; tsvector + GIN for full text.
-- The tsvector is built from diacritic-folded text (folded in Python, like the query), so search
-- behaves the same with or without the unaccent extension.
CREATE TABLE articles (
    pk BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    title TEXT,
    text TEXT NOT NULL DEFAULT '',
    outlet TEXT,
    language TEXT,
    published TEXT,
    story_id TEXT,
    duplicate_of TEXT,
    data JSONB NOT NULL,
    tsv TSVECTOR NOT NULL
);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (lower(outlet), published);
CREATE INDEX articles_language ON articles (language, published);
CREATE INDEX articles_story ON articles (story_id, published);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE entities (
    article_pk BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);
CREATE INDEX entities_name ON entities (lower(name), article_pk);
CREATE INDEX entities_article ON entities (article_pk);

CREATE TABLE state (
    key TEXT PRIMARY KEY,
    value BYTEA NOT NULL
);
