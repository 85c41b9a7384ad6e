"""Measure and qualifier words around a count: totals, "killed or injured", "more than" (helpers of
`figure_counts`).
"""

from __future__ import annotations

import re

from warta.extract.figure_tokens import Cue, Tok, lexicon
from warta.model import Figure


def _total_before(toks: list[Tok], i: int) -> bool:
    """The number follows a total word ("mencapai", "meningkat kepada", "rose to"), qualifiers aside."""
    lex = lexicon()
    q = lex.ending("qualifier", toks, i)
    # "passed 1,000" is both: a qualifier and a total
    return (
        lex.ending("total", toks, i) is not None
        or lex.ending("total", toks, i - (q[1] if q else 0)) is not None
    )


_OR_GLUE = {"dan", "atau", "serta", "maupun", "and", "or", "/", ","}


def _or_injured(cue: Cue, cues: list[Cue], toks: list[Tok]) -> str:
    """'gugur dan terluka', 'tewas atau luka': killed_or_injured. Not "killed and 14 injured" or
    "killed and dozens injured": only conjunctions may stand between the two words."""
    if cue.measure == "missing" and any(_joined(cue, cu, toks) for cu in cues if cu.measure == "killed"):
        return ""  # "missing or dead": a mixed total
    if cue.measure not in ("killed", "injured"):
        return cue.measure
    other = "injured" if cue.measure == "killed" else "killed"
    for cu in cues:
        if cu.measure != other:
            continue
        gap = toks[cue.end : cu.start] if cu.start >= cue.end else toks[cu.end : cue.start]
        if 1 <= len(gap) <= 2 and all(t.low in _OR_GLUE for t in gap):
            return "killed_or_injured"
    if any(_joined(cue, cu, toks) for cu in cues if cu.measure == "missing"):
        return ""  # "nearly 600 dead or missing": a mixed total is not a figure
    return cue.measure


def _joined(a: Cue, b: Cue, toks: list[Tok]) -> bool:
    gap = toks[a.end : b.start] if b.start >= a.end else toks[b.end : a.start]
    return 1 <= len(gap) <= 2 and all(t.low in _OR_GLUE for t in gap)


def qualifier(toks: list[Tok], i: int) -> str:
    lex = lexicon()
    j = i
    while j > 0 and toks[j - 1].low in {"sebanyak", "seramai", "total", "sudah", "mencapai", "jumlahnya"}:
        j -= 1
    hit = lex.ending("qualifier", toks, j)
    if hit:
        return hit[0]
    after = toks[i + 1].low if i + 1 < len(toks) else ""
    later = toks[i + 2].low if i + 2 < len(toks) else ""
    if after == "lebih" and later not in {"dari", "daripada"}:
        return "more_than"  # "1.000 lebih warga"
    return "exact"


def origin_end(toks: list[Tok], after: int) -> int:
    """Past a phrase saying where the counted people are from ("1,200 residents of three villages in X
    regency had been evacuated", "two firefighters from Manggala Agni, the forest-fire brigade, died"): up
    to the first auxiliary, or past a comma-delimited aside; else `after` unchanged."""
    lex = lexicon()
    if not lex.at("origin", toks, after):
        return after
    for t in range(after + 1, min(len(toks), after + 12)):
        if toks[t].num is not None and lex.at("people", toks, t + 1):
            return after  # "warga dari 3 orang": another count, not an origin
        if lex.at("auxiliary", toks, t) or lex.at("cue", toks, t):
            return t
        if toks[t].low == ",":  # an apposition describing the origin, closed by a comma
            close = next((u for u in range(t + 1, min(len(toks), t + 16)) if toks[u].low in _ASIDE_END), None)
            return close + 1 if close is not None and toks[close].low == "," else after
    return after


_ASIDE_END = frozenset({",", ".", ";", ":"})


def found_more(toks: list[Tok], noun: str | None, noun_end: int) -> bool:
    """A victims count whose verb, a few adverbs on, is "found" ("tujuh korban telah ditemukan")."""
    lex = lexicon()
    if noun is None or not lex.at("found_noun", toks, noun_end - 1):
        return False
    return any(lex.at("found", toks, t) for t in range(noun_end, min(len(toks), noun_end + 3)))


_HELD = frozenset({"detained", "hostages", "displaced"})


def died(toks: list[Tok], measure: str, noun_end: int) -> str | None:
    """ "at least 11 detainees, including two children, had died": the verb, not the noun, says what
    happened; the first measure word after the noun in its clause decides."""
    if measure not in _HELD:
        return None
    lex = lexicon()
    for t in range(noun_end, min(len(toks), noun_end + 12)):
        if toks[t].low in {".", ";"} or lex.at("clause", toks, t):
            return None
        cue = lex.at("cue", toks, t)
        if cue:
            negated = any(lex.at("negation", toks, n) for n in range(max(0, t - 2), t))
            return "killed" if cue[0] == "killed" and not negated else None
    return None


# words that make a count of freed people one of hostages; without any in the article, the freed are prisoners
_HOSTAGE_WORDS = re.compile(
    r"\b(?:hostages?|captives?|abduct\w*|kidnap\w*|sandera|disandera|menyandera|tebusan|diculik|menculik|tawanan)\b",
    re.I,
)


def released_prisoners(text: str, figures: list[Figure]) -> None:
    """ "More than 300 fishermen have been released" in an article about detained fishermen: people
    freed where nobody was taken hostage were held, so the count is `detained` (released prisoners)."""
    if not any(f.measure == "detained" for f in figures) or _HOSTAGE_WORDS.search(text):
        return
    for f in figures:
        if f.measure == "hostages":
            f.measure = "detained"
