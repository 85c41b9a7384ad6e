"""Article-level context for a meeting its own sentence leaves incomplete.

- A delegation with no body named ("Delegasi , yang dipimpin oleh X, bertemu ...", scraped text that
  lost a linked name) is the body the article names with "delegasi <Body>", else the organisation the
  article is mostly about.
- A meeting with no place takes the place the article says a participant was visiting ("berada di
  Moskow", "melakukan perjalanan ke Doha", "arrived in Cairo"), when exactly one such place is given.
- The date of a meeting sentence (a full date whose weekday agrees) and the dateline's place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from warta.calendar import find_date, weekdays
from warta.extract.attribution import Named, word_list
from warta.model import Article, Entity, Meeting

_DELEGATION = re.compile(r"\b(?:delegasi|delegation|rombongan|perwakilan)\b", re.I)
# A nameless delegation as a party; not "ruang delegasi Indonesia" (a room) nor a named one.
_NAMELESS = re.compile(
    r"(?<![Rr]uang )(?<![Rr]uangan )(?<![Bb]ilik )\b(?:[Dd]elegasi|[Dd]elegation|[Rr]ombongan|[Pp]erwakilan)\b"
    r"(?!\s+[A-Z])"
)
_VISIT = re.compile(
    r"\b(?:berada|tiba|datang|berkunjung|bertandang|melawat|melakukan\s+(?:perjalanan|kunjungan|lawatan)|"
    r"kunjungan|lawatan|visited|visiting|arrived|travell?ed|was)\s+(?:di|ke|to|in)\s+",
    re.I,
)
_BOUNDARY = re.compile(r"\n|[.!?]\s")  # a participant and the visit verb must share a sentence
_NEAR = 160  # characters between a participant's mention and the visit verb, same sentence
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A date after these is a reference point ("sejak 7 Oktober 2023"), not the day of the meeting.
_NOT_MEETING_DAY = re.compile(r"(?:sejak|since|hingga|sampai|until|selepas|sebelum|before|after)\s+$", re.I)


def _organisations(article: Article) -> list[Entity]:
    return [e for e in article.entities if e.type == "organization"]


def delegation_body(article: Article, meeting: Meeting) -> str | None:
    """The body a nameless delegation belongs to, or None."""
    if meeting.evidence is None or not _NAMELESS.search(meeting.evidence.sentence):
        return None
    orgs = _organisations(article)
    if not orgs or any(o.name in meeting.participants for o in orgs):
        return None
    text = article.text
    named: Counter[str] = Counter()
    for m in _DELEGATION.finditer(text):
        for org in orgs:
            if any(0 <= mention.start - m.end() <= 2 for mention in org.mentions):
                named[org.name] += 1
    if named:
        return named.most_common(1)[0][0]
    counts = sorted(((len(o.mentions), o.name) for o in orgs), reverse=True)
    if counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
        return counts[0][1]
    return None


def visit_place(article: Article, meeting: Meeting) -> str | None:
    """The one place the article says a participant was visiting, or None."""
    offices = set(word_list("meetings_offices.txt"))  # "berada di Kantor ...": a generic head, no place
    places = [e for e in article.entities if e.type == "location" and e.name.casefold() not in offices]
    people = [e for e in article.entities if e.name in meeting.participants]
    found: set[str] = set()
    text = article.text
    for m in _VISIT.finditer(text):
        if text[max(0, m.start() - 5) : m.start()].lower().endswith("yang "):  # "X yang berada di Y"
            continue
        place = next((p.name for p in places for pm in p.mentions if pm.start == m.end()), None)
        if place is None:
            continue
        if any(
            0 <= m.start() - pm.end <= _NEAR and not _BOUNDARY.search(text, pm.end, m.start())
            for e in people
            for pm in e.mentions
        ):
            found.add(place)
    return found.pop() if len(found) == 1 else None


def _not_a_name(participant: str) -> bool:
    """Words that are never entities on their own ("Emirati", "Jordanian"): the entity stop list."""
    from warta.extract.linking import word_set

    stop = word_set("stop_words")
    return all(w.casefold() in stop for w in participant.split())


def complete(article: Article, meetings: list[Meeting]) -> list[Meeting]:
    for meeting in meetings:
        meeting.participants = [p for p in meeting.participants if not _not_a_name(p)]
        body = delegation_body(article, meeting)
        if body:
            meeting.participants.insert(0, body)
        if meeting.location is None:
            meeting.location = visit_place(article, meeting)
    return [m for m in meetings if len(m.participants) >= 2]


def meeting_date(article: Article, start: int, end: int) -> str | None:
    """A full date with a year in the sentence, only when its weekday (if named) agrees."""
    text = article.text
    for d in article.dates:
        usable = start <= d.start < end and d.value and d.consistent and _YEAR.search(d.text)
        if usable and not _NOT_MEETING_DAY.search(text[max(0, d.start - 12) : d.start]):
            return d.value
    if article.dates:
        return None
    found = find_date(article.text[start:end])
    if not found:
        return None
    iso, s, _ = found
    before = article.text[start : start + s].casefold()
    if _NOT_MEETING_DAY.search(before[-12:]):
        return None
    days = weekdays()
    named = [(before.rfind(name), num) for name, num in days.items() if before.rfind(name) >= max(0, s - 14)]
    if named and dt.date.fromisoformat(iso).weekday() != max(named)[1]:  # calendar.tsv: Monday = 0
        return None
    return iso


def dateline_place(article: Article, spans: list[Named]) -> tuple[int, str] | None:
    """(paragraph end, place) of a dateline ("KAHERAH, 10 November -", "Bisnis.com, JAKARTA -")."""
    pos = 0
    for para in article.text.split("\n")[:4]:
        head = para[:60]
        if re.search(r"\s(?:--|[–—-])\s?|\d\s*[–—-]|^[A-Z]+,[^.\n]{3,25}\w(?:--|[–—-])\s", head):
            for n in spans:
                if pos <= n.start < pos + 45 and n.type == "location":
                    return pos + len(para), n.name
        for n in spans:  # "VIENTIANE: Foreign Minister ...": a place opening the paragraph, then a colon
            if n.start == pos and n.type == "location" and article.text.startswith(": ", n.end):
                return pos + len(para), n.name
        pos += len(para) + 1
    return None
