"""The typed data model every stage reads and enriches.

An `Article` carries its clean `text`; every fact found in it (entity mention, meeting, quote,
figure, date) points back into that text with a `Span`, so evidence is checkable by offset.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

EntityType = Literal["person", "organization", "location"]
Qualifier = Literal["exact", "at_least", "more_than", "almost", "about", "less_than"]
Measure = Literal[
    "killed", "injured", "killed_or_injured", "missing", "hostages", "displaced", "detained", "other"
]


@dataclass(slots=True)
class Span:
    """Character offsets `[start, end)` into `Article.text`, with the text they cover."""

    start: int
    end: int
    text: str = ""


@dataclass(slots=True)
class Evidence:
    """Where a fact comes from: the exact span and the sentence that holds it."""

    start: int
    end: int
    sentence: str = ""


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    language: str = "und"
    confidence: float = 0.0


@dataclass(slots=True)
class RemovedLine:
    """A raw line that cleaning dropped, with the rule that dropped it (never silently lost)."""

    line: str
    reason: str


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str = ""  # PER / ORG / LOC as recognised, before linking


@dataclass(slots=True)
class Entity:
    name: str  # canonical name (English Wikipedia title, or a domestic body's native name)
    type: EntityType
    qid: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    """A date expression in the story, resolved against the publication date when possible."""

    text: str
    start: int
    end: int
    value: str | None = None  # YYYY-MM-DD
    consistent: bool = True  # False when the weekday named does not match the date


@dataclass(slots=True)
class Meeting:
    participants: list[str]
    location: str | None = None
    date: str | None = None
    evidence: Evidence | None = None


@dataclass(slots=True)
class Quote:
    speaker: str | None
    text: str
    evidence: Evidence | None = None


@dataclass(slots=True)
class Figure:
    value: int
    qualifier: Qualifier
    measure: Measure
    who: str | None = None
    source: str | None = None
    as_of: str | None = None
    evidence: Evidence | None = None


@dataclass(slots=True)
class Issue:
    """A problem a stage met and recorded instead of raising."""

    stage: str
    code: str
    message: str


@dataclass(slots=True)
class Article:
    id: str
    raw: str = ""
    source: str | None = None  # path or URL the input came from
    url: str | None = None
    format: Literal["text", "html"] = "text"
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    language: str | None = None
    language_confidence: float = 0.0
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    duplicate_of: str | None = None
    story_id: str | None = None
    issues: list[Issue] = field(default_factory=list)
    trace: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # dataclasses.asdict deep-copies every leaf; this walk builds the same plain structure faster
        return _plain(self)  # type: ignore[no-any-return]

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return _build(cls, data)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))

    def sentence_at(self, start: int, end: int | None = None) -> Evidence:
        """The sentence around `[start, end)`, as evidence."""
        from warta.text import sentence_bounds

        s, e = sentence_bounds(self.text, start, start if end is None else end)
        return Evidence(s, e, self.text[s:e])


_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """Dataclasses to dicts, lists/tuples to lists, dicts copied; other values as they are."""
    cls = type(value)
    names = _FIELDS.get(cls)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {n: _plain(getattr(value, n)) for n in names}
    if cls is list or cls is tuple:
        return [_plain(v) for v in value]
    if cls is dict:
        return {k: _plain(v) for k, v in value.items()}
    return value


_NESTED: dict[str, type] = {
    "paragraphs": Paragraph,
    "removed": RemovedLine,
    "entities": Entity,
    "mentions": Mention,
    "dates": DateMention,
    "meetings": Meeting,
    "quotes": Quote,
    "figures": Figure,
    "issues": Issue,
}
T = TypeVar("T")


def _build(cls: type[T], data: dict[str, Any]) -> T:
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            continue
        if key in _NESTED and isinstance(value, list):
            value = [_build(_NESTED[key], v) if isinstance(v, dict) else v for v in value]
        elif key == "evidence" and isinstance(value, dict):
            value = _build(Evidence, value)
        kwargs[key] = value
    return cls(**kwargs)
