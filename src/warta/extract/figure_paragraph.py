"""A source carried over to the next sentence of its paragraph (helper of `extract.figures`).

"Menurut Dedi, longsor menewaskan tujuh orang. Dua warga masih hilang ...": a sentence that opens by
naming its source ("Menurut X,", "Mengikut X,", "According to X,") reports for it; the next sentence of
the same paragraph naming no source of its own goes on reporting what that source said. So does one opening with a part
of the total the sentence before gave ("Daripada jumlah itu, 107,000 adalah ...", "Of these, ...").
"""

from __future__ import annotations

import re

# "GARUT - ", "KOTA BHARU: ": a dateline before the opening phrase
_DATELINE = re.compile(r"^[A-Z][A-Z .,-]{1,40}(?:[:,]\s*[A-Za-z.]+)?\s*[:–—-]\s*")
_OPENING = re.compile(
    r"(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} [-–—] )?[\"“]?\s*(?:menurut|mengikut|according\s+to)\s", re.I
)


def opening_source(text: str, start: int, sources: list[tuple[int, int, str]]) -> str | None:
    """The source a sentence opens with ("Menurut Dedi, ...", "According to X, ..."): the next
    sentence of the same paragraph that names none goes on reporting what that source said."""
    lead = _DATELINE.match(text[start : start + 60])
    at = start + lead.end() if lead else start
    m = _OPENING.match(text, at)
    return next((name for a, _, name in sources if m and a <= m.end() + 2), None)


# "Daripada jumlah itu, ...", "Of these, ...": a breakdown of the total the sentence before reported
_SUBSET_OPENING = re.compile(
    r"[\"“]?\s*(?:(?:daripada|dari)\s+(?:jumlah|angka)\s+(?:itu|tersebut|ini)|of\s+(?:these|those|them|the\s+total))\b",
    re.I,
)


def subset_source(text: str, start: int, sources: list[tuple[int, int, str]]) -> str | None:
    """The first source of the sentence before, when this one opens as a part of its total."""
    return sources[0][2] if sources and _SUBSET_OPENING.match(text, start) else None


def carried_source(text: str, prev_start: int, start: int, carried: str | None) -> list[tuple[int, int, str]]:
    """`carried` as this sentence's only source when it follows in the same paragraph."""
    if carried is None or "\n" in text[prev_start:start]:
        return []
    return [(start, start, carried)]
