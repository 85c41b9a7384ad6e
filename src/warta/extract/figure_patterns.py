"""The attribution patterns of `figure_sources` from its word lists, and the cheap tests that spare
sentences they cannot match.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from warta.alternation import alternation
from warta.calendar import months, weekdays


@cache
def source_words() -> dict[str, tuple[str, ...]]:
    text = resources.files("warta.knowledge").joinpath("figures_sources.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, phrases = line.split("\t")
            items = {p.strip() for p in phrases.split(",") if p.strip()}
            out[kind] = tuple(sorted(items, key=lambda w: (-len(w), w)))  # a fixed order: one pattern text
    return out


def _alt(kind: str) -> str:
    # every use is case-insensitive
    return alternation((re.escape(p).replace(r"\ ", r"\s+") for p in source_words()[kind]), ignore_case=True)


_STOP = r"(?=\s*(?:[,.;:“”\"()]|\s(?:bahwa|bahawa|that|dalam|pada|di|kepada|saat|ketika|yang)\s|$))"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "prep": re.compile(rf"(?<![\w-])(?:{_alt('prep')})\s+(?P<x>[^,.;:“”\"()]{{2,200}}?){_STOP}", re.I),
        "post": re.compile(rf"(?<![\w-])(?:{_alt('post')})nya\b", re.I),
        # "Data KKP menunjukkan ...", "Statistik SPRM menunjukkan ...", "Data from the ministry shows ..."
        "data": re.compile(
            rf"(?<![\w-])(?:{_alt('data')})\s+(?:(?:dari|daripada|from|of|by|milik)\s+)?(?:the\s+)?"
            rf"(?P<x>[^,.;:“”\"]{{2,120}}?)\s+(?:(?:juga|pun|terbaru|terkini|also)\s+)?(?:{_alt('shows')})\b",
            re.I,
        ),
        "verb": re.compile(
            rf"^(?P<x>[^“”\"]{{2,160}}?)\s+(?:(?:telah|juga|pun|lagi)\s+)?(?:{_alt('verb')})\b", re.I
        ),
        # '..., X said', '...," Zainal told reporters': the closing mark of a quote may stand after the comma
        "said": re.compile(r",[\"”’]?\s*(?:the\s+)?(?P<x>[^,.;“”\"]{2,90}?)\s+(?:said|says|told|reported)\b"),
        "passive": re.compile(
            rf"(?<![\w-])(?i:{_alt('passive')})\s+(?:oleh\s+)?(?P<x>[A-Z][^,.;“”\"]{{1,120}}?){_STOP}"
        ),
        "headline": re.compile(r"(?:^|[,;–—-]\s*)(?P<x>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}):\s"),
        "dateline": re.compile(r"^[A-Z][A-Z .,-]{1,40}(?:[:,]\s*[A-Za-z.]+)?\s*[:–—-]\s*"),
        # "per Senin", "setakat jam 8 pagi ini", "as at 8am today": a clock time may stand between
        "asof": re.compile(
            rf"(?<![\w-])(?:{_alt('asof')})(?:\s+(?:jam|pukul|pkl\.?)?\s*\d{{1,2}}(?:[.:]\d{{2}})?\s*"
            r"(?:am|pm|a\.m\.|p\.m\.|wib|wita|wit|myt)?)?\s*$",
            re.I,
        ),
        "now": re.compile(rf"(?<![\w-])(?:{_alt('now')})(?![\w-])", re.I),
        "pronoun": re.compile(rf"^(?:{_alt('pronoun')})$", re.I),
    }


def _time_phrase(phrase: str) -> bool:
    """'said Wednesday', 'said on Monday', 'kata dia semalam': a time or an amount, never a source."""
    words = phrase.split()
    first = words[0].strip(",.").casefold() if words else ""
    amount = any(w.isdigit() for w in words[1:3])  # headline "Ungkap Peredaran 2 Ton Sabu": not a name
    return amount or first in weekdays() or first in months() or first in source_words().get("time", ())


@cache
def _trigger_words() -> frozenset[str]:
    """Every word of an attribution phrase: a sentence without one names no source."""
    words = source_words()
    return frozenset(
        w for kind in ("prep", "verb", "passive", "shows") for p in words[kind] for w in p.split()
    )


_WORDS = re.compile(r"\w+")


@cache
def _post_words() -> frozenset[str]:
    return frozenset(source_words()["post"])


# "said" needs one of these words, as written (that pattern is case-sensitive).
_SAID_WORDS = ("said", "says", "told", "reported")


def _may_attribute(sent: str, low: str | None = None, ws: set[str] | None = None) -> bool:
    """A cheap test before the attribution patterns (most sentences have none)."""
    low = sent.lower() if low is None else low
    ws = set(_WORDS.findall(low)) if ws is None else ws
    if not _trigger_words().isdisjoint(ws):
        return True
    if "nya" not in low:  # no "-nya" verb (the common case, spared the loop)
        return False
    post = _post_words()
    return any(w.endswith("nya") and w[:-3] in post for w in ws)


@cache
def _first_words(kind: str) -> frozenset[str] | None:
    """The lower-cased first words of a kind's phrases; None when one is not a plain word.

    A match of "prep" or "passive" starts with one of them as a whole word (the patterns put no word
    character or hyphen before it and whitespace after it), so a sentence without one skips the pattern.
    """
    firsts = {p.split()[0].lower() for p in source_words()[kind]}
    return frozenset(firsts) if all(_WORDS.fullmatch(w) for w in firsts) else None


def _may_match(key: str, sent: str, low: str, ws: set[str]) -> bool:
    """False only when pattern `key` cannot match `sent` (`low` its lower case, `ws` the words of `low`)."""
    if key == "said":
        return "," in sent and any(w in sent for w in _SAID_WORDS)
    if key == "post":
        return "nya" in low
    firsts = _first_words(key)
    return firsts is None or not firsts.isdisjoint(ws)
