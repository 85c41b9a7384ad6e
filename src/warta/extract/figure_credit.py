"""Which body a reported number is credited to, beyond the sentence's own phrases (helpers of
`figure_sources`): a body named in translation before the bracketed acronym of a known organization
("Pejabat Penyelarasan Hal Ehwal Kemanusiaan PBB (OCHA)"), and "menurut X" outranking the speaker who
cites X.
"""

from __future__ import annotations

import re

from warta.knowledge.loader import load_kb

# "menurut", "according to": the phrases that credit a number to a body, as opposed to "said X".
ACCORDING = re.compile(r"(?:menurut|mengikut|according\s+to|berdasarkan)\b", re.I)
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")
_ARTICLE = re.compile(r"^the\s+", re.I)


def known_acronym_after(text: str, start: int, end: int) -> str | None:
    """'menurut Pejabat Penyelarasan Hal Ehwal Kemanusiaan PBB (OCHA)': a body named in translation
    before the bracketed acronym of a known organization is that organization."""
    m = _ACRONYM_AFTER.match(text, end)
    # "the Poso district disaster mitigation agency (BPBD)": the article before the name is no matter
    phrase = _ARTICLE.sub("", text[start:end].strip())
    if not m or not phrase[:1].isupper():
        return None
    found = [e for e in load_kb().lookup(m.group(1), strict_case=True) if e.type == "organization"]
    return found[0].name if len(found) == 1 else None


def according_first(named: list[tuple[int, int, str]], prep: set[int]) -> list[tuple[int, int, str]]:
    """'X berkata, ... 3.5 juta orang kehilangan tempat tinggal, menurut OCHA': the body the number is
    credited to outranks the speaker who cites it."""
    return sorted(named, key=lambda f: f[0] not in prep)


_REPORTED = re.compile(
    r"(?<![\w-])(?:dilaporkan|dikabarkan|dikhabarkan|dilapor|reportedly|(?:were|was|are|is)\s+reported)"
    r"(?![\w-])(?!\s+(?:oleh|by)\b)",
    re.I,
)


def reported_after(
    text: str, start: int, end: int, before: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """'Menurut UNHCR, rombongan itu terdiri dari ... Tiga orang dilaporkan meninggal dunia': a sentence
    that says its numbers were reported, by nobody it names, goes on with the source of the sentence
    just before."""
    if not before or not _REPORTED.search(text, start, end):
        return []
    return [(start, start, before[0][2])]
