"""Tokens and word lists of the figures stage: numbers and dates as single tokens, phrase tables.

The lists live in `knowledge/figures_lexicon.tsv` (kind<TAB>label<TAB>phrases); `Lexicon.at`
matches the longest phrase of a kind at a token, and `scan` walks a sentence once for its measure words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple, cast

from warta.extract.numbers import NumberSpan, find_numbers
from warta.model import DateMention

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    low: str
    num: NumberSpan | None = None
    date: bool = False


class Cue(NamedTuple):
    """A measure word: token span, measure, which side of the number it may stand on
    ("before": an active verb before its object, "after": a passive verb after its subject,
    "any"), and whether a negation precedes it."""

    start: int
    end: int
    measure: str
    direction: str
    negated: bool


class Lexicon:
    """Phrase tables keyed by their first word, matched longest first over tokens."""

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        self.tables: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
        for kind, label, phrases in rows:
            table = self.tables.setdefault(kind, {})
            for p in phrases.split(","):
                words = tuple(w for w in _TOKEN.findall(p.strip().lower()))
                if words:
                    table.setdefault(words[0], []).append((words, label))
        for table in self.tables.values():
            for entries in table.values():
                entries.sort(key=lambda e: -len(e[0]))
        scan = ("cue", "head", "affected")
        self.scan_words = frozenset(w for k in scan for w in self.tables.get(k, {}))

    def at(self, kind: str, toks: list[Tok], i: int) -> tuple[str, int] | None:
        """(label, length) of the longest `kind` phrase starting at token `i`."""
        if i >= len(toks) or i < 0:
            return None
        for words, label in self.tables.get(kind, {}).get(toks[i].low, []):
            n = len(words)  # a one-word phrase is its key, toks[i].low: matched already
            if n == 1 or tuple(t.low for t in toks[i : i + n]) == words:
                return label, n
        return None

    def ending(self, kind: str, toks: list[Tok], j: int) -> tuple[str, int] | None:
        """(label, length) of the longest `kind` phrase ending just before token `j`."""
        best: tuple[str, int] | None = None
        table = self.tables.get(kind, {})
        for i in range(max(0, j - 4), j):
            if i >= len(toks) or toks[i].low not in table:  # no phrase of this kind starts here
                continue
            hit = self.at(kind, toks, i)
            if hit and i + hit[1] == j and (best is None or hit[1] > best[1]):
                best = hit
        return best


@cache
def lexicon() -> Lexicon:
    text = resources.files("warta.knowledge").joinpath("figures_lexicon.tsv").read_text(encoding="utf-8")
    rows = [
        cast(tuple[str, str, str], tuple(line.split("\t")))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return Lexicon(rows)


def tokens(
    text: str, start: int, end: int, dates: list[DateMention], nums: dict[int, NumberSpan] | None = None
) -> list[Tok]:
    """Tokens of `text[start:end]`; a number expression or a date is one token.

    `nums` (numbers of the whole text by start offset) saves finding them again per sentence.
    """
    if nums is None:
        nums = {n.start + start: n for n in find_numbers(text[start:end])}
        nums = {k: NumberSpan(k, v.end + start, v.value, v.text, v.spelled) for k, v in nums.items()}
    at_date = {d.start: d for d in dates}
    matches = list(_TOKEN.finditer(text, start, end))
    starts = [m.start() for m in matches]
    # Tokens where a date or a number starts: the rest are plain words, built in bulk between them.
    special = sorted(at_date.keys() & starts | nums.keys() & starts)
    out: list[Tok] = []
    i = 0  # the first token neither emitted nor swallowed by a date or number
    for pos in special:
        k = bisect_left(starts, pos, i)
        if k >= len(starts) or starts[k] != pos:
            continue  # inside the date or number before it
        date = at_date.get(pos)
        num = nums.get(pos)
        if date:
            tok, stop = Tok(date.start, date.end, "<date>", date=True), date.end
        elif num and num.end <= end:
            tok, stop = Tok(num.start, num.end, "<num>", num=num), num.end
        else:
            continue  # a number running past the sentence: a plain token
        out += [Tok(m.start(), m.end(), m.group(0).lower()) for m in matches[i:k]]
        out.append(tok)
        i = max(k + 1, bisect_left(starts, stop, k + 1))
    out += [Tok(m.start(), m.end(), m.group(0).lower()) for m in matches[i:]]
    return out


def scan(toks: list[Tok]) -> tuple[list[Cue], bool, str | None]:
    """One pass: (measure words as (start, end, measure, before_only, negated), whether an
    "affected" word occurs, the last measure named, head nouns included)."""
    lex = lexicon()
    cues: list[Cue] = []
    affected = False
    last: str | None = None
    i = 0
    while i < len(toks):
        if toks[i].low not in lex.scan_words:  # most words name no measure: skip the lookups
            i += 1
            continue
        affected = affected or lex.at("affected", toks, i) is not None
        head = lex.at("head", toks, i)
        hit = lex.at("cue", toks, i)
        if hit:
            label, n = hit
            negated = any(lex.at("negation", toks, k) for k in range(max(0, i - 2), i))
            measure, _, direction = label.partition("/")
            cues.append(Cue(i, i + n, measure, direction or "any", negated))
            last = label.split("/")[0]
            i += n
            continue
        if head:
            last = head[0]
        i += 1
    return cues, affected, last
