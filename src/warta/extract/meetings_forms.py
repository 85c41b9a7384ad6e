"""Meetings told in less common forms (helpers of `extract.meetings`).

- "X said he and his counterpart Y discussed ...": a minister and the counterpart named right after
  "his/her ... counterpart" ("rakan sejawatannya", "mitranya") who discussed something together met.
  Only a past verb of talking after the counterpart's name makes it one ("will discuss" does not).
- "a closed-door meeting ..., attended by A and B": with nobody else named, those present are the parties.
- "menghadap X bagi mempersembahkan bajet sebelum ia dibentangkan minggu depan": a time word in a
  clause inside the purpose is that event's time, not the meeting's.
- "Kedua menlu terakhir kali bertemu di New York", "the two leaders last met in Canberra": an earlier
  meeting of the story's own pair (its first meeting's first two persons), not of the last two named.
"""

from __future__ import annotations

import re
from functools import cache

from warta.extract.attribution import Named, word_regex

# "he and his Singaporean counterpart", "beliau dan rakan sejawatannya dari Thailand,", "dia dan mitranya"
_PAIR = re.compile(
    r"\b(?:he|she|[Bb]eliau|[Dd]ia|[Ii]a|[A-Z][\w'’-]+)(?P<and>\s+(?:and|dan)\s+)"
    r"(?:(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterparts?|rakan\s+sejawat(?:an)?nya|mitra(?:nya)?|sejawatnya)"
    r"(?:\s+(?:dari|from)\s+[A-Z][\w-]*)?,?\s+"
)
# "bagi mempersembahkan", "untuk membahas", "in order to": a purpose clause opens
_PURPOSE_CLAUSE = re.compile(
    r"\b(?:bagi|untuk|guna|demi)\s+(?:me|ber|di)\w{3,}|\bin\s+order\s+to\b|\b(?-i:to\s+[a-z]{3,})", re.I
)
_SUBORDINATE = re.compile(r"\b(?:sebelum|menjelang|yang|before|ahead\s+of|prior\s+to|which|that)\b", re.I)
_GAP = 50  # characters between the counterpart's name and the verb of talking (titles, apposition)


@cache
def _talked() -> re.Pattern[str]:
    return word_regex("meetings_talked.txt")


def counterpart_starts(text: str) -> list[int]:
    """Where a "... and his counterpart ..." phrase starts (sentences worth a look)."""
    if "counterpart" not in text and "sejawat" not in text and "mitra" not in text:
        return []  # every match holds one of these words: the scan would find nothing
    return [m.start() for m in _PAIR.finditer(text)]


def counterpart_pair(text: str, spans: list[Named], s: int, e: int) -> tuple[Named, Named] | None:
    """(the speaker, the counterpart) when the sentence `[s, e)` says the two talked together."""
    m = _PAIR.search(text, s, e)
    if m is None:
        return None
    right = next((n for n in spans if m.end() <= n.start < m.end() + 25 and n.type == "person"), None)
    if right is None:
        return None
    verb = _talked().search(text, right.end, min(e, right.end + _GAP))
    if verb is None or re.search(r"[.;]", text[right.end : verb.start()]):
        return None
    if word_regex("meetings_negative.txt").search(text, right.end, verb.start()):  # "akan membahas"
        return None
    left = [n for n in spans if s <= n.start and n.end <= m.start("and") and n.type == "person"]
    if not left or left[-1].name == right.name:
        return None
    return left[-1], right


def purpose_start(text: str, pos: int, end: int) -> int:
    """Where a clause inside the purpose of the meeting opens in `[pos, end)` ("bagi mempersembahkan
    bajet sebelum ...", "untuk membentangkan laporan yang ..."), else `end`: only a later event or
    the object's own time lies past it ("untuk menandatangani perjanjian esok" stays the meeting's)."""
    m = _PURPOSE_CLAUSE.search(text, pos, end)
    sub = _SUBORDINATE.search(text, m.end(), end) if m else None
    return sub.start() if sub else end


def attended_only(parties: list[Named], present: list[Named]) -> bool:
    """No person or body named around the meeting word, two persons or more among those present."""
    no_side = not any(n.type != "location" for n in parties)
    return no_side and len({n.name for n in present if n.type == "person"}) >= 2


# "During a hearing with ", "In his meeting with ", "Dalam pertemuan dengan ": a fronted phrase opens the
# sentence; the side that met is the subject of the main clause after it.
_FRONTED = re.compile(
    r"\s*(?:(?:During|In|At|Dalam|Semasa|Selama|Ketika|Saat)\s+(?:(?:a|an|the|his|her|their|its)\s+)?)?$",
    re.I,
)
_FRONTING = re.compile(r"(?:during|in|at|dalam|semasa|selama|ketika|saat)\b", re.I)


def fronted_subject(text: str, spans: list[Named], s: int, m: re.Match[str], e: int) -> list[Named]:
    """'During a hearing with Commission IX at the complex in Senayan, Jakarta, BGN head X acknowledged':
    the first person or body after the commas closing the fronted phrase (places are passed over),
    with a person named right after a body ("BGN head X"), or []."""
    head = text[s : m.start()]
    if not _FRONTED.match(head) or not (head.strip() or _FRONTING.match(m.group(0))):
        return []
    for comma in (c.start() for c in re.finditer(r",\s", text[m.end() : e])):
        at = m.end() + comma + 1
        nxt = next((n for n in spans if at <= n.start < at + 40), None)
        if nxt is None or text[at : nxt.start].strip():
            return []  # "..., the minister said": the main clause opens with no name
        if nxt.type == "location":
            continue  # "in Senayan, Jakarta, ...": the place goes on
        out = [nxt]
        person = next((n for n in spans if nxt.end <= n.start <= nxt.end + 25 and n.type == "person"), None)
        if (
            nxt.type == "organization"
            and person
            and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", text[nxt.end : person.start])
        ):
            out.append(person)
        return out
    return []


# "Kedua menlu terakhir kali bertemu di New York", "Talks between the two leaders last took place in
# Canberra": "last" after a pair phrase tells an earlier meeting of the story's own pair.
_LAST = re.compile(r"\s+(?:terakhir(?:\s+kali)?|last)\b", re.I)
_CALL = re.compile(r"\b(?:telepon|telefon|phone|video|panggilan)\b", re.I)


def last_pair_meeting(text: str, s: int, e: int, main: list[Named]) -> tuple[list[Named], int] | None:
    """The story's pair (the first two persons of its first meeting, `main`) and where the place of their
    last meeting may follow, when the sentence `[s, e)` tells one."""
    pair = word_regex("meetings_pair.txt").search(text, s, e)
    if pair is None or _CALL.search(text, s, e):
        return None
    last = _LAST.match(text, pair.end())
    return ([n for n in main if n.type == "person"][:2], last.end()) if last else None
