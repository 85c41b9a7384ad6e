"""The team option: PostgreSQL through psycopg 3, same interface and behaviour as the SQLite store.

Full text: a tsvector of diacritic-folded title (weight A) and text (weight B) with a GIN index.
Every SQL value is a parameter; one `add` call is one transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import Any

from warta.errors import StoreError
from warta.model import Article
from warta.store.base import (
    AddResult,
    CorpusFields,
    Hit,
    SearchQuery,
    SearchResult,
    content_hash,
    fold,
    only_punctuation,
    query_terms,
)
from warta.store.common import SqlReads, join_article, record_failure, split_article
from warta.store.migrate import migrations, split_statements
from warta.store.snippets import make_snippet, match_positions

try:
    import psycopg
except ImportError:  # optional extra: warta[postgres]
    psycopg = None  # type: ignore[assignment]

_INSERT = (
    "INSERT INTO articles (id, content_hash, url, title, text, outlet, language, published, story_id,"
    " duplicate_of, data, tsv) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s::jsonb,"
    " setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B'))"
    " ON CONFLICT DO NOTHING RETURNING pk"
)
_UPDATE = (
    b"UPDATE articles SET duplicate_of = %s, story_id = %s,"
    b" data = data || jsonb_build_object('duplicate_of', %s::text, 'story_id', %s::text) WHERE id = %s"
)
_MIGRATION_LOCK = 0x5741525441  # advisory lock id: two processes never migrate at once


def ts_query(text: str) -> str:
    """A to_tsquery string from quoted lexemes only: `'a' & 'b' <-> 'c'`; user syntax never passes."""
    return " & ".join("(" + " <-> ".join(f"'{w}'" for w in group) + ")" for group in query_terms(text))


class PostgresStore(SqlReads):
    _P = "%s"
    _KEY = "pk"
    _NULLS_LAST = " NULLS LAST"

    def __init__(self, url: str) -> None:
        if psycopg is None:
            raise StoreError("PostgreSQL needs psycopg: pip install 'warta[postgres]'", code="E304")
        self._lock = threading.RLock()
        self.url = url
        try:
            self._db = psycopg.connect(url, autocommit=True, connect_timeout=10)
            self._migrate()
        except psycopg.Error as exc:
            raise StoreError(f"cannot open PostgreSQL store: {_redact(str(exc))}", code="E305") from exc

    def _migrate(self) -> None:
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT)"
            )
        for mig in migrations("postgresql"):
            with self._db.transaction():
                self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                done = self._db.execute("SELECT 1 FROM schema_version WHERE version = %s", (mig.version,))
                if done.fetchone():
                    continue
                for statement in split_statements(mig.sql):
                    self._db.execute(statement.encode())  # bytes: the SQL is ours, not a template
                self._db.execute("INSERT INTO schema_version VALUES (%s, %s)", (mig.version, mig.name))

    def _run(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        with self._lock:
            try:
                cur = self._db.execute(sql.encode(), tuple(params))
                return cur.fetchall() if cur.description else []
            except psycopg.Error as exc:
                raise StoreError(f"PostgreSQL error: {exc}", code="E310") from exc

    def add(
        self,
        articles: Iterable[Article],
        *,
        state: Mapping[str, bytes] | None = None,
        updates: Mapping[str, CorpusFields] | None = None,
    ) -> AddResult:
        result = AddResult()
        with self._lock:
            try:
                with self._db.transaction():
                    for article in articles:
                        self._insert(article, result)
                    for key, value in (state or {}).items():
                        self._put_state(key, value)
                    for article_id, (duplicate_of, story_id) in (updates or {}).items():
                        self._db.execute(
                            _UPDATE, (duplicate_of, story_id, duplicate_of, story_id, article_id)
                        )
            except psycopg.Error as exc:
                raise StoreError(f"cannot write to PostgreSQL: {exc}", code="E311") from exc
        return result

    def _insert(self, article: Article, result: AddResult) -> None:
        try:
            text, payload = split_article(article)
        except (TypeError, ValueError) as exc:
            record_failure(result, article, exc)
            return
        row = self._db.execute(
            _INSERT.encode(),
            (
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
                fold(article.title or ""),
                fold(text),
            ),
        ).fetchone()
        if row is None:  # same id, content hash or URL already stored
            result.duplicate.append(article.id)
            return
        entities = {(e.name, e.type) for e in article.entities}
        if entities:
            with self._db.cursor() as cur:
                cur.executemany(
                    b"INSERT INTO entities (article_pk, name, type) VALUES (%s, %s, %s)",
                    [(row[0], name, etype) for name, etype in sorted(entities)],
                )
        result.new.append(article.id)

    def _put_state(self, key: str, value: bytes) -> None:
        self._db.execute(
            b"INSERT INTO state (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (key, value),
        )

    def set_state(self, key: str, value: bytes) -> None:
        with self._lock:
            self._put_state(key, value)

    def update_corpus_fields(
        self, article_id: str, *, duplicate_of: str | None, story_id: str | None
    ) -> None:
        self._run(_UPDATE.decode(), (duplicate_of, story_id, duplicate_of, story_id, article_id))

    def search(self, query: SearchQuery) -> SearchResult:
        if only_punctuation(query):
            return SearchResult(total=0, hits=[])
        where, params = _filters(query)
        tsq = ts_query(query.text)
        page = (max(0, query.limit), max(0, query.offset))
        cols = "a.id, a.title, a.outlet, a.language, a.published, a.story_id, a.text"
        if tsq:
            where = "a.tsv @@ to_tsquery('simple', %s) AND " + where
            params = [tsq, *params]
            order = "ts_rank_cd(a.tsv, to_tsquery('simple', %s), 1) DESC, a.id"
            rows = self._run(
                f"SELECT {cols}, ts_rank_cd(a.tsv, to_tsquery('simple', %s), 1) FROM articles a WHERE {where}"
                f" ORDER BY {order} LIMIT %s OFFSET %s",
                (tsq, *params, tsq, *page),
            )
        else:
            rows = self._run(
                f"SELECT {cols}, 0.0 FROM articles a WHERE {where}"
                " ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT %s OFFSET %s",
                (*params, *page),
            )
        total = self._run(f"SELECT count(*) FROM articles a WHERE {where}", params)[0][0]
        groups = query_terms(query.text)
        hits = [
            Hit(row[0], row[1], row[2], row[3], row[4], row[5], _snippet(row[6], groups), float(row[7]))
            for row in rows
        ]
        return SearchResult(total=int(total), hits=hits)

    def entity_articles(self, name: str) -> list[Article]:
        rows = self._run(
            "SELECT data, text FROM articles WHERE pk IN"
            " (SELECT article_pk FROM entities WHERE lower(name) = lower(%s)) ORDER BY published, id",
            (name,),
        )
        return [join_article(*r) for r in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _snippet(text: str, groups: list[list[str]]) -> str:
    return make_snippet(text, match_positions(text, groups))


def _filters(q: SearchQuery) -> tuple[str, list[Any]]:
    clauses, params = ["TRUE"], []
    for sql, value in (
        ("a.language = %s", q.language),
        ("lower(a.outlet) = lower(%s)", q.outlet),
        ("a.story_id = %s", q.story),
        ("a.published >= %s", q.since),
        ("substr(a.published, 1, 10) <= %s", q.until),
        ("a.pk IN (SELECT article_pk FROM entities WHERE lower(name) = lower(%s))", q.entity),
    ):
        if value:
            clauses.append(sql)
            params.append(value)
    return " AND ".join(clauses), params


def _redact(message: str) -> str:
    """Connection errors may echo the DSN; never print a password."""
    import re

    return re.sub(r"(://[^:/@\s]+:)[^@\s]+@", r"\1***@", message)
