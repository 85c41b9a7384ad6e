"""What a story or an entity looks like over time: timeline, figure ledger, label, summary, entity report.

Dates: a meeting's own date, a figure's `as_of`, else the article's `published` date. Undated items
sort after dated ones, in the order the articles were given (arrival order).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Literal

from warta.corpus.stories import content_words
from warta.model import Article, Figure, Meeting, Quote
from warta.store.base import StorySummary, fold

EventKind = Literal["article", "meeting", "quote", "figure"]
_KIND_RANK = {"article": 0, "meeting": 1, "quote": 2, "figure": 3}
_UNDATED = "9999-99-99"
LABEL_ENTITIES = 3
_TYPE_RANK = {"person": 0, "organization": 0, "location": 1}


@dataclass(slots=True)
class TimelineEvent:
    date: str | None
    kind: EventKind
    article_id: str
    outlet: str | None
    language: str | None
    summary: str
    item: Meeting | Quote | Figure | None = None


@dataclass(slots=True)
class LedgerRow:
    measure: str
    who: str | None
    date: str | None
    value: int
    qualifier: str
    source: str | None
    outlet: str | None
    article_id: str
    duplicate_of: str | None = None
    disagrees: bool = False  # another outlet reports a different value of this measure for this date


@dataclass(slots=True)
class MeetingRow:
    date: str | None
    participants: list[str]
    location: str | None
    article_id: str
    outlet: str | None


@dataclass(slots=True)
class EntityReport:
    name: str
    article_count: int
    mentions_over_time: list[tuple[str | None, int]] = field(default_factory=list)  # (date, mentions)
    co_occurring: list[tuple[str, int]] = field(default_factory=list)  # (entity, articles together)
    meetings: list[MeetingRow] = field(default_factory=list)


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


_Item = Meeting | Quote | Figure | None


def timeline(articles: list[Article]) -> list[TimelineEvent]:
    """A story's articles, meetings, quotes and figures in date order."""
    keyed: list[tuple[tuple[str, int, int, int], TimelineEvent]] = []
    for order, a in enumerate(articles):
        for kind, date, summary, item in _article_events(a):
            pos = _pos(item) if item is not None else 0
            event = TimelineEvent(date, kind, a.id, a.outlet, a.language, summary, item)
            keyed.append(((date or _UNDATED, order, _KIND_RANK[kind], pos), event))
    return [event for _, event in sorted(keyed, key=lambda kv: kv[0])]


def _article_events(a: Article) -> list[tuple[EventKind, str | None, str, _Item]]:
    published = _day(a.published)
    events: list[tuple[EventKind, str | None, str, _Item]] = [
        ("article", published, a.title or a.text[:80], None)
    ]
    for m in a.meetings:
        where = f" in {m.location}" if m.location else ""
        events.append(("meeting", _day(m.date) or published, " + ".join(m.participants) + where, m))
    events.extend(("quote", published, f"{q.speaker or '?'}: {q.text}", q) for q in a.quotes)
    events.extend(("figure", _day(f.as_of) or published, _figure_text(f), f) for f in a.figures)
    return events


def _pos(item: Meeting | Quote | Figure) -> int:
    return item.evidence.start if item.evidence else 0


def _figure_text(f: Figure) -> str:
    who = f" {f.who}" if f.who else ""
    source = f" (source: {f.source})" if f.source else ""
    return f"{f.qualifier.replace('_', ' ')} {f.value:,}{who} {f.measure.replace('_', ' ')}{source}"


def figure_ledger(articles: list[Article]) -> list[LedgerRow]:
    """Every reported number per measure over time, flagging outlets that disagree on the same date."""
    rows = [
        LedgerRow(
            f.measure,
            f.who,
            _day(f.as_of) or _day(a.published),
            f.value,
            f.qualifier,
            f.source,
            a.outlet,
            a.id,
            a.duplicate_of,
        )
        for a in articles
        for f in a.figures
    ]
    groups: dict[tuple[str, str, str], list[LedgerRow]] = defaultdict(list)
    for row in rows:
        if row.date:
            groups[(row.measure, fold(row.who or ""), row.date)].append(row)
    for group in groups.values():
        by_outlet = {(r.outlet or r.article_id): r.value for r in group}
        if len(set(by_outlet.values())) > 1 and len(by_outlet) > 1:
            for r in group:
                r.disagrees = True
    order = {a.id: i for i, a in enumerate(articles)}
    return sorted(
        rows, key=lambda r: (r.measure, fold(r.who or ""), r.date or _UNDATED, order[r.article_id], r.value)
    )


