"""Tokens and word lists of the figures stage: numbers and dates as single tokens, phrase tables.

The lists live in `knowledge/figures_lexicon.tsv` (kind<TAB>label<TAB>phrases); `Lexicon.at`
matches the longest phrase of a kind at a token, and `scan` walks a sentence once for its measure words.
The helpers at the end find where a count's clause ends (`clause_break`, `own_predicate`), asides after
its noun (`past_paren`, `aside_end`) and what a pronoun sentence says about the last counts.
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
        # Every count needs one of these: a people, head or rider noun, a measure word or a subset word.
        self.count_kinds = ("cue", "head", "people", "rider", "subset")
        self.count_words = frozenset(w for k in self.count_kinds for w in self.tables.get(k, {}))

    def may_count(self, words: set[str]) -> bool:
        """False when a sentence with these words (see `words`) yields no count and names no measure:
        a count needs a phrase of `count_kinds` (all its words present) or is "seorang", its own noun."""
        if "seorang" in words:
            return True
        for first in self.count_words & words:
            for kind in self.count_kinds:
                if any(words.issuperset(p) for p, _ in self.tables.get(kind, {}).get(first, ())):
                    return True
        return False

    def at(self, kind: str, toks: list[Tok], i: int) -> tuple[str, int] | None:
        """(label, length) of the longest `kind` phrase starting at token `i`."""
        if i >= len(toks) or i < 0:
            return None
        for words, label in self.tables.get(kind, _NO_PHRASES).get(toks[i].low, ()):
            n = len(words)  # a one-word phrase is its key, toks[i].low: matched already
            if n == 1 or tuple(t.low for t in toks[i : i + n]) == words:
                return label, n
        return None

    def ending(self, kind: str, toks: list[Tok], j: int) -> tuple[str, int] | None:
        """(label, length) of the longest `kind` phrase ending just before token `j`."""
        best: tuple[str, int] | None = None
        table = self.tables.get(kind, _NO_PHRASES)
        for i in range(max(0, j - 4), min(j, len(toks))):
            if toks[i].low not in table:  # no phrase of this kind starts here
                continue
            hit = self.at(kind, toks, i)
            if hit and i + hit[1] == j and (best is None or hit[1] > best[1]):
                best = hit
        return best


_NO_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}


@cache
def lexicon() -> Lexicon:
    text = resources.files("warta.knowledge").joinpath("figures_lexicon.tsv").read_text(encoding="utf-8")
    rows = [
        cast(tuple[str, str, str], tuple(line.split("\t")))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return Lexicon(rows)


def words(text: str, start: int, end: int, low: str | None = None) -> set[str]:
    """The lower-cased words of `text[start:end]`, numbers and dates not joined: a superset of the
    plain tokens' words (cheap: no `Tok`). `low`, from `lowered(text)`, saves lower-casing each word."""
    if low is not None:
        return set(_TOKEN.findall(low, start, end))
    return {w.lower() for w in _TOKEN.findall(text, start, end)}


def lowered(text: str) -> str | None:
    """`text.lower()` when its tokens are the lower-cased tokens of `text`: lower() maps each
    character to one of the same class (word, digit, space; checked over all of Unicode in the
    tests) unless the length changes, and only a capital sigma looks at its neighbours."""
    low = text.lower()
    return low if len(low) == len(text) and "\u03a3" not in text else None


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


# Clause and aside boundaries around a count (used by `figure_counts`).


def clause_break(toks: list[Tok], a: int, b: int) -> bool:
    """A new clause opens between tokens `a` and `b` ("..., manakala hampir 300 jemaah", "; 20 others"):
    a measure word on the other side belongs to another count."""
    lex = lexicon()
    for t in range(max(0, a), min(b, len(toks))):
        if lex.at("clause", toks, t) or (toks[t].low == "sementara" and t > 0 and toks[t - 1].low == ","):
            return True
    return False


def past_paren(toks: list[Tok], after: int) -> int:
    """Past an acronym in brackets after the noun ("14 anak buah kapal (ABK) ikut diamankan")."""
    if after < len(toks) and toks[after].low == "(":
        close = next((t for t in range(after + 1, min(len(toks), after + 5)) if toks[t].low == ")"), None)
        if close is not None:
            return close + 1
    return after


