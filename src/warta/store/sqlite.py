"""The embedded default: one SQLite file, WAL, FTS5 BM25 search with diacritics folded.

Every SQL value is a parameter. One `add` call is one transaction (with the corpus state blobs), so an
interrupted ingest leaves whole batches or nothing.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.errors import StoreError
from warta.model import Article
from warta.store.base import (
    MARK_END,
    MARK_START,
    AddResult,
    CorpusFields,
    Hit,
    SearchQuery,
    SearchResult,
    content_hash,
    only_punctuation,
    query_terms,
)
from warta.store.common import SqlReads, join_article, record_failure, split_article

if TYPE_CHECKING:
    from warta.search.index import SearchIndex

from warta.search import IndexedDoc
from warta.store.migrate import migrations, split_statements
from warta.store.snippets import make_snippet, match_positions

INDEX_MARK = "search.indexed_rowid"  # highest rowid the search index holds
FTS_STALE = "search.fts5_stale"  # rows were added while tantivy answered: rebuild FTS5 before using it

_COLUMNS = "id, content_hash, url, title, text, outlet, language, published, story_id, duplicate_of, data"
_UPDATE = (
    "UPDATE articles SET duplicate_of = ?, story_id = ?,"
    " data = json_set(data, '$.duplicate_of', ?, '$.story_id', ?) WHERE id = ?"
)


def to_row(article: Article) -> tuple[Any, ...]:
    text, payload = split_article(article)
    return (
        article.id,
        content_hash(article),
        article.url,
        article.title,
        text,
        article.outlet,
        article.language,
        article.published,
        article.story_id,
        article.duplicate_of,
        payload,
    )


def fts_query(text: str) -> str:
    """An FTS5 MATCH string built only from quoted words: user syntax never reaches the parser."""
    return " ".join('"' + " ".join(group) + '"' for group in query_terms(text))


class SqliteStore(SqlReads):
    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = str(path)
        if not create and self.path != ":memory:" and not Path(self.path).is_file():
            raise StoreError(f"no store at {self.path}: run `warta ingest` first or pass --db", code="E302")
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=10000"):
                self._db.execute(f"PRAGMA {pragma}")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite store {self.path!r}: {exc}", code="E303") from exc
        self._index = open_search_index(self.path)
        self._catch_up()
        if self._index is None and self.get_state(FTS_STALE):
            self.reindex()

    # -- search index beside the file (tantivy); SQLite stays the source of truth ----------------
    def _catch_up(self) -> None:
        """Index rows the index has not seen (a crash after a commit, or a deleted index directory)."""
        if self._index is None:
            return
        mark = int(self.get_state(INDEX_MARK) or b"0")
        if mark and self._index.count() == 0:
            mark = 0
        try:
            while rows := self._run(
                "SELECT rowid, data, text FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 2000", (mark,)
            ):
                self._index.add([IndexedDoc(r[0], join_article(r[1], r[2])) for r in rows], replace=True)
                mark = rows[-1][0]
                self.set_state(INDEX_MARK, str(mark).encode())
        except (OSError, ValueError):  # another process holds the index writer: it will catch up
            return

    def reindex(self) -> int:
        """Rebuild the search index from the store; returns the number of articles indexed."""
        if self._index is None:
            with self._lock:
                self._run("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
                self._run("DELETE FROM state WHERE key = ?", (FTS_STALE,))
            return self.count()
        self._index.clear()
        self.set_state(INDEX_MARK, b"0")
        self._catch_up()
        return self._index.count()

    def _index_after_commit(self, new: list[IndexedDoc], changed: Iterable[str]) -> None:
        """Index a committed batch. If another process holds the index writer, the rows wait for the
        next catch-up (they are in SQLite already; search just does not see them yet)."""
        if self._index is None:
            return
        try:
            mark = int(self.get_state(INDEX_MARK) or b"0")
            if new and mark == new[0].rowid - 1:  # the usual case: the index is up to date
                self._index.add(new)
                self.set_state(INDEX_MARK, str(new[-1].rowid).encode())
            elif new:
                self._catch_up()
            ids = list(changed)
            if ids:
                marks = ",".join("?" * len(ids))
                rows = self._run(f"SELECT rowid, data, text FROM articles WHERE id IN ({marks})", ids)
                self._index.add([IndexedDoc(r[0], join_article(r[1], r[2])) for r in rows], replace=True)
        except (OSError, ValueError):
            return

    # -- schema -----------------------------------------------------------------------------------
    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT)")
        done = {row[0] for row in self._db.execute("SELECT version FROM schema_version")}
        for mig in migrations("sqlite"):
            if mig.version in done:
                continue
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in split_statements(mig.sql):
                    self._db.execute(statement)
                self._db.execute("INSERT INTO schema_version VALUES (?, ?)", (mig.version, mig.name))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _run(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._db.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"SQLite error in {self.path}: {exc}", code="E310") from exc

    # -- writes -----------------------------------------------------------------------------------
    def add(
        self,
        articles: Iterable[Article],
        *,
        state: Mapping[str, bytes] | None = None,
        updates: Mapping[str, CorpusFields] | None = None,
    ) -> AddResult:
        result = AddResult()
        indexed: list[IndexedDoc] = []
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                for article in articles:
                    self._insert(article, result, indexed)
                for key, value in (state or {}).items():
                    self._db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, value))
                for article_id, (duplicate_of, story_id) in (updates or {}).items():
                    self._db.execute(_UPDATE, (duplicate_of, story_id, duplicate_of, story_id, article_id))
                if indexed and self._index is not None:
                    self._db.execute(
                        "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (FTS_STALE, b"1")
                    )
                self._db.execute("COMMIT")
            except BaseException as exc:  # KeyboardInterrupt too: roll back, nothing half-written
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"cannot write to {self.path}: {exc}", code="E311") from exc
                raise
            self._index_after_commit(indexed, (updates or {}).keys())
        return result

    def _insert(self, article: Article, result: AddResult, indexed: list[IndexedDoc]) -> None:
        try:
            row = to_row(article)
        except (TypeError, ValueError) as exc:
            record_failure(result, article, exc)
            return
        cur = self._db.execute(
            f"INSERT OR IGNORE INTO articles ({_COLUMNS}) VALUES ({', '.join('?' * 11)})", row
        )
        if cur.rowcount == 0:  # same id, content hash or URL already stored
            result.duplicate.append(article.id)
            return
        rowid = cur.lastrowid
        if self._index is None:  # with tantivy, FTS5 is left stale and rebuilt only if ever needed
            self._db.execute(
                "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                (rowid, article.title, row[4]),
            )
        self._db.executemany(
            "INSERT INTO entities (article_rowid, name, type) VALUES (?, ?, ?)",
            [(rowid, e.name, e.type) for e in {(e.name, e.type): e for e in article.entities}.values()],
        )
        result.new.append(article.id)
        indexed.append(IndexedDoc(int(rowid or 0), article))

    def update_corpus_fields(
        self, article_id: str, *, duplicate_of: str | None, story_id: str | None
    ) -> None:
        with self._lock:
            self._run(_UPDATE, (duplicate_of, story_id, duplicate_of, story_id, article_id))
            self._index_after_commit([], [article_id])

    def set_state(self, key: str, value: bytes) -> None:
        self._run("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, value))

    # -- reads ------------------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        if only_punctuation(query):
            return SearchResult(total=0, hits=[])
        match = fts_query(query.text)
        if match and self._index is not None:
            return self._search_index(query)
        where, params = _filters(query, use_indexes=not match)
        page = (max(0, query.limit), max(0, query.offset))
        if not match:
            sql = (
                "SELECT a.id, a.title, a.outlet, a.language, a.published, a.story_id, substr(a.text, 1, 200), 0.0"
                f" FROM articles a WHERE {where} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?"
            )
            rows = self._run(sql, (*params, *page))
            total = self._run(f"SELECT count(*) FROM articles a WHERE {where}", params)[0][0]
        else:
            sql = (
                "SELECT a.id, a.title, a.outlet, a.language, a.published, a.story_id,"
                " snippet(articles_fts, 1, ?, ?, '…', 24), bm25(articles_fts, 4.0, 1.0) AS score"
                " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                f" WHERE articles_fts MATCH ? AND {where} ORDER BY score LIMIT ? OFFSET ?"
            )
            rows = self._run(sql, (MARK_START, MARK_END, match, *params, *page))
            total = self._run(
                "SELECT count(*) FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                f" WHERE articles_fts MATCH ? AND {where}",
                (match, *params),
            )[0][0]
        hits = [
            Hit(row[0], row[1], row[2], row[3], row[4], row[5], _flat(row[6]), -float(row[7])) for row in rows
        ]
        return SearchResult(total=int(total), hits=hits)

    def _search_index(self, query: SearchQuery) -> SearchResult:
        assert self._index is not None
        total, ranked = self._index.search(query)
        if not ranked:
            return SearchResult(total=total, hits=[])
        marks = ",".join("?" * len(ranked))
        rows = self._run(
            "SELECT rowid, id, title, outlet, language, published, story_id, text FROM articles"
            f" WHERE rowid IN ({marks})",
            [r for r, _ in ranked],
        )
        by_rowid = {row[0]: row for row in rows}
        groups = query_terms(query.text)
        hits = []
        for rowid, score in ranked:
            r = by_rowid.get(rowid)
            if r is not None:  # a row deleted behind the index's back is skipped, not an error
                snippet = make_snippet(r[7], match_positions(r[7], groups))
                hits.append(Hit(r[1], r[2], r[3], r[4], r[5], r[6], snippet, score))
        return SearchResult(total=total, hits=hits)

    def entity_articles(self, name: str) -> list[Article]:
        rows = self._run(
            "SELECT data, text FROM articles WHERE rowid IN (SELECT article_rowid FROM entities WHERE name = ?)"
            " ORDER BY published, id",
            (name,),
        )
        return [join_article(*r) for r in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_search_index(path: str) -> SearchIndex | None:
    """tantivy beside the file unless WARTA_SEARCH=fts5 or tantivy is missing (then SQLite FTS5 answers)."""
    if os.environ.get("WARTA_SEARCH", "tantivy").lower() == "fts5":
        return None
    try:
        from warta.search.index import open_index
    except ImportError:
        return None
    return open_index(path)


def _flat(snippet: str | None) -> str:
    return " ".join((snippet or "").split())


def _filters(q: SearchQuery, *, use_indexes: bool = True) -> tuple[str, list[Any]]:
    """A WHERE clause over alias `a` from fixed SQL fragments; every value is a parameter.

    With a full-text MATCH the FTS index must drive the query: a unary `+` keeps SQLite's planner
    from scanning a broad column index (a third of the rows for a language) and matching row by row.
    """
    p = "" if use_indexes else "+"
    clauses, params = ["1 = 1"], []
    for sql, value in (
        (f"{p}a.language = ?", q.language),
        (f"{p}a.outlet = ?", q.outlet),
        (f"{p}a.story_id = ?", q.story),
        (f"{p}a.published >= ?", q.since),
        ("substr(a.published, 1, 10) <= ?", q.until),
        ("a.rowid IN (SELECT article_rowid FROM entities WHERE name = ?)", q.entity),
    ):
        if value:
            clauses.append(sql)
            params.append(value)
    return " AND ".join(clauses), params
