"""The search index beside a SQLite store (a `<db>.search/` directory), rebuildable from the store.

Text is folded (lower case, no diacritics) in Python before tantivy sees it, so index and query
agree whatever tokenizer options the installed tantivy has. Filters are raw terms or a fast integer
date field. Only document keys (SQLite rowids) are stored: titles, text and snippets come from SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import tantivy

from warta.search import IndexedDoc
from warta.store.base import SearchQuery, fold, query_terms

WRITER_HEAP = 64_000_000
_TOKEN = re.compile(r"[^\W_]+")  # tantivy's default tokenizer splits on every non-alphanumeric
SCHEMA_VERSION = "1"


def _schema() -> Any:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("key", stored=True, tokenizer_name="raw", index_option="basic")  # the SQLite rowid
    sb.add_text_field("title", stored=False, tokenizer_name="default", index_option="position")
    sb.add_text_field("body", stored=False, tokenizer_name="default", index_option="position")
    for name in ("language", "outlet", "story", "entity"):
        sb.add_text_field(name, stored=False, tokenizer_name="raw", index_option="basic")
    sb.add_integer_field("published", stored=False, indexed=True, fast=True)
    return sb.build()


def day_number(value: str | None) -> int | None:
    """'2024-03-01...' -> 20240301, for range filters on a fast integer field."""
    digits = (value or "")[:10].replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else None


class SearchIndex:
    def __init__(self, path: str | Path | None) -> None:
        self.schema = _schema()
        if path is not None:
            Path(path).mkdir(parents=True, exist_ok=True)
            self.index = tantivy.Index(self.schema, path=str(path), reuse=True)
        else:
            self.index = tantivy.Index(self.schema)

    # -- writes: a writer per call, released after commit, so readers in other processes never block
    def add(self, docs: Sequence[IndexedDoc], *, replace: bool = False) -> None:
        if not docs:
            return
        writer = self.index.writer(heap_size=WRITER_HEAP, num_threads=1)
        try:
            for doc in docs:
                if replace:
                    writer.delete_documents_by_term("key", str(doc.rowid))
                writer.add_document(self._document(doc))
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()
        self.index.reload()

    def clear(self) -> None:
        writer = self.index.writer(heap_size=WRITER_HEAP, num_threads=1)
        writer.delete_all_documents()
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()

    def _document(self, doc: IndexedDoc) -> Any:
        a = doc.article
        d = tantivy.Document()
        d.add_text("key", str(doc.rowid))
        d.add_text("title", fold(a.title or ""))
        d.add_text("body", fold(a.text))
        for name in sorted({fold(e.name) for e in a.entities}):
            d.add_text("entity", name)
        for field, value in (("language", a.language), ("outlet", a.outlet), ("story", a.story_id)):
            if value:
                d.add_text(field, fold(value) if field == "outlet" else value)
        day = day_number(a.published)
        if day is not None:
            d.add_integer("published", day)
        return d

    # -- reads ------------------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> tuple[int, list[tuple[int, float]]]:
        """(total, [(rowid, score)]) best first; an empty text query matches nothing here."""
        clauses = self._text_clauses(query.text) + self._filter_clauses(query)
        if not self._text_clauses(query.text):
            return 0, []
        q = tantivy.Query.boolean_query([(tantivy.Occur.Must, c) for c in clauses])
        searcher = self.index.searcher()
        result = searcher.search(q, limit=max(1, query.limit), count=True, offset=max(0, query.offset))
        hits = [(int(searcher.doc(addr)["key"][0]), float(score)) for score, addr in result.hits]
        return int(getattr(result, "count", 0) or 0), hits[: query.limit]

    def count(self) -> int:
        return int(self.index.searcher().num_docs)

    def _text_clauses(self, text: str) -> list[Any]:
        clauses = []
        for group in query_terms(text):
            words = [t for w in group for t in _TOKEN.findall(w)]
            if not words:
                continue
            per_field = []
            for field, boost in (("title", 2.0), ("body", 1.0)):
                if len(words) == 1:
                    q = tantivy.Query.term_query(self.schema, field, words[0])
                else:
                    q = tantivy.Query.phrase_query(self.schema, field, words)
                per_field.append((tantivy.Occur.Should, tantivy.Query.boost_query(q, boost)))
            clauses.append(tantivy.Query.boolean_query(per_field))
        return clauses

    def _filter_clauses(self, q: SearchQuery) -> list[Any]:
        clauses = []
        for field, value in (
            ("language", q.language),
            ("outlet", fold(q.outlet) if q.outlet else None),
            ("story", q.story),
            ("entity", fold(q.entity) if q.entity else None),
        ):
            if value:
                clauses.append(tantivy.Query.term_query(self.schema, field, value))
        lo, hi = day_number(q.since), day_number(q.until)
        if q.since or q.until:
            if (q.since and lo is None) or (q.until and hi is None):
                clauses.append(tantivy.Query.empty_query())  # an unreadable date matches nothing
            else:
                clauses.append(
                    tantivy.Query.range_query(self.schema, "published", tantivy.FieldType.Integer, lo, hi)
                )
        return clauses


def open_index(db_path: str) -> SearchIndex | None:
    """The index for a SQLite file (`:memory:` gets one in memory); None when tantivy is unusable."""
    try:
        return SearchIndex(None if db_path == ":memory:" else Path(db_path + ".search"))
    except (OSError, ValueError):
        return None
