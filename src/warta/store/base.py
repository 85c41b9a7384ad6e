"""The storage interface every backend implements (memory, SQLite, PostgreSQL) and `open_store`.

The Article is stored losslessly (its `to_dict()` JSON); a few columns beside it serve filters.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from warta.errors import StoreError
from warta.model import Article

DEFAULT_DB = "warta.db"
MARK_START, MARK_END = "\x02", "\x03"  # snippet highlight markers; the caller escapes and renders them


@dataclass(slots=True)
class AddResult:
    new: list[str] = field(default_factory=list)
    duplicate: list[str] = field(default_factory=list)  # same content hash or URL already stored
    failed: list[tuple[str, str]] = field(default_factory=list)  # (id, message)


@dataclass(slots=True)
class SearchQuery:
    text: str = ""
    entity: str | None = None
    language: str | None = None
    outlet: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive, on `published`
    until: str | None = None  # YYYY-MM-DD, inclusive
    story: str | None = None
    limit: int = 20
    offset: int = 0


@dataclass(slots=True)
class Hit:
    id: str
    title: str | None
    outlet: str | None
    language: str | None
    published: str | None
    story_id: str | None
    snippet: str  # plain text, matches wrapped in \x02...\x03
    score: float


@dataclass(slots=True)
class SearchResult:
    total: int
    hits: list[Hit]


@dataclass(slots=True)
class StorySummary:
    id: str
    label: str
    article_count: int
    independent_source_count: int
    first_seen: str | None
    last_seen: str | None
    outlets: list[str]
    languages: list[str]


CorpusFields = tuple[str | None, str | None]  # (duplicate_of, story_id) of an article already stored


@runtime_checkable
class Store(Protocol):
    def add(
        self,
        articles: Iterable[Article],
        *,
        state: Mapping[str, bytes] | None = None,
        updates: Mapping[str, CorpusFields] | None = None,
    ) -> AddResult:
        """Store a batch in one transaction, with corpus `state` blobs and `updates` to stored articles."""
        ...

    def get(self, article_id: str) -> Article | None: ...
    def iter(self) -> Iterator[Article]: ...
    def count(self) -> int: ...
    def exists(self, article: Article) -> bool:
        """True when an article with the same id, content hash or URL is stored."""
        ...

    def search(self, query: SearchQuery) -> SearchResult: ...
    def update_corpus_fields(
        self, article_id: str, *, duplicate_of: str | None, story_id: str | None
    ) -> None: ...
    def stories(self, limit: int = 100, offset: int = 0) -> list[StorySummary]: ...
    def story_articles(self, story_id: str) -> list[Article]: ...
    def entity_articles(self, name: str) -> list[Article]: ...
    def get_state(self, key: str) -> bytes | None: ...
    def set_state(self, key: str, value: bytes) -> None: ...
    def close(self) -> None: ...


_SPACE = re.compile(r"\s+")
# combining marks (every Unicode block of them), removed after NFKD decomposition
_COMBINING = re.compile("[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0670"
                        "\u06d6-\u06dc\u06df-\u06e4\u1ab0-\u1aff\u1dc0-\u1dff"
                        "\u20d0-\u20ff\ufe20-\ufe2f]")  # fmt: skip
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without diacritics, so 'Jokowi' matches 'jokowí' (the FTS5 unicode61 folding, in Python)."""
    if text.isascii():  # the common case, without a walk over every character
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def content_hash(article: Article) -> str:
    """Identity of the content: clean text (or raw input when not cleaned), case and spacing folded."""
    body = article.text or article.raw or ""
    key = _SPACE.sub(" ", fold((article.title or "") + "\n" + body)).strip()
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def query_terms(text: str) -> list[list[str]]:
    """The user's query as plain words: each item is a phrase (a double-quoted part) or a single word.

    Operators, SQL and FTS syntax are never passed through: only `\\w+` runs survive, folded.
    """
    groups: list[list[str]] = []
    for i, part in enumerate(text.split('"')):
        words = _WORD.findall(fold(part))
        if i % 2 == 1 and len(words) > 1:  # inside quotes: a phrase
            groups.append(words)
        else:
            groups.extend([w] for w in words)
    return groups


def only_punctuation(query: SearchQuery) -> bool:
    """Text was given but holds no word (`"***"`): nothing matches, rather than everything."""
    return bool(query.text.strip()) and not query_terms(query.text)


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """None / a path / "sqlite:///path" -> SQLite; "postgresql://..." -> PostgreSQL; ":memory:" -> memory.

    `create=False` refuses to make a new SQLite file (for commands that only read).
    """
    url = url or os.environ.get("WARTA_DB") or DEFAULT_DB
    if url in (":memory:", "memory://", "memory:"):
        from warta.store.memory import MemoryStore

        return MemoryStore()
    if url.startswith(("postgresql://", "postgres://")):
        from warta.store.postgres import PostgresStore

        return PostgresStore(url)
    if url.startswith("sqlite:"):
        # SQLAlchemy's convention: sqlite:///relative.db and sqlite:////absolute/path.db
        rest = url.removeprefix("sqlite:")
        path = rest[3:] if rest.startswith("///") else rest.removeprefix("//")
        if not path:
            raise StoreError(f"no file path in {url!r} (use sqlite:///path/to/warta.db)", code="E301")
    elif "://" in url:
        raise StoreError(
            f"unsupported database URL {url!r}: use a file path, sqlite:///path, postgresql://... or :memory:",
            code="E301",
        )
    else:
        path = url
    from warta.store.sqlite import SqliteStore

    return SqliteStore(path, create=create)
