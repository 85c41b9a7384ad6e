"""The people counts of one sentence: which numbers count people, what measure and who each is.

A number counts people when a people noun follows it ("34.622 warga Palestina", "13 sandera"), or
when a bare number sits next to a measure word ("Meninggal 22 dan 8 Hilang") or in a list with such
counts ("Sebanyak 12 di Tanahdatar dan tiga orang di Agam"). Its measure comes from the head noun,
else the nearest measure word after the number, before it, further on in the clause, the previous
count of the same sentence, and last the previous sentence. Split from `figures` (the stage), which
walks an article's sentences and attaches sources and as-of dates.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from warta.extract.figure_measures import _or_injured, _total_before, died, found_more, origin_end
from warta.extract.figure_measures import (
    qualifier as qualifier,  # re-exported: `figures` imports it from here
)
from warta.extract.figure_people import _names_people, _nationality, _past_modifiers, _who
from warta.extract.figure_tokens import (
    RESIDENTS,
    Cue,
    Tok,
    aside_end,
    clause_break,
    crowd,
    described_member,
    joined_by_and,
    lexicon,
    linked,
    more_still,
    named_people,
    own_predicate,
    part_of_them,
    past_paren,
    resides,
    scan,
    subset_of_excluded,
    under_floor,
)
from warta.extract.numbers import NumberSpan

_WINDOW = 8  # tokens before a number searched for its measure word
_AFTER = 5  # tokens after the number's noun ("900 rakyat negara itu maut")
_FURTHER = 7  # tokens after the noun when nothing closer names the measure
_COORD = {"dan", "serta", ",", "and"}
_CLAUSE_GLUE = {"dan", "serta", "and", "while", "whereas", "manakala", "sementara", "sedangkan"}


@dataclass(slots=True)
class Cand:
    idx: int
    num: NumberSpan
    measure: str | None = None
    noun: str | None = None  # the people/head noun after the number, None for a bare number
    noun_end: int = 0  # token index after that noun
    who: str | None = None
    rider: bool = (
        False  # the noun counts who was on board ("penumpang"): a figure only by a measure word after it
    )
    national: bool = False  # a nationality before the noun ("400 Indonesian citizens") or in it ("WNI")


def _excluded(toks: list[Tok], i: int, text: str) -> bool:
    lex = lexicon()
    if lex.ending("skip", toks, i) or lex.ending("change", toks, i):
        return True
    if lex.ending("skip2", toks, i) or lex.ending("skip2", toks, i - 1):
        return True
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if nxt in {"%", "persen", "peratus", "percent", "per"}:
        return True
    one = toks[i].num is not None and toks[i].num.value == 1  # type: ignore[union-attr]
    if nxt in _PART and i + 2 < len(toks) and toks[i + 2].num is not None and one:
        return True  # "satu dari 3 orang": one of them ("empat dari tujuh orang" is a subset count)
    num = toks[i].num
    if num and _year_like(num) and i > 0 and toks[i - 1].low in _YEAR_PREPS:
        return True  # "pada 2010 pemudik tewas": a year, even before a people noun
    if i > 0 and toks[i - 1].low == "salah":
        return True  # "salah seorang tersangka": one of them
    q = lex.ending("qualifier", toks, i)
    agent = lex.ending("agent", toks, i - (q[1] if q else 0))
    if agent and not lex.ending("gathering", toks, i - (q[1] if q else 0) - agent[1]):
        return True  # "dikendalikan oleh seorang narapidana", "killed by two gunmen": the agent, not a count
    if lex.ending("carrier", toks, i - (q[1] if q else 0)):
        return True  # "a boat carrying about 90 migrants": who was on board, not what happened to them
    if i > 1 and toks[i - 1].low == "," and nxt in {",", ".", ")", ""} and toks[i - 2].low.isalpha():
        return text[toks[i - 2].start].isupper()  # "Mustapa Husin, 48,": an age
    # "tidak kurang dari 50": a qualifier, not a negation
    stop = i - (q[1] if q else 0)
    return any(lex.at("negation", toks, k) for k in range(max(0, stop - 3), stop))


_PART = {"dari", "daripada", "of"}
_COPULA = {"adalah", "ialah", "merupakan"}
_YEAR_PREPS = {"pada", "in", "sejak", "since", "hingga", "until", "sehingga", "sampai", "awal", "akhir"}


def _year_like(num: NumberSpan) -> bool:
    return not num.spelled and num.text.isdigit() and len(num.text) == 4 and 1900 <= num.value <= 2100


def _candidate(toks: list[Tok], i: int, text: str) -> Cand | None:
    """A number followed by a people noun, a head noun, a measure word or list glue."""
    lex = lexicon()
    num = toks[i].num
    assert num is not None
    cand = Cand(i, num)
    j = i + 1
    if j < len(toks) - 1 and toks[j].low == "lebih" and toks[j + 1].low not in {"dari", "daripada"}:
        j += 1  # "1.000 lebih warga"
    while j < len(toks) - 1 and toks[j].low in {"lagi", "orang"} and lex.at("head", toks, j + 1):
        j += 1  # "21 lagi rakyat", "5 orang sandera"
    if (
        j < len(toks) - 1
        and toks[j].low in {"lagi", "more"}
        and (lex.at("people", toks, j + 1) or lex.at("cue", toks, j + 1))
    ):
        j += 1  # "21 lagi warga", "two more died"
    j = more_still(toks, j)
    if j < len(toks) - 1 and toks[j].low in _COPULA and _names_people(toks, j + 1, text):
        j += 1  # "402 adalah warga Indonesia", "45,000 adalah etnik Rohingya": a count named by a copula
    k = j + 2 if j + 2 < len(toks) and toks[j + 1].low in {"the", "para"} else j + 1
    if j < len(toks) and toks[j].low in _PART and (lex.at("people", toks, k) or lex.at("head", toks, k)):
        j = k  # "lima daripada mangsa yang cedera", "three of the victims": part of a people noun
    j0, j = j, _past_modifiers(toks, j, text)
    cand.national = any(_nationality(toks[t], text) for t in range(j0, j)) or bool(
        lex.at("national", toks, j)
    )
    if num.text.lower() == "seorang":
        cand.noun = "orang"
    helper = lex.at("helper", toks, j)
    if helper:  # "2,000 volunteers": a force of helpers, only large ones count
        floor = int(helper[0].partition("/")[2] or 1000)
        cand.measure, cand.noun, cand.noun_end = "other", toks[j].low, j + helper[1]
        return cand if num.value >= floor else None
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
    rider = lex.at("rider", toks, j)
    if rider:
        cand.noun, cand.noun_end, cand.rider = toks[j].low, j + rider[1], True
        return cand
    if lex.at("place", toks, j):
        return None  # "45 pusat pemindahan": places, not people
    if _year_like(num):
        return None  # a bare year ("Perang Teluk 1991")
    cue = lex.at("cue", toks, j)
    if (
        cand.noun
        or j >= len(toks)
        or not toks[j].low[0].isalnum()
        or lex.at("bare", toks, j)
        or lex.at("subset", toks, j)  # "20 daripada mereka", "two of them"
        or (cue and not cue[0].endswith("/before"))
    ):
        return cand
    return None


def _measure(toks: list[Tok], cands: list[Cand], k: int, cues: list[Cue]) -> str | None:
    """The measure of `cands[k]`, or "" when the number is excluded (affected, negated)."""
    lex = lexicon()
    c = cands[k]
    if c.measure:
        return died(toks, c.measure, c.noun_end) or c.measure
    i = c.idx
    if crowd(toks, i):
        return "other"
    after = past_paren(toks, max(i + 1, c.noun_end))
    nums = [t for t, tok in enumerate(toks) if tok.num is not None]
    nxt = next((t for t in nums if t > i), len(toks))
    prev = max((t for t in nums if t < i), default=-1)
    # 1. right after the number and its noun, up to the next number or comma; the object of a verb
    #    ("killed 2,000 people and injured 5,000") stops at the conjunction
    q = lex.ending("qualifier", toks, i)
    verb_before = any(cu.end == i - (q[1] if q else 0) and cu.direction != "after" for cu in cues)
    for t in range(after, min(nxt, after + _AFTER)):
        if toks[t].low in {",", ";"} or (verb_before and toks[t].low in _CLAUSE_GLUE):
            break
        if lex.at("affected", toks, t):
            return ""
        cue = next((cu for cu in cues if cu.start == t and cu.direction != "before"), None)
        if cue:
            return "" if cue.negated else _or_injured(cue, cues, toks)
    if c.rider:
        return ""  # "48 penumpang" with no measure word of their own: who was on board, not a figure
    # 2. before the number, nearest first, back to the previous number; not over a new clause
    #    ("lapan jemaah meninggal dunia dan 300 jemaah menerima rawatan": 300 has a verb of its own)
    own_verb = c.noun is not None and own_predicate(toks, after)
    before = (
        cu for cu in cues if max(prev, i - _WINDOW) <= cu.start and cu.end <= i and cu.direction != "after"
    )
    for cue in sorted(before, key=lambda cu: -cu.start):
        if cue.direction == "before" and i - cue.end > 3:
            continue  # an active verb's object follows it closely ("menewaskan sedikitnya 34.622")
        if clause_break(toks, cue.end, i) or (own_verb and joined_by_and(toks, cue.end, i)):
            break
        return "" if cue.negated else _or_injured(cue, cues, toks)
    # 3. a total ("mencapai 35.000 orang"): the measure named earlier in the sentence
    if _total_before(toks, i):
        for cue in sorted((cu for cu in cues if cu.end <= i), key=lambda cu: -cu.start):
            return "" if cue.negated else cue.measure
    # 4. a little further on, over non-people numbers and coordinated counts
    #    ("4,237 orang daripada 1,311 keluarga yang ditempatkan", "Sepuluh warga ... dan satu warga ... dibebaskan")
    counted = {x.idx: x for x in cands}
    further = max(aside_end(toks, after), origin_end(toks, after)) + _FURTHER
    for t in range(after, min(len(toks), further)):
        if t in counted and (own_verb or not _coordinated(c, counted[t], toks[after:t], t - after <= 3)):
            break  # "58 Pasien Dirawat dan Satu Meninggal": 58 has a verb of its own, the death is one
        cue = next((cu for cu in cues if cu.start == t), None)
        if cue and cue.direction == "before":
            break
        if cue and cue.measure != "other":
            return "" if cue.negated else cue.measure
    # 5. a list: the previous count of this sentence
    new_clause = k > 0 and (
        clause_break(toks, cands[k - 1].idx, i) or (own_verb and joined_by_and(toks, cands[k - 1].idx, i))
    )
    if (
        k > 0
        and cands[k - 1].measure
        and not new_clause
        and not under_floor(toks, c.noun_end if c.noun else 0, c.num.value)
    ):
        return cands[k - 1].measure
    return None


def _coordinated(c: Cand, nxt: Cand | None, gap: list[Tok], near: bool) -> bool:
    """Counts joined by a conjunction share a measure ("Sepuluh warga ... dan satu warga ... dibebaskan",
    "12, 15 dan 20 orang tewas"). A bare number before a comma and a count with its own noun are two
    clauses ("Kasus Tembus 1.245, 12 Pasien Meninggal")."""
    if not near or not any(t.low in _COORD for t in gap):
        return False
    comma_only = all(t.low not in _COORD or t.low == "," for t in gap)
    if comma_only and c.noun is not None and nxt is not None and nxt.noun is None:
        return False  # "Jadi 9 Orang, 4 Masih Dicari": a whole count, then a bare one with its own verb
    return not (comma_only and c.noun is None and nxt is not None and nxt.noun is not None)


def _back_reference(toks: list[Tok], i: int, cues: list[Cue]) -> bool:
    """ "The four (, who) were arrested": a definite bare number whose passive cue follows closely."""
    if i == 0 or toks[i - 1].low not in {"the", "all", "kesemua", "semua"}:
        return False
    end = aside_end(toks, i + 1) + 3
    return any(i < cu.start <= end and cu.direction != "before" for cu in cues)


_PLAIN_PEOPLE = {"orang", "people", "jiwa"}


def _weak_before(toks: list[Tok], c: Cand) -> str | None:
    """A population noun shortly before a large count of plain people ("the population of Johor is
    estimated at 4.1 million people"), over no comma or other number."""
    for t in range(c.idx - 1, max(-1, c.idx - _WINDOW), -1):
        if toks[t].num is not None or toks[t].low in {",", ";", ".", ":"}:
            return None
        weak = lexicon().at("weak", toks, t)
        if weak:
            measure, _, floor = weak[0].partition("/")
            return measure if c.num.value >= int(floor or 1000) else None
    return None


def _new_open(c: Cand, known: dict[str, tuple[int, str]]) -> bool:
    """ "37 pesakit masih dirawat, termasuk tiga di ICU": a subset of a count of its own sentence that
    names no measure (this, for a count `c` left open) has none either, rather than the previous
    sentence's; unless that count was reported before ("27 individu ditahan" in the headline, then
    "27 individu termasuk lima wanita")."""
    return bool(c.noun) and known.get(c.noun or "", (0, ""))[0] != c.num.value


def _continues(toks: list[Tok], c: Cand) -> bool:
    """A list that goes on from the previous sentence ("Mereka termasuk lima anak"): a subset word before
    the number or right after it and its noun ("20 daripada mereka", "Dua orang di antaranya"), or the
    number opening the sentence. Otherwise "polisi memburu dua orang lainnya" does not take the last sentence's measure."""
    lex = lexicon()
    i = c.idx
    if any(lex.at("subset", toks, k) for k in range(i)) or part_of_them(toks, c.idx, c.noun_end):
        return True
    q = lex.ending("qualifier", toks, i)
    lead = toks[: i - (q[1] if q else 0)]  # "Sebanyak 12 di Tanahdatar dan tiga orang di Agam": a breakdown
    return all(t.low in {"sebanyak", "seramai", "total", "jumlahnya"} for t in lead)


def sentence_counts(
    toks: list[Tok],
    prev_measure: str | None,
    text: str,
    group: str | None = None,
    known: dict[str, tuple[int, str]] | None = None,
) -> tuple[list[Cand], str | None, list[Cand]]:
    """The people counts of one sentence, the last measure it names or its counts take (for the next
    sentence), and the people counts left without a measure ("87 PMI ... tiba"; the next sentence may
    say what happened to them). `group` is the measure of the article's last count: "20 daripada mereka"
    is a part of it even when quotes stand between. `known`: the article's counts so far by noun."""
    lex = lexicon()
    cues, affected, last = scan(toks)
    numbers = [i for i, t in enumerate(toks) if t.num is not None]
    bad = {i for i in numbers if _excluded(toks, i, text)}
    cands = []
    for i in numbers:
        cand = None if i in bad else _candidate(toks, i, text)
        if cand is None:
            bad.add(i)
        else:
            cands.append(cand)
    # an excluded number excludes the bare numbers listed with it (ages "dua, empat dan sembilan tahun")
    for a, b in itertools.pairwise(numbers):
        if linked(toks, a, b) and (a in bad or b in bad):
            bad.update({a, b})
    cands = [c for c in cands if c.idx not in bad or c.noun]
    cands = [c for c in cands if not (c.idx in bad and c.noun is None)]
    has_people = any(c.noun and not c.rider for c in cands)
    # a cue right after a bare number must not be an active verb, one right before not a passive one
    near = {cu.start for cu in cues if cu.direction != "before"} | {
        cu.end - 1 for cu in cues if cu.direction != "after"
    }
    cands = [
        c
        for c in cands
        if c.noun
        or has_people
        or {c.idx - 1, c.idx + 1} & near
        or lex.at("subset", toks, c.idx + 1)  # "Dua di antaranya mengalami luka", "two of whom died"
        or more_still(toks, c.idx + 1) > c.idx + 1  # "manakala lima lagi masih hilang"
        or _back_reference(toks, c.idx, cues)  # "The four, who were arrested ...": counted once by dedupe
        or (_total_before(toks, c.idx) and any(cu.end <= c.idx for cu in cues))
    ]
    displaced = any(cu.measure == "displaced" for cu in cues)
    open_: list[bool] = []  # no measure found (None), as opposed to excluded ("")
    open_before = False  # an earlier count of this sentence is open and `_new_open`
    for k, c in enumerate(cands):
        m = _measure(toks, cands, k, cues)
        if m == "" and displaced and c.noun == "mangsa":
            m = "displaced"  # Malay "mangsa (terjejas)" in relief centres are evacuees
        weak = lex.at("weak", toks, c.noun_end - 1) if c.noun else None
        if m is None and weak and c.num.value >= int(weak[0].partition("/")[2] or 1000):
            m = weak[0].partition("/")[0]  # "1,5 juta penduduk"; "other/10000" sets its own floor
        if m is None and not cues and not affected and c.noun in _PLAIN_PEOPLE:
            m = _weak_before(toks, c) or m  # "penduduk Johor dianggarkan 4.1 juta orang": a population
        if m is None and not cues and not affected and prev_measure and _continues(toks, c):
            m = None if open_before else prev_measure
        if (
            m is None
            and not cues
            and not affected
            and "killed" in (group, prev_measure)
            and found_more(toks, c.noun, c.noun_end)
        ):
            m = "killed"  # "Sebelumnya, tujuh korban telah ditemukan": more of the bodies just counted
        if m is None and not cues and prev_measure and lex.ending("compare", toks, c.idx):
            m = prev_measure  # "menurun berbanding 2,013 orang": the earlier value of the last measure
        big = c.noun is not None and c.num.value >= RESIDENTS and not affected
        if m is None and big and resides(toks, c.noun_end, named_people(c.who, c.noun) or c.national):
            m = "other"  # "lebih 2,000 rakyat Jepun kini tinggal dan bekerja di Selangor": a population
        if m is None and not cues and not affected and group and part_of_them(toks, c.idx, c.noun_end):
            m = group
        if m is None and not cues and not affected and known:
            m = described_member(toks, c.noun_end, c.noun, c.num.value, known)
        if m != "" and subset_of_excluded(toks, c.idx):
            m = ""  # "13 survivors, including four children": a part of a count that is not a figure
        c.measure = m or None
        open_.append(m is None)
        open_before = open_before or (m is None and _new_open(c, known or {}))
    # "Sepuluh warga Thailand dan satu warga Filipina juga dibebaskan": coordinated counts share a measure
    for k in range(len(cands) - 2, -1, -1):
        c, nxt = cands[k], cands[k + 1]
        gap = toks[max(c.idx + 1, c.noun_end) : nxt.idx]
        words = [t.low for t in gap if t.low not in {"the", "those", "these"}]  # "three of the five suspects"
        part = len(words) == 1 and words[0] in _PART and len(gap) <= 2  # "empat dari tujuh orang itu"
        own = c.noun is not None and own_predicate(toks, c.noun_end)  # "58 Pasien Dirawat dan Satu Meninggal"
        part = part or words in (["termasuk"], ["including"])  # "enam individu termasuk tiga ... ditahan"
        if open_[k] and nxt.measure and not own and (part or _coordinated(c, nxt, gap, len(gap) <= 3)):
            c.measure = nxt.measure
    for k in range(1, len(cands)):  # "menahan tujuh tersangka, termasuk dua pejabat": the part shares it
        if open_[k] and not cands[k].measure and toks[cands[k].idx - 1].low in ("termasuk", "including"):
            cands[k].measure = cands[k - 1].measure
    found = [c for c in cands if c.measure]
    open_people = [c for k, c in enumerate(cands) if open_[k] and not c.measure and c.noun]
    if (
        last is None and found
    ):  # "terdiri dari 61 laki-laki dan 26 perempuan" took it from the sentence before
        last = found[-1].measure
    return found, last, open_people
