"""Stories: online clustering of articles about one developing news event, across outlets and languages.

A story is one event followed over days to weeks. Canonical entity names (`Article.entities`) and
meeting participants/locations are language-independent, so they carry most of the weight; title
and text words help within a language. IDF weights (learned online) make rare names (a deputy
minister) count more than the names every article of a conflict shares. An article only joins a
story active within `window_days` of its date; without a date on either side it needs a stronger
match. The article date is `published` (what a crawler gives), else its latest meeting date.
"""

from __future__ import annotations

import heapq
import json
import math
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import xxhash

from warta.corpus.dedup import words
from warta.model import Article

WINDOW_DAYS = 14
THRESHOLD = 0.4
UNDATED_PENALTY = 0.12  # extra similarity needed when either side has no date
MEETING_BONUS = 0.25
TOKEN_CAP = 200
ARTICLE_TOKENS = 60  # an article is compared on its most distinctive words  # words kept per story profile, so memory stays bounded on big corpora
POSTINGS_SCAN = 400  # most recent stories looked at per feature
POSTINGS_KEEP = 2000  # older postings are dropped: a story that old is far outside any window
MAX_CANDIDATES = 12  # stories scored in full, those sharing the most names and title words
COMMON_SHARE = 0.02  # a feature in more than this share of articles is common...
COMMON_MIN = 1000  # ...once it is in more than this many articles
IDF_REFRESH = 256  # up to this many articles IDF weights are exact...
IDF_GROWTH = 1.1  # ...then recomputed each time the corpus grows by this factor
WEIGHTS = {"entities": 0.5, "text": 0.3, "title": 0.2}
_FORMAT = 1


@cache
def stopwords() -> frozenset[str]:
    path = Path(__file__).resolve().parents[1] / "knowledge" / "stopwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def content_words(text: str, min_len: int = 3) -> list[str]:
    stop = stopwords()
    return [w for w in words(text) if len(w) >= min_len and w not in stop and not w.isdigit()]


def article_date(article: Article) -> str | None:
    if article.published:
        return article.published[:10]
    dated = sorted(m.date for m in article.meetings if m.date)
    return dated[-1][:10] if dated else None


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


@dataclass(slots=True)
class Features:
    entities: set[str]
    title: set[str]
    tokens: Counter[str]
    meetings: list[tuple[frozenset[str], str | None]]
    day: int | None

    @classmethod
    def of(cls, article: Article) -> Features:
        ents = {e.name for e in article.entities}
        meetings = []
        for m in article.meetings:
            ents.update(m.participants)
            if m.location:
                ents.add(m.location)
            meetings.append((frozenset(m.participants), m.location))
        body = (article.text or article.raw or "")[:3000]
        tokens = Counter(content_words(body, min_len=4))
        return cls(
            ents, set(content_words(article.title or "")), tokens, meetings, _day(article_date(article))
        )


@dataclass(slots=True)
class Story:
    id: str
    size: int = 0
    first: int | None = None
    last: int | None = None
    entities: Counter[str] = field(default_factory=Counter)
    title: Counter[str] = field(default_factory=Counter)
    tokens: Counter[str] = field(default_factory=Counter)
    meetings: list[tuple[frozenset[str], str | None]] = field(default_factory=list)

    def absorb(self, f: Features) -> None:
        self.size += 1
        if f.day is not None:
            self.first = f.day if self.first is None else min(self.first, f.day)
            self.last = f.day if self.last is None else max(self.last, f.day)
        self.entities.update(f.entities)
        self.title.update(f.title)
        self.tokens.update(f.tokens)
        if len(self.tokens) > TOKEN_CAP + 100:
            self.tokens = Counter(dict(self.tokens.most_common(TOKEN_CAP)))
        self.meetings.extend(f.meetings)


Vector = tuple[dict[str, float], float]  # weights and their norm


def _top(weights: dict[str, float], k: int) -> dict[str, float]:
    if len(weights) <= k:
        return weights
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:k])


def _vector(weights: dict[str, float]) -> Vector:
    return weights, math.sqrt(sum(v * v for v in weights.values()))


