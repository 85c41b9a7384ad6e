"""A numbered group as a side of a meeting (helper of `extract.meetings`).

"Para ahli waris, yakni A, B dan C, ... Dalam mediasi itu, ketiga ahli waris bertemu X": "ketiga ahli
waris" ("the three heirs") stands for the persons listed earlier after the same noun, when the list
names exactly as many persons as the group counts (`meetings_group_counts.tsv`; the list opens with a
word of `meetings_enumerators.txt`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from warta.extract.attribution import Named, word_list

_NOUN = r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
_LIST_END = re.compile(r"[.;!?\n]")


@cache
def _counts() -> dict[str, int]:
    text = (
        resources.files("warta.knowledge").joinpath("meetings_group_counts.tsv").read_text(encoding="utf-8")
    )
    rows = (ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return {r[0].strip(): int(r[1]) for r in rows if len(r) == 2}


@cache
def _group() -> re.Pattern[str]:
    """'ketiga ahli waris ' right before the meeting word (an adverb such as 'langsung' may follow)."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_counts(), key=len, reverse=True))
    return re.compile(
        rf"(?:^|[\s,])({words})\s+{_NOUN}\s+(?:(?:telah|sudah|pun|juga|also|had|have)\s+)?$", re.I
    )


@lru_cache(maxsize=256)
def _listed(noun: str) -> re.Pattern[str]:
    """The group's noun, then a word opening its list of members ("ahli waris, yakni")."""
    cues = "|".join(re.escape(w) for w in word_list("meetings_enumerators.txt"))
    return re.compile(rf"\b{re.escape(noun)}\s*,?\s*(?:{cues})\b\s*:?", re.I)


def group_side(text: str, spans: list[Named], lo: int, pos: int) -> list[Named]:
    """The persons a numbered group right before `pos` stands for, or []."""
    m = _group().search(text, lo, pos)
    if m is None:
        return []
    count, noun = _counts()[" ".join(m.group(1).casefold().split())], m.group(2)
    found = [x for x in _listed(noun).finditer(text, 0, m.start())]
    if not found:
        return []
    start = found[-1].end()
    stop = _LIST_END.search(text, start)
    end = stop.start() if stop else len(text)
    people = [n for n in spans if start <= n.start and n.end <= end and n.type == "person"]
    names = {n.name for n in people}
    return people if len(names) == count else []