def _article_names(a: Article) -> set[str]:
    names = {e.name for e in a.entities}
    for m in a.meetings:
        names.update(m.participants)
        if m.location:
            names.add(m.location)
    return names


def story_label(articles: list[Article]) -> str:
    """The story's most frequent entities (then title words when entities are few), with its first month.

    Ties go to meeting participants and places, then people and organisations before places, then
    the most mentioned: a one-article story is labelled by who met, not by the war's usual names.
    """
    counts: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    kinds: dict[str, int] = {}
    met: set[str] = set()
    for a in articles:
        counts.update(_article_names(a))
        mentions.update({e.name: len(e.mentions) for e in a.entities})
        kinds.update({e.name: _TYPE_RANK.get(e.type, 1) for e in a.entities})
        for m in a.meetings:
            met.update(m.participants)
            met.update([m.location] if m.location else [])
    ranked = sorted(counts, key=lambda n: (-counts[n], n not in met, kinds.get(n, 1), -mentions[n], n))
    parts = ranked[:LABEL_ENTITIES]
    if len(parts) < 2:
        words: Counter[str] = Counter()
        for a in articles:
            words.update(set(content_words(a.title or a.text[:200], min_len=4)))
        taken = {fold(p) for p in parts}
        extra = [w for w, _ in words.most_common(LABEL_ENTITIES + 2) if w not in taken]
        parts += extra[: LABEL_ENTITIES - len(parts)]
    dates = sorted(d for a in articles if (d := _day(a.published)))
    label = " · ".join(parts) or (articles[0].title if articles and articles[0].title else "untitled story")
    return f"{label} ({dates[0][:7]})" if dates else label


def independent_source_count(articles: list[Article]) -> int:
    """Distinct outlets among articles that are not copies; an article without an outlet counts alone."""
    return len({a.outlet or f"\0{a.id}" for a in articles if not a.duplicate_of})


def story_summary(story_id: str, articles: list[Article]) -> StorySummary:
    dates = sorted(d for a in articles if (d := _day(a.published)))
    return StorySummary(
        id=story_id,
        label=story_label(articles),
        article_count=len(articles),
        independent_source_count=independent_source_count(articles),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        outlets=sorted({a.outlet for a in articles if a.outlet}),
        languages=sorted({a.language for a in articles if a.language}),
    )


def entity_report(name: str, articles: list[Article], *, top: int = 20) -> EntityReport:
    """Mentions over time, co-occurring entities and meetings (date order) for one canonical name."""
    key = fold(name)
    per_day: Counter[str | None] = Counter()
    together: Counter[str] = Counter()
    meetings: list[tuple[tuple[str, int, int], MeetingRow]] = []
    count = 0
    for order, a in enumerate(articles):
        names = _article_names(a)
        if key not in {fold(n) for n in names}:
            continue
        count += 1
        hits = sum(max(len(e.mentions), 1) for e in a.entities if fold(e.name) == key)
        per_day[_day(a.published)] += hits or 1
        together.update(n for n in names if fold(n) != key)
        for m in a.meetings:
            if key in {fold(p) for p in m.participants} or fold(m.location or "") == key:
                row = MeetingRow(
                    _day(m.date) or _day(a.published), list(m.participants), m.location, a.id, a.outlet
                )
                meetings.append(((row.date or _UNDATED, order, _pos(m)), row))
    dated = sorted((d, n) for d, n in per_day.items() if d)
    undated = [(None, per_day[None])] if None in per_day else []
    return EntityReport(
        name=name,
        article_count=count,
        mentions_over_time=[*dated, *undated],
        co_occurring=sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
        meetings=[row for _, row in sorted(meetings, key=lambda kv: kv[0])],
    )
