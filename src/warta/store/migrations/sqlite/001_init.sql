-- Articles: the lossless JSON (Article.to_dict() without `text`, which has its own column for FTS)
-- plus the columns that filters and idempotence need.
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    title TEXT,
    text TEXT NOT NULL DEFAULT '',
    outlet TEXT COLLATE NOCASE,
    language TEXT,
    published TEXT,
    story_id TEXT,
    duplicate_of TEXT,
    data TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet, published);
CREATE INDEX articles_language ON articles (language, published);
CREATE INDEX articles_story ON articles (story_id, published);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE entities (
    article_rowid INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE,
    type TEXT NOT NULL
);
CREATE INDEX entities_name ON entities (name, article_rowid);
CREATE INDEX entities_article ON entities (article_rowid);

-- BM25 full text over title and text, diacritics folded; external content, filled by the store.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Blobs of incremental corpus state (near-duplicate index, story clusterer), written with each batch.
CREATE TABLE state (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
