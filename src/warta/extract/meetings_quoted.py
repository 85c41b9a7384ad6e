"""Meetings told by their own participant inside a quote (helpers of `extract.meetings`).

- '"Saya sudah bertemu Menteri Besar Kedah ...," katanya': the first-person subject is the quote's
  speaker (`quoted_speaker`).
- '"... bertemu X," kata Y': the parties end at the closing mark (`quote_close`); "pertemuan X dengan
  Y": the other side starts after "dengan" (`second_side`).
- "bertemu Menteri Besar Kedah dan Exco Kelantan": unnamed officials of two states, each standing in
  by its state, are two counterparts met, one meeting each (`split_stand_ins`).
"""

from __future__ import annotations

import re
from functools import cache

from warta.extract.attribution import Named, word_list
from warta.model import Article


@cache
def _first_person() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in word_list("meetings_first_person.txt"))
    return re.compile(rf"\s*[\"“”'‘]?\s*(?:{words})\b", re.I)


def quoted_speaker(article: Article, spans: list[Named], lo: int, pos: int, left: list[Named]) -> list[Named]:
    """The speaker of the quote holding a meeting word whose clause opens with 'saya/I': a person side."""
    if any(n.type != "location" for n in left) or not _first_person().match(article.text, lo, pos):
        return left
    for q in article.quotes:
        ev = q.evidence
        if q.speaker and ev is not None and ev.start <= lo and pos < ev.end:
            named = [n for n in spans if n.name == q.speaker and n.type == "person"]
            who = named[-1] if named else Named(ev.start, ev.start, q.speaker, q.speaker, "person")
            return [who, *left]
    return left


def split_stand_ins(parties: list[Named], stand_ins: list[Named]) -> list[list[Named]]:
    """One person met the unnamed officials of several places: one party list per place."""
    people = [n for n in parties if n.type == "person"]
    if len(stand_ins) < 2 or len(people) != 1 or any(n.type == "organization" for n in parties):
        return []
    return [[people[0], place] for place in stand_ins]


def second_side(text: str, m: re.Match[str]) -> int:
    """Where the other side starts: after 'dengan' in "pertemuan X dengan Y", else after the word."""
    found = re.compile(r"\sdengan\s").search(text, m.end()) if m.group("pair") else None
    return found.end() if found else m.end()


def quote_close(text: str, pos: int, end: int) -> int:
    """The end of the parties at a quotation mark after the word (the quote closes before its speaker)."""
    mark = re.compile(r"[\"”]").search(text, pos, end)
    return mark.start() if mark else end
