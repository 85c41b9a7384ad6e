"""A tantivy full-text index beside the SQLite store: BM25, diacritics folded, filters as terms."""

from __future__ import annotations

from dataclasses import dataclass

from warta.model import Article


@dataclass(slots=True)
class IndexedDoc:
    """One article to index under its SQLite rowid (the only value the index stores)."""

    rowid: int
    article: Article
