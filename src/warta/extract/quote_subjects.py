"""The person a paragraph or its last clause opens with (helpers of `extract.quotes`)."""

from __future__ import annotations

import re

from warta.extract.attribution import Named, chain_end
from warta.extract.quote_speakers import title_prefix

_CLAUSE = re.compile(r"[;,]\s*(?:manakala|sementara|sedangkan|while|whereas)\b\s*|;\s*", re.I)
# Capitalised title words (and their joiners) that may stand before a paragraph's subject.
_TITLE_WORDS = re.compile(
    r"\s*(?:(?:[A-Z][\w.'’&-]*|dan|and|of|bin|binti|[A-Z]+),?\s+)*"
)  # how far back a pronoun subject looks for the person it stands for


def _clause_subject(text: str, spans: list[Named], start: int, end: int) -> str | None:
    """The opening person subject of the last clause of a paragraph that has one ("X mencadangkan
    ..., manakala peguam tertuduh, Y memohon ...": Y)."""
    starts = [start] + [m.end() for m in _CLAUSE.finditer(text, start, end)]
    for lo in reversed(starts):
        subject = _paragraph_subject(text, spans, lo, end)
        if subject:
            return subject
    return None


def _paragraph_subject(text: str, spans: list[Named], para_start: int, pos: int) -> str | None:
    """The person a paragraph opens with, after title words only ("Ekonom Universitas Indonesia X
    menilai ..."; "Sementara itu, Gubernur X ..."), not one named later ("Polisi menangkap X")."""
    first = next((n for n in spans if para_start <= n.start < pos and n.type == "person"), None)
    if first is None:
        return None
    prefix = text[para_start : first.start]
    head, comma, rest = prefix.partition(",")
    if comma and len(head.split()) <= 3:  # a connective ("Sementara itu,", "Meanwhile,")
        prefix = rest
    # lower-case title words too ("PUTRAJAYA: Government spokesman X"), as the sentence rules read them
    titled = _TITLE_WORDS.fullmatch(prefix) or title_prefix(text, spans, para_start, first.start)
    return chain_end(text, spans, first).name if titled else None
