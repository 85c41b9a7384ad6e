"""An in-process store for tests and one-off runs: same behaviour as SQLite, nothing on disk."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping

from warta.model import Article
from warta.store.base import (
    AddResult,
    CorpusFields,
    Hit,
    SearchQuery,
    SearchResult,
    StorySummary,
    content_hash,
    only_punctuation,
    query_terms,
)
from warta.store.common import record_failure
from warta.store.snippets import make_snippet, match_positions
from warta.store.summary import summarize


class MemoryStore:
    def __init__(self) -> None:
        self._articles: dict[str, str] = {}  # id -> JSON, so callers never share mutable objects with us
        self._hashes: dict[str, str] = {}
        self._urls: dict[str, str] = {}
        self._state: dict[str, bytes] = {}

    def add(
        self,
        articles: Iterable[Article],
        *,
        state: Mapping[str, bytes] | None = None,
        updates: Mapping[str, CorpusFields] | None = None,
    ) -> AddResult:
        result = AddResult()
        staged: dict[str, tuple[Article, str]] = {}
        hashes: dict[str, str] = {}
        urls: dict[str, str] = {}
        for article in articles:  # stage the whole batch first: all or nothing, like a transaction
            try:
                digest = content_hash(article)
                known = (
                    article.id in self._articles
                    or article.id in staged
                    or digest in self._hashes
                    or digest in hashes
                    or (article.url is not None and (article.url in self._urls or article.url in urls))
                )
                if known:
                    result.duplicate.append(article.id)
                    continue
                staged[article.id] = (article, article.to_json())
            except (TypeError, ValueError) as exc:
                record_failure(result, article, exc)
                continue
            hashes[digest] = article.id
            if article.url:
                urls[article.url] = article.id
            result.new.append(article.id)
        self._articles.update({k: v[1] for k, v in staged.items()})
        self._hashes.update(hashes)
        self._urls.update(urls)
        self._state.update(state or {})
        for article_id, (duplicate_of, story_id) in (updates or {}).items():
            self.update_corpus_fields(article_id, duplicate_of=duplicate_of, story_id=story_id)
        return result

    def get(self, article_id: str) -> Article | None:
        data = self._articles.get(article_id)
        return Article.from_json(data) if data is not None else None

    def iter(self) -> Iterator[Article]:
        for data in list(self._articles.values()):
            yield Article.from_json(data)

    def count(self) -> int:
        return len(self._articles)

    def exists(self, article: Article) -> bool:
        return (
            article.id in self._articles
            or content_hash(article) in self._hashes
            or (article.url is not None and article.url in self._urls)
        )

    def search(self, query: SearchQuery) -> SearchResult:
        if only_punctuation(query):
            return SearchResult(total=0, hits=[])
        groups = query_terms(query.text)
        scored: list[tuple[float, str, Article, list[tuple[int, int]]]] = []
        for article in self.iter():
            if not _passes(article, query):
                continue
            spans: list[tuple[int, int]] = []
            if groups:
                haystack = (article.title or "") + "\n" + article.text
                spans = match_positions(haystack, groups)
                if not all(match_positions(haystack, [g]) for g in groups):
                    continue
            score = math.log1p(len(spans))
            scored.append((score, article.published or "", article, spans))
        if groups:
            scored.sort(key=lambda t: (-t[0], t[2].id))
        else:
            scored.sort(key=lambda t: (t[1], t[2].id), reverse=True)
        page = scored[query.offset : query.offset + query.limit]
        hits = [_hit(a, score, spans) for score, _, a, spans in page]
        return SearchResult(total=len(scored), hits=hits)

    def update_corpus_fields(
        self, article_id: str, *, duplicate_of: str | None, story_id: str | None
    ) -> None:
        article = self.get(article_id)
        if article is None:
            return
        article.duplicate_of, article.story_id = duplicate_of, story_id
        self._articles[article_id] = article.to_json()

    def stories(self, limit: int = 100, offset: int = 0) -> list[StorySummary]:
        by_story: dict[str, list[Article]] = {}
        for article in self.iter():
            if article.story_id:
                by_story.setdefault(article.story_id, []).append(article)
        summaries = [summarize(sid, arts) for sid, arts in by_story.items()]
        summaries.sort(key=lambda s: (s.last_seen or "", s.article_count, s.id), reverse=True)
        return summaries[offset : offset + limit]

    def story_articles(self, story_id: str) -> list[Article]:
        found = [a for a in self.iter() if a.story_id == story_id]
        return sorted(found, key=lambda a: (a.published or "", a.id))

    def entity_articles(self, name: str) -> list[Article]:
        key = name.casefold()
        found = [a for a in self.iter() if any(e.name.casefold() == key for e in a.entities)]
        return sorted(found, key=lambda a: (a.published or "", a.id))

    def get_state(self, key: str) -> bytes | None:
        return self._state.get(key)

    def set_state(self, key: str, value: bytes) -> None:
        self._state[key] = value

    def close(self) -> None:
        pass


def _passes(article: Article, q: SearchQuery) -> bool:
    if q.language and article.language != q.language:
        return False
    if q.outlet and (article.outlet or "").casefold() != q.outlet.casefold():
        return False
    if q.story and article.story_id != q.story:
        return False
    if q.since and (not article.published or article.published < q.since):
        return False
    if q.until and (not article.published or article.published[:10] > q.until):
        return False
    return not (q.entity and all(e.name.casefold() != q.entity.casefold() for e in article.entities))


def _hit(article: Article, score: float, spans: list[tuple[int, int]]) -> Hit:
    offset = len(article.title or "") + 1  # spans were found in title + "\n" + text
    body_spans = [(s - offset, e - offset) for s, e in spans if s >= offset]
    return Hit(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        language=article.language,
        published=article.published,
        story_id=article.story_id,
        snippet=make_snippet(article.text, body_spans),
        score=score,
    )
