"""Filters on the found names: one-word names nothing vouches for, the outlet itself, events."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from warta.extract import linking
from warta.extract.linking import Cand, Doc


def vouched(doc: Doc) -> list[Cand]:
    """Drop one-word names nothing vouches for: not in the KB, no title or head word, and for a
    body or place guessed by the NER model, named only once and not after "di"/"ke"/"dari"."""
    titled = {c.link.name for c in doc.cands if c.source == "title"}
    ruled = {c.link.name for c in doc.cands if c.source != "ner"}
    counts = Counter(c.link.name for c in doc.cands)
    keep = []
    for c in doc.cands:
        if c.link.known or c.link.name in titled or len(linking.tokens(c.link.name)) > 1:
            keep.append(c)
        elif c.link.type == "person":
            continue
        elif (
            c.link.name in ruled
            or counts[c.link.name] > 1
            or LOCATIVE.search(doc.text, max(0, c.start - 16), c.start)
        ):
            keep.append(c)
    return keep


LOCATIVE = re.compile(r"(?:\b(?:di|ke|dari|menuju|dekat|at|in|to|from)|[Kk]ota|[Ww]ilayah|[Dd]aerah) $")


@lru_cache(maxsize=256)
def outlet_names(outlet: str | None) -> frozenset[str]:
    """The publishing outlet's name and the other names it goes by, folded."""
    if not outlet:
        return frozenset()
    aliases = {linking.fold_token(n) for n in _aliases_by_outlet().get(outlet, ())}
    return frozenset({linking.fold_token(outlet)} | aliases)


@cache
def _aliases_by_outlet() -> dict[str | None, tuple[str, ...]]:
    """Each outlet's names: asking every name's outlet once, not once per outlet asked about."""
    from warta.extract.metadata import outlet_for_name

    by_outlet: dict[str | None, list[str]] = {}
    for n in _outlet_aliases():
        by_outlet.setdefault(outlet_for_name(n), []).append(n)
    return {k: tuple(v) for k, v in by_outlet.items()}


def copyright_names(text: str) -> frozenset[str]:
    """The holders named on the page's copyright lines ("© Utusan Malaysia"), folded: the page's own
    outlet even when no outlet was recognised, and with it the outlet's other names."""
    out: set[str] = set()
    for m in copyright_lines(text):
        holder = m.group(1).strip()
        out |= outlet_names(holder) | {linking.fold_token(holder)}
        found = linking.lookup(holder, "ORG")
        if found is not None:
            out.add(linking.fold_token(found.name))
    return frozenset(out)


_COPYRIGHT_LINE = re.compile(
    r"^[ \t]*(?:©|\([cC]\)|Copyright|Hak [Cc]ipta)[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*)?"
    r"([A-Z][\w.&' -]{2,60}?)[ \t]*$",
    re.M,
)


# Where a copyright line may open: after a newline, spaces or tabs, then the first character of one
# of its markers. Every line `_COPYRIGHT_LINE` matches but the first follows one, and this search for
# a literal newline is far cheaper on a whole HTML page than trying the multi-line `^` at every place.
_LINE_OPENING = re.compile(r"\n[ \t]*+[©(CH]")


def copyright_lines(text: str) -> list[re.Match[str]]:
    """`_COPYRIGHT_LINE.finditer(text)`: its matches open lines and never cross one, so trying it only
    at the first line and at the lines `_LINE_OPENING` finds gives the same matches."""
    starts = [0, *(m.start() + 1 for m in _LINE_OPENING.finditer(text))]
    return [m for pos in starts if (m := _COPYRIGHT_LINE.match(text, pos))]


@cache
def _outlet_aliases() -> tuple[str, ...]:
    from warta.extract.metadata import outlet_table

    return tuple(outlet_table()[1])


def is_own_outlet(doc: Doc, c: Cand, own: frozenset[str]) -> bool:
    """The publishing outlet anywhere, or any outlet's name in a dateline ("Gaza, Purna Warta ...").

    Another outlet credited at the end of a body line ("... - BBC") is a source, so it stays.
    """
    from warta.extract.metadata import outlet_for_name

    if c.link.type != "organization":
        return False
    if linking.fold_token(c.link.name) in own or linking.fold_token(c.text) in own:
        return True
    line_start = doc.text.rfind("\n", 0, c.start) + 1
    before = doc.text[line_start : c.start]
    if _COPYRIGHT.fullmatch(before):
        return True  # "© Utusan Malaysia": the page's own copyright line, whatever the outlet is called
    if not (outlet_for_name(c.text) or outlet_for_name(c.link.name)):
        return False
    if before.count("(") > before.count(")") and ")" in doc.text[c.end : c.end + 30]:
        return False  # "JAKARTA (Reuters) -", "GAZA, (Antara/Anadolu) -": agencies credited, not the page
    dateline = doc.text.count("\n", 0, c.start) < 3 and re.fullmatch(r"[\w .,'’()/-]{0,40}", before)
    return bool(dateline and not re.search(r"[a-z]{3,}\s+[a-z]{3,}", before))


_COPYRIGHT = re.compile(
    r"\s*(?:©|\([cC]\)|Copyright|Hak [Cc]ipta)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
)


def event(c: Cand) -> bool:
    """An unknown name that is an event, law or programme ("... Conference", "Pemilu 2024")."""
    if c.link.known:
        return False
    words = linking.tokens(c.link.name)
    if c.link.type == "person":  # "Typhoon Tino": a storm's name, not a person; nor "... Ministers' Meeting"
        events = linking.word_set("event_words")
        return bool(words) and (words[0] in events or (len(words) > 1 and words[-1] in events))
    return any(w in linking.word_set("event_words") for w in words)
