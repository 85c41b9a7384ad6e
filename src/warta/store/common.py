"""Pieces the backends share: the article row codec and the reads whose SQL is the same in both dialects.

Only logic that is truly identical lives here; SQL that differs by dialect (FTS5 vs tsvector, NULLS LAST,
case folding of entity names) stays in each backend.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from warta.model import Article
from warta.store.base import AddResult, StorySummary, content_hash
from warta.store.summary import summarize


def split_article(article: Article) -> tuple[str, str]:
    """(text, JSON of everything else): the text lives in its own column for full-text search."""
    data = article.to_dict()
    text = data.pop("text")
    return text, json.dumps(data, ensure_ascii=False)


def join_article(data: Any, text: str) -> Article:
    """The inverse of `split_article`; `data` is JSON text (SQLite) or an already-decoded dict (jsonb)."""
    record = dict(data) if isinstance(data, dict) else json.loads(data)
    record["text"] = text
    return Article.from_dict(record)


def record_failure(result: AddResult, article: Article, exc: Exception) -> None:
    """An article that cannot be serialised is reported, not raised: the rest of the batch goes on."""
    result.failed.append((article.id, f"{type(exc).__name__}: {exc}"))


class SqlReads:
    """Reads written once for both SQL backends; `_P` is the dialect's parameter marker."""

    _P = "?"
    _KEY = "rowid"  # the integer key that orders rows by insertion
    _NULLS_LAST = ""  # SQLite sorts NULL last under DESC already (and old versions lack the clause)

    def _run(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self._P)

    def get(self, article_id: str) -> Article | None:
        rows = self._run(self._sql("SELECT data, text FROM articles WHERE id = ?"), (article_id,))
        return join_article(*rows[0]) if rows else None

    def iter(self) -> Iterator[Article]:
        last, key = 0, self._KEY
        while True:  # keyset pages: no cursor stays open while the caller works (or writes)
            rows = self._run(
                self._sql(f"SELECT {key}, data, text FROM articles WHERE {key} > ? ORDER BY {key} LIMIT 500"),
                (last,),
            )
            if not rows:
                return
            for rowkey, data, text in rows:
                last = rowkey
                yield join_article(data, text)

    def count(self) -> int:
        return int(self._run("SELECT count(*) FROM articles")[0][0])

    def exists(self, article: Article) -> bool:
        rows = self._run(
            self._sql("SELECT 1 FROM articles WHERE id = ? OR content_hash = ? OR url = ? LIMIT 1"),
            (article.id, content_hash(article), article.url),
        )
        return bool(rows)

    def get_state(self, key: str) -> bytes | None:
        rows = self._run(self._sql("SELECT value FROM state WHERE key = ?"), (key,))
        return bytes(rows[0][0]) if rows else None

    def story_articles(self, story_id: str) -> list[Article]:
        rows = self._run(
            self._sql("SELECT data, text FROM articles WHERE story_id = ? ORDER BY published, id"),
            (story_id,),
        )
        return [join_article(*r) for r in rows]

    def stories(self, limit: int = 100, offset: int = 0) -> list[StorySummary]:
        rows = self._run(
            self._sql(
                "SELECT story_id FROM articles WHERE story_id IS NOT NULL GROUP BY story_id"
                f" ORDER BY max(published) DESC{self._NULLS_LAST}, count(*) DESC, story_id DESC LIMIT ? OFFSET ?"
            ),
            (limit, offset),
        )
        return [summarize(sid, self.story_articles(sid)) for (sid,) in rows]
