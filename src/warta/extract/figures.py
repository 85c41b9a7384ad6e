"""Reported counts of people: value, qualifier, measure, who, source, as-of date and evidence.

Per sentence: numbers (`numbers.find_numbers`) outside dates, times, money, ages and ordinals;
kept when a people noun follows ("34.622 warga Palestina", "13 sandera"), or when a bare number
sits next to a measure word ("Meninggal 22 dan 8 Hilang") or in a list with such counts
("Sebanyak 12 di Tanahdatar dan tiga orang di Agam"). The measure comes from the head noun
("sandera", "tahanan"), else the nearest measure word after the number, before it, further on in
the clause, the previous count of the same sentence, and last the previous sentence (a list that
continues: "Warga Israel tersebut termasuk empat anak"). Counts of the affected (terdampak,
terjejas), survivors, passengers and changes ("bertambah 1") are left out. Word lists live in
`knowledge/figures_lexicon.tsv`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import ClassVar, cast

from warta.extract.figure_sources import Attributor, as_of
from warta.extract.numbers import NumberSpan, find_numbers
from warta.model import Article, DateMention, Evidence, Figure, Measure, Qualifier
from warta.registry import register
from warta.text import sentences

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]")
_LIST_GLUE = {",", "dan", "atau", "and", "or", "-", "–", "hingga", "sampai", "to"}
_WINDOW = 8


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    low: str
    num: NumberSpan | None = None
    date: bool = False


@dataclass(slots=True)
class Cand:
    idx: int
    num: NumberSpan
    measure: str | None = None
    noun: str | None = None  # the people/head noun after the number, None for a bare number
    noun_end: int = 0  # token index after that noun
    who: str | None = None


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
            if tuple(t.low for t in toks[i : i + len(words)]) == words:
                return label, len(words)
        return None

    def ending(self, kind: str, toks: list[Tok], j: int) -> tuple[str, int] | None:
        """(label, length) of the longest `kind` phrase ending just before token `j`."""
        best: tuple[str, int] | None = None
        for i in range(max(0, j - 4), j):
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


def tokens(text: str, start: int, end: int, dates: list[DateMention]) -> list[Tok]:
    """Tokens of `text[start:end]`; a number expression or a date is one token."""
    nums = {n.start + start: n for n in find_numbers(text[start:end])}
    at_date = {d.start: d for d in dates}
    out: list[Tok] = []
    skip_to = 0
    for m in _TOKEN.finditer(text, start, end):
        pos = m.start()
        if pos < skip_to:
            continue
        date = at_date.get(pos)
        if date:
            out.append(Tok(date.start, date.end, "<date>", date=True))
            skip_to = date.end
            continue
        num = nums.get(pos)
        if num:
            span = NumberSpan(num.start + start, num.end + start, num.value, num.text, num.spelled)
            out.append(Tok(span.start, span.end, "<num>", num=span))
            skip_to = span.end
            continue
        out.append(Tok(pos, m.end(), m.group(0).lower()))
    return out


def _scan(toks: list[Tok]) -> tuple[list[tuple[int, int, str, bool, bool]], bool, str | None]:
    """One pass: (measure words as (start, end, measure, before_only, negated), whether an
    "affected" word occurs, the last measure named, head nouns included)."""
    lex = lexicon()
    cues: list[tuple[int, int, str, bool, bool]] = []
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
            cues.append((i, i + n, label.split("/")[0], label.endswith("/before"), negated))
            last = label.split("/")[0]
            i += n
            continue
        if head:
            last = head[0]
        i += 1
    return cues, affected, last


def _excluded(toks: list[Tok], i: int) -> bool:
    lex = lexicon()
    if lex.ending("skip", toks, i) or lex.ending("change", toks, i):
        return True
    if lex.ending("skip2", toks, i) or lex.ending("skip2", toks, i - 1):
        return True
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if nxt in {"%", "persen", "peratus", "percent", "per"}:
        return True
    q = lex.ending("qualifier", toks, i)  # "tidak kurang dari 50": a qualifier, not a negation
    stop = i - (q[1] if q else 0)
    return any(lex.at("negation", toks, k) for k in range(max(0, stop - 3), stop))


def _candidate(toks: list[Tok], i: int, text: str) -> Cand | None:
    """A number followed by a people noun, a head noun, a measure word or list glue."""
    lex = lexicon()
    num = toks[i].num
    assert num is not None
    cand = Cand(i, num)
    j = i + 1
    while j < len(toks) - 1 and toks[j].low in {"lagi", "orang"} and lex.at("head", toks, j + 1):
        j += 1  # "21 lagi rakyat", "5 orang sandera"
    if j < len(toks) - 1 and toks[j].low == "lagi" and lex.at("people", toks, j + 1):
        j += 1
    if num.text.lower() == "seorang":
        cand.noun = "orang"
    head = lex.at("head", toks, j)
    if head:
        cand.measure, cand.noun = head[0], " ".join(t.low for t in toks[j : j + head[1]])
        cand.noun_end = j + head[1]
        cand.who = _who(toks, j, head[1], text)
        return cand
    people = lex.at("people", toks, j)
    if people:
        cand.noun = " ".join(t.low for t in toks[j : j + people[1]])
        cand.noun_end = j + people[1]
        cand.who = _who(toks, j, people[1], text)
        return cand
    if lex.at("place", toks, j):
        return None  # "45 pusat pemindahan": places, not people
    if (
        cand.noun
        or j >= len(toks)
        or not toks[j].low[0].isalnum()
        or lex.at("bare", toks, j)
        or lex.at("cue", toks, j)
    ):
        return cand
    return None


def _who(toks: list[Tok], j: int, n: int, text: str) -> str | None:
    """The people counted: the noun and a following name ("warga Palestina", "sandera Israel")."""
    k = j + n
    if k < len(toks) and toks[k].low in {"negara", "asing"}:
        k += 1
    if k < len(toks) and text[toks[k].start : toks[k].start + 1].isupper() and toks[k].low.isalpha():
        k += 1
    if k == j + 1 and toks[j].low in {"orang", "lainnya", "lain", "others", "people"}:
        return None
    return text[toks[j].start : toks[k - 1].end]


def _measure(
    toks: list[Tok], cands: list[Cand], k: int, cues: list[tuple[int, int, str, bool, bool]]
) -> str | None:
    """The measure of `cands[k]`, or "" when the number is excluded (affected, negated)."""
    lex = lexicon()
    c = cands[k]
    if c.measure:
        return c.measure
    i = c.idx
    nums = [t for t, tok in enumerate(toks) if tok.num is not None]
    nxt = next((t for t in nums if t > i), len(toks))
    prev = max((t for t in nums if t < i), default=-1)
    # 1. after the number, up to the next number
    for t in range(max(i + 1, c.noun_end), min(nxt, i + 1 + _WINDOW)):
        if lex.at("affected", toks, t):
            return ""
        cue = next((cu for cu in cues if cu[0] == t and not cu[3]), None)
        if cue:
            return "" if cue[4] else _or_injured(cue, cues)
    # 2. before the number, nearest first, back to the previous number
    before = (cu for cu in cues if max(prev, i - _WINDOW) <= cu[0] and cu[1] <= i)
    for cue in sorted(before, key=lambda cu: -cu[0]):
        if cue[3] and i - cue[1] > 3:
            continue  # an active verb's object follows it closely ("menewaskan sedikitnya 34.622")
        return "" if cue[4] else _or_injured(cue, cues)
    # 3. a total ("mencapai 35.000 orang"): the measure named earlier in the sentence
    if _total_before(toks, i):
        for cue in sorted((cu for cu in cues if cu[1] <= i), key=lambda cu: -cu[0]):
            return "" if cue[4] else cue[2]
    # 4. further on in the clause, over later numbers, up to an active verb
    for cue in (cu for cu in cues if max(i + 1, c.noun_end) <= cu[0] <= i + 12):
        if cue[3]:
            break
        if cue[2] != "other":  # "penduduk" further on is a weak hint
            return "" if cue[4] else cue[2]
    # 5. a list: the previous count of this sentence
    if k > 0 and cands[k - 1].measure:
        return cands[k - 1].measure
    return None


def _total_before(toks: list[Tok], i: int) -> bool:
    """The number follows a total word ("mencapai", "meningkat kepada", "rose to"), qualifiers aside."""
    lex = lexicon()
    q = lex.ending("qualifier", toks, i)
    return lex.ending("total", toks, i - (q[1] if q else 0)) is not None


def _or_injured(cue: tuple[int, int, str, bool, bool], cues: list[tuple[int, int, str, bool, bool]]) -> str:
    """'gugur dan terluka', 'tewas atau luka': killed_or_injured."""
    if cue[2] not in ("killed", "injured"):
        return cue[2]
    other = "injured" if cue[2] == "killed" else "killed"
    if any(cu[2] == other and cue[1] < cu[0] <= cue[1] + 2 for cu in cues):
        return "killed_or_injured"
    return cue[2]


def _qualifier(toks: list[Tok], i: int) -> str:
    lex = lexicon()
    j = i
    while j > 0 and toks[j - 1].low in {"sebanyak", "seramai", "total", "sudah", "mencapai", "jumlahnya"}:
        j -= 1
    hit = lex.ending("qualifier", toks, j)
    return hit[0] if hit else "exact"


def _linked(toks: list[Tok], a: int, b: int) -> bool:
    """Two numbers joined only by list glue ("dua, empat, enam dan sembilan tahun")."""
    return all(t.low in _LIST_GLUE for t in toks[a + 1 : b])


def sentence_counts(toks: list[Tok], prev_measure: str | None, text: str) -> tuple[list[Cand], str | None]:
    """The people counts of one sentence and the last measure it names (for the next sentence)."""
    lex = lexicon()
    cues, affected, last = _scan(toks)
    numbers = [i for i, t in enumerate(toks) if t.num is not None]
    bad = {i for i in numbers if _excluded(toks, i)}
    cands = []
    for i in numbers:
        cand = None if i in bad else _candidate(toks, i, text)
        if cand is None:
            bad.add(i)
        else:
            cands.append(cand)
    # an excluded number excludes the bare numbers listed with it (ages "dua, empat dan sembilan tahun")
    for a, b in itertools.pairwise(numbers):
        if _linked(toks, a, b) and (a in bad or b in bad):
            bad.update({a, b})
    cands = [c for c in cands if c.idx not in bad or c.noun]
    cands = [c for c in cands if not (c.idx in bad and c.noun is None)]
    has_people = any(c.noun for c in cands)
    near = {cu[0] for cu in cues} | {cu[1] - 1 for cu in cues}
    cands = [
        c
        for c in cands
        if c.noun
        or has_people
        or {c.idx - 1, c.idx + 1} & near
        or (_total_before(toks, c.idx) and any(cu[1] <= c.idx for cu in cues))
    ]
    displaced = any(cu[2] == "displaced" for cu in cues)
    out = []
    for k, c in enumerate(cands):
        m = _measure(toks, cands, k, cues)
        if m == "" and displaced and c.noun == "mangsa":
            m = "displaced"  # Malay "mangsa (terjejas)" in relief centres are evacuees
        weak = lex.at("weak", toks, c.noun_end - 1) if c.noun else None
        if m is None and weak:
            m = weak[0]  # "1,5 juta penduduk": a population
        if m is None and not cues and not affected and prev_measure:
            m = prev_measure
        c.measure = m or None
        if c.measure:
            out.append(c)
    return out, last


def extract_figures(article: Article) -> list[Figure]:
    text = article.text
    attributor = Attributor(article)
    spans = sentences(text)
    starts = [s for s, _ in spans]
    counted = {bisect.bisect_right(starts, n.start) - 1 for n in find_numbers(text)}
    prev: str | None = None
    found: list[Figure] = []
    for k, (s, e) in enumerate(spans):
        sources = attributor.sentence(s, e)  # every sentence: it may name the next pronoun's speaker
        if k not in counted and k + 1 not in counted:
            continue
        dates = [d for d in article.dates if s <= d.start < e]
        toks = tokens(text, s, e, dates)
        if k not in counted:
            prev = _scan(toks)[2]
            continue
        cands, prev = sentence_counts(toks, prev, text)
        when = as_of(article, s, e, dates) if cands else None
        for c in cands:
            who = attributor.quote_speaker(c.num.start) or next(
                (name for a, b, name in sources if not a <= c.num.start < b), None
            )
            found.append(
                Figure(
                    value=c.num.value,
                    qualifier=cast(Qualifier, _qualifier(toks, c.idx)),
                    measure=cast(Measure, c.measure),
                    who=c.who,
                    source=who,
                    as_of=when,
                    evidence=Evidence(s, e, text[s:e]),
                )
            )
    return dedupe(found)


def dedupe(figures: list[Figure]) -> list[Figure]:
    """One figure per (value, measure): the first that names a source, else the first."""
    out: dict[tuple[int, str], Figure] = {}
    for f in figures:
        key = (f.value, f.measure)
        if key not in out:
            out[key] = f
        elif out[key].source is None and f.source is not None:
            f.as_of = f.as_of or out[key].as_of
            out[key] = f
    return sorted(out.values(), key=lambda f: f.evidence.start if f.evidence else 0)


@register("extract.figures.v1")
class ExtractFigures:
    name: ClassVar[str] = "extract.figures"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("figures",)

    def __call__(self, article: Article) -> Article:
        article.figures = extract_figures(article)
        return article