_AND = {"dan", "serta", "and"}
_VERB = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")
_NOT_VERB_KINDS = ("cue", "affected", "subset", "skip2", "qualifier", "total", "agent", "carrier", "not_verb")


def joined_by_and(toks: list[Tok], a: int, b: int) -> bool:
    """An "and" between tokens `a` and `b` (a comma alone may join a list)."""
    return any(t.low in _AND for t in toks[a:b])


def own_predicate(toks: list[Tok], after: int) -> bool:
    """A verb right after a count's noun (its name aside) that names no measure: "300 jemaah menerima
    rawatan" is a clause of its own, so an earlier measure word belongs to another count."""
    lex = lexicon()
    for t in range(after, min(len(toks), after + 2)):
        if _VERB.fullmatch(toks[t].low):
            return not any(lex.at(kind, toks, t) for kind in _NOT_VERB_KINDS)
        if not toks[t].low.isalpha():
            return False
    return False


def aside_end(toks: list[Tok], after: int) -> int:
    """Past a comma-delimited aside right after the count ("Two suspects, aged 19 and 22, were ...")
    or an age ("Seorang kanak-kanak berusia tujuh tahun ... antara yang meninggal dunia")."""
    lex = lexicon()
    age = lex.at("skip2", toks, after)
    if age and age[0] == "age" and after + 1 < len(toks) and toks[after + 1].num is not None:
        end = after + 2
        while end < len(toks) and lex.at("age_unit", toks, end):
            end += 1
        return end
    if after < len(toks) and toks[after].low == ",":
        close = next((t for t in range(after + 1, min(len(toks), after + 10)) if toks[t].low == ","), None)
        if close is not None:
            return close + 1
    return after


def pronoun_measure(toks: list[Tok]) -> str | None:
    """ "Mereka sebelumnya ditahan di depot ...": a sentence whose subject is a plural pronoun and whose
    predicate, a few adverbs on, is a passive measure word names what happened to the previous
    sentence's uncounted people (not "Mereka membantu warga yang mengungsi")."""
    lex = lexicon()
    k = 1 if toks and toks[0].low in {"semua", "kesemua", "all"} else 0
    pronoun = lex.at("pronoun", toks, k)
    if not pronoun:
        return None
    cues, affected, _ = scan(toks)
    if affected or not cues or any(t.num is not None for t in toks):
        return None
    cue, start = cues[0], k + pronoun[1]
    if not all(lex.at("adverb", toks, t) for t in range(start, cue.start)):
        return None
    if cue.negated or cue.direction == "before" or cue.measure == "other":
        return None
    return cue.measure


def subset_of_excluded(toks: list[Tok], i: int) -> bool:
    """'13 survivors, including four children': a subset word between this number and the previous
    one, which counts the affected (survivors, passengers): a part of a count that is not a figure."""
    lex = lexicon()
    prev = next((t for t in range(i - 1, max(-1, i - 6), -1) if toks[t].num is not None), None)
    if prev is None or not any(lex.at("affected", toks, t) for t in (prev + 1, prev + 2) if t < i):
        return False  # "13 survivors, ...", "13 orang selamat, ..."
    return any(lex.at("subset", toks, t) for t in range(prev + 2, i))


RESIDENTS = 100  # "tiga orang tinggal di rumah itu" is not a population


def resides(toks: list[Tok], noun_end: int, named: bool = False) -> bool:
    """A residence verb closely after the people noun ("rakyat Jepun kini tinggal di", "living in");
    for a `named` people noun ("rakyat Filipina") a work verb too ("yang bekerja di Sabah")."""
    lex = lexicon()
    t, stop = noun_end, min(len(toks), noun_end + 4)
    while t < stop:
        if toks[t].low == "," and lex.at("aside", toks, t + 1):
            t, stop = _past_aside(toks, t + 1, stop)  # "400 citizens, most of them students, remained in"
            continue
        if toks[t].num is not None or toks[t].low in {",", ";"}:
            return False
        if lex.at("reside", toks, t) or (named and lex.at("work_abroad", toks, t)):
            return True
        t += 1
    return False