def _cosine(a: Vector, b: Vector) -> float:
    (wa, na), (wb, nb) = a, b
    if not na or not nb:
        return 0.0
    small, large = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return sum(v * large.get(k, 0.0) for k, v in small.items()) / (na * nb)


def _meeting_match(f: Features, story: Story) -> bool:
    for people, place in f.meetings:
        for other, other_place in story.meetings:
            same_place = not place or not other_place or place == other_place
            if same_place and len(people & other) >= 2:
                return True
    return False


@dataclass
class StoryClusterer:
    """Online story clustering: `add(article)` returns the id of the story it joins or starts."""

    window_days: int = WINDOW_DAYS
    threshold: float = THRESHOLD
    stories: dict[str, Story] = field(default_factory=dict)
    assignments: dict[str, str] = field(default_factory=dict)  # article id -> story id
    df: Counter[str] = field(default_factory=Counter)  # document frequency of entity "e:" and word "w:" keys
    n_docs: int = 0
    postings: dict[str, list[str]] = field(default_factory=dict)  # feature -> story ids, oldest first
    _idf_cache: dict[str, float] = field(default_factory=dict, repr=False)
    _idf_epoch: int = field(default=0, repr=False)
    _idf_at: int = field(default=0, repr=False)
    _vectors: dict[str, tuple[tuple[int, int], list[Vector]]] = field(default_factory=dict, repr=False)

    def add(self, article: Article) -> str:
        if article.id in self.assignments:
            return self.assignments[article.id]
        if article.duplicate_of and article.duplicate_of in self.assignments:
            story_id = self.assignments[article.duplicate_of]  # a copy joins its origin's story
            self.assignments[article.id] = story_id
            self.stories[story_id].size += 1
            return story_id
        f = Features.of(article)
        self._count(f)
        best, score = self._best(f)
        story = self.stories[best] if best and score >= self.threshold else self._new(article.id)
        story.absorb(f)
        self._post(story.id, f)
        self.assignments[article.id] = story.id
        return story.id

    def score(self, article: Article, story_id: str) -> float:
        """Similarity of an article to a story (for inspection and tests), without date gating."""
        f = Features.of(article)
        return self._similarity(f, self._article_vectors(f), self.stories[story_id])

    def _count(self, f: Features) -> None:
        self.n_docs += 1
        self.df.update({"e:" + e for e in f.entities})
        self.df.update({"w:" + w for w in f.tokens.keys() | f.title})
        if self.n_docs <= IDF_REFRESH or self.n_docs >= IDF_GROWTH * self._idf_at:
            # exact on small corpora; on big ones refreshed as the corpus grows by a tenth, since
            # every refresh recomputes the story vectors
            self._idf_cache.clear()
            self._idf_epoch += 1
            self._idf_at = self.n_docs

    def _idf(self, key: str) -> float:
        value = self._idf_cache.get(key)
        if value is None:
            value = self._idf_cache[key] = math.log((1 + self.n_docs) / (1 + self.df.get(key, 0))) + 1.0
        return value

    def _new(self, first_article: str) -> Story:
        story_id = "st-" + xxhash.xxh64_hexdigest(first_article.encode("utf-8", "surrogatepass"))[:12]
        story = self.stories[story_id] = Story(story_id)
        return story

    def _post(self, story_id: str, f: Features) -> None:
        for key in _keys(f):
            ids = self.postings.setdefault(key, [])
            if ids and ids[-1] == story_id:
                continue
            ids.append(story_id)
            if len(ids) > 2 * POSTINGS_KEEP:
                del ids[:-POSTINGS_KEEP]

    def _candidates(self, f: Features) -> list[str]:
        """Stories sharing the most names (counted twice) and title words with the article, within the window.

        Words and names that most articles carry find no particular story: on a big corpus their
        postings are read shallowly (names) or not at all (title words).
        """
        shared: Counter[str] = Counter()
        common = max(COMMON_MIN, COMMON_SHARE * self.n_docs)
        for key in _keys(f):
            is_name = key.startswith("e:")
            df = self.df.get(key if is_name else "w:" + key[2:], 0)
            if df > common and not is_name:
                continue
            scan = POSTINGS_SCAN if df <= common else POSTINGS_SCAN // 4
            shared.update({s: 2 if is_name else 1 for s in set(self.postings.get(key, [])[-scan:])})
        live = [s for s in shared if self._date_penalty(f, self.stories[s]) is not None]
        return heapq.nsmallest(MAX_CANDIDATES, live, key=lambda s: (-shared[s], s))

    def _best(self, f: Features) -> tuple[str | None, float]:
        best, best_score = None, 0.0
        vectors = self._article_vectors(f)
        for story_id in self._candidates(f):
            story = self.stories[story_id]
            penalty = self._date_penalty(f, story)
            if penalty is None:
                continue
            # The same people meet again and again: a shared meeting only counts within the window.
            score = self._similarity(f, vectors, story, meetings=penalty == 0.0) - penalty
            if score > best_score:
                best, best_score = story_id, score
        return best, best_score

    def _date_penalty(self, f: Features, story: Story) -> float | None:
        """None when the story is out of the window; else the extra similarity an undated pair needs."""
        if f.day is None or story.first is None or story.last is None:
            return UNDATED_PENALTY
        if story.first - self.window_days <= f.day <= story.last + self.window_days:
            return 0.0
        return None

    def _article_vectors(self, f: Features) -> list[Vector]:
        return [
            _vector({e: self._idf("e:" + e) for e in f.entities}),
            _vector({w: self._idf("w:" + w) for w in f.title}),
            _vector(_top({w: c * self._idf("w:" + w) for w, c in f.tokens.items()}, ARTICLE_TOKENS)),
        ]

    def _story_vectors(self, story: Story) -> list[Vector]:
        stamp = (story.size, self._idf_epoch)
        cached = self._vectors.get(story.id)
        if cached and cached[0] == stamp:
            return cached[1]
        vectors = [
            _vector({e: c * self._idf("e:" + e) for e, c in story.entities.items()}),
            _vector({w: c * self._idf("w:" + w) for w, c in story.title.items()}),
            _vector({w: c * self._idf("w:" + w) for w, c in story.tokens.items()}),
        ]
        self._vectors[story.id] = (stamp, vectors)
        return vectors

    def _similarity(
        self, f: Features, vectors: list[Vector], story: Story, *, meetings: bool = True
    ) -> float:
        ents, title, text = (_cosine(a, s) for a, s in zip(vectors, self._story_vectors(story), strict=True))
        score = WEIGHTS["entities"] * ents + WEIGHTS["title"] * title + WEIGHTS["text"] * text
        return score + (MEETING_BONUS if meetings and _meeting_match(f, story) else 0.0)

    # --- state -----------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": _FORMAT,
            "window_days": self.window_days,
            "threshold": self.threshold,
            "n_docs": self.n_docs,
            "df": dict(self.df),
            "assignments": self.assignments,
            "postings": self.postings,
            "stories": [_story_to_dict(s) for s in self.stories.values()],
        }
        return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"))

    @classmethod
    def from_bytes(cls, data: bytes) -> StoryClusterer:
        raw = json.loads(zlib.decompress(data).decode("utf-8"))
        stories = {s["id"]: _story_from_dict(s) for s in raw["stories"]}
        return cls(
            window_days=raw["window_days"],
            threshold=raw["threshold"],
            stories=stories,
            assignments=raw["assignments"],
            df=Counter(raw["df"]),
            n_docs=raw["n_docs"],
            postings=raw["postings"],
        )


def _keys(f: Features) -> set[str]:
    return {"e:" + e for e in f.entities} | {"t:" + w for w in f.title}


def _story_to_dict(s: Story) -> dict[str, Any]:
    return {
        "id": s.id,
        "size": s.size,
        "first": s.first,
        "last": s.last,
        "entities": dict(s.entities),
        "title": dict(s.title),
        "tokens": dict(s.tokens),
        "meetings": [[sorted(p), loc] for p, loc in s.meetings],
    }


def _story_from_dict(d: dict[str, Any]) -> Story:
    return Story(
        id=d["id"],
        size=d["size"],
        first=d["first"],
        last=d["last"],
        entities=Counter(d["entities"]),
        title=Counter(d["title"]),
        tokens=Counter(d["tokens"]),
        meetings=[(frozenset(p), loc) for p, loc in d["meetings"]],
    )
