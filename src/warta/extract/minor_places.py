"""Small towns, villages and districts the knowledge base does not hold ("dekat Tapah", "in Damansara").

Thousands of such names (GeoNames via `warta.knowledge.places`, and `minor_places_hand.txt`) include
ordinary words and given names, so one is read as a place only where the text puts a place: right
after "di", "dekat", "in", "near" ... as a whole capitalised run, or as the dateline ("TAPAH: ...").
"""

from __future__ import annotations

import re
from functools import cache

from warta.extract import linking
from warta.extract.linking import Cand, Doc, Linked
from warta.knowledge.places import minor_places

_AFTER = re.compile(
    r"\b(?:di|ke|dekat|berhampiran|sekitar|menuju|in|near|at|outside|around)"  # "bagi Di Maria": no place word
    r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
)
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){0,2})\s*(?::|\s[–-]\s)")


@cache
def names() -> frozenset[str]:
    """The place names read here: both lists, less the names the knowledge base knows."""
    out = set(minor_places()) | set(linking.word_list("minor_places_hand"))
    return frozenset(n for n in out if linking.lookup(n) is None)


def _add(doc: Doc, start: int, end: int, name: str) -> None:
    if doc.free(start, end):
        doc.add(Cand(start, end, doc.text[start:end], "LOC", Linked(name, "location"), "rule"))


def minor_place_cands(doc: Doc) -> None:
    """A listed place after a place word, when it is the whole capitalised run, or as the dateline."""
    known = names()
    for m in _AFTER.finditer(doc.text):
        if m.group(1) in known:
            _add(doc, m.start(1), m.end(1), m.group(1))
    for m in _DATELINE.finditer(doc.text, 0, 800):
        town = " ".join(w.capitalize() for w in m.group(1).split())
        if town in known:
            _add(doc, m.start(1), m.end(1), town)