def _past_aside(toks: list[Tok], t: int, stop: int) -> tuple[int, int]:
    """The token after the comma closing a short aside opened at `t`, and `stop` moved as far on."""
    for k in range(t, min(len(toks), t + 6)):
        if toks[k].low == ",":
            return k + 1, min(len(toks), stop + k + 1 - t)
    return len(toks), len(toks)


def described_member(
    toks: list[Tok], noun_end: int, noun: str | None, value: int, known: dict[str, tuple[int, str]]
) -> str | None:
    """ "dua tersangka merupakan warga negara Malaysia" after "menangkap 14 tersangka": members of an
    earlier count with the same noun, described by a copula, share its measure."""
    if noun is None or noun not in known or value > known[noun][0]:
        return None
    return known[noun][1] if lexicon().at("copula", toks, noun_end) else None


def named_people(who: str | None, noun: str | None) -> bool:
    """The people noun is followed by a nationality or place ("rakyat Filipina", "warga Indonesia")."""
    words = (who or "").split()
    return noun is not None and len(words) > len(noun.split()) and words[-1][:1].isupper()


_LIST_GLUE = {",", "dan", "atau", "and", "or", "-", "–", "hingga", "sampai", "to"}


def linked(toks: list[Tok], a: int, b: int) -> bool:
    """Two numbers joined only by list glue ("dua, empat, enam dan sembilan tahun")."""
    return all(t.low in _LIST_GLUE for t in toks[a + 1 : b])


def part_of_them(toks: list[Tok], i: int, noun_end: int) -> bool:
    """ "sekurang-kurangnya 20 daripada mereka", "Dua orang di antaranya": a part of a group counted in an
    earlier sentence. After a count of its own sentence ("19 suspek ... dan 14 daripadanya") it is a
    part of that count instead."""
    lex = lexicon()
    if any(t.num is not None for t in toks[:i]):
        return False
    return any(lex.at("subset", toks, k) for k in (i + 1, noun_end))


_BE_STILL = frozenset({"are", "is", "still", "remain"})
# "empat lainnya masih hilang", "seven others remain"
_MORE = frozenset({"lagi", "more", "lainnya", "others"})


def more_still(toks: list[Tok], j: int) -> int:
    """'lima lagi masih hilang', 'two more are still missing': past "lagi"/"more"/"lainnya" and up to two adverbs
    to the measure word that counts the number (else `j` unchanged)."""
    lex = lexicon()
    if j >= len(toks) - 2 or toks[j].low not in _MORE:
        return j
    k = j + 1
    while k < len(toks) - 1 and k - j <= 2 and (lex.at("adverb", toks, k) or toks[k].low in _BE_STILL):
        k += 1
    cue = lex.at("cue", toks, k)
    return k if cue and not cue[0].endswith("/before") else j


def past_possessive(toks: list[Tok], j: int) -> int:
    """ "three fishermen's association leaders": past a possessive and the noun it qualifies, when a
    people noun follows (the leaders are counted, not the fishermen)."""
    if j >= len(toks) or not toks[j].low.endswith(("'s", "’s")):
        return j
    lex = lexicon()
    for k in (j + 1, j + 2):
        if lex.at("people", toks, k) or lex.at("head", toks, k):
            return k
    return j


def crowd(toks: list[Tok], i: int) -> bool:
    """ "a protest by about 300 fishermen": the count after a gathering and "by" is its crowd."""
    lex = lexicon()
    q = lex.ending("qualifier", toks, i)
    pos = i - (q[1] if q else 0)
    agent = lex.ending("agent", toks, pos)
    return bool(agent and lex.ending("gathering", toks, pos - agent[1]))


def under_floor(toks: list[Tok], noun_end: int, value: int) -> bool:
    """A count of a weak noun below its floor ("41,327 registered voters" of one seat): no figure by
    itself, nor by a list it happens to follow."""
    weak = lexicon().at("weak", toks, noun_end - 1) if noun_end else None
    return weak is not None and value < int(weak[0].partition("/")[2] or 1000)
