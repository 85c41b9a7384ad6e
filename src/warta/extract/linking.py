"""Linking a name found in text to its canonical entity; the shared mention types (Cand, Doc).

A surface form is linked in this order: the knowledge base as written; without honorifics
("Datuk Seri Anwar Ibrahim"); as a place with a head word ("Kabupaten Agam" -> "Agam Regency");
a person by a near spelling of a known person ("Yoav Galant" -> "Yoav Gallant"). What stays
unknown keeps its cleaned surface form as canonical name. Word lists live in
`knowledge/entity_rules/*.txt` so they can be edited without touching code.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from warta.extract.gazetteer import Entry
from warta.extract.gazetteer import fold_token as fold_token  # re-exported for the stage modules
from warta.extract.phrases import may_open
from warta.extract.title_phrases import Phrases as Phrases  # re-exported: title spans used to live here
from warta.extract.title_phrases import title_end_list as title_end_list
from warta.extract.title_phrases import title_ends as title_ends
from warta.extract.title_phrases import title_spans as title_spans
from warta.extract.title_phrases import title_starts as title_starts
from warta.extract.word_lists import loc_heads as loc_heads  # re-exported: word lists used to live here
from warta.extract.word_lists import pairs as pairs
from warta.extract.word_lists import phrase_regex as phrase_regex
from warta.extract.word_lists import title_regex as title_regex
from warta.extract.word_lists import word_list as word_list
from warta.extract.word_lists import word_set as word_set
from warta.extract.word_lists import word_set_exact as word_set_exact

_WORD = re.compile(r"\w+")
_LEAD_ACRONYM = re.compile(r"[A-Z]{2,6}\s+(?=[A-Z][a-z])")
_INNER_ACRONYM = re.compile(r"(?<=\s)[A-Z]{2,6}\s+(?=[A-Z][a-z][\w'’-]*\s+[A-Z])")
_TICKET = re.compile(r"([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)+)-([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)+)")
_DOUBLE = re.compile(r"(\w)\1+")
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_DIGIT_AFTER = re.compile(r"\s*\d")
_HONORIFIC_GAP = re.compile(r"\.?[ \u00a0]+")
TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}
TYPES_REV = {v: k for k, v in TYPES.items()}


@dataclass(frozen=True, slots=True)
class Linked:
    name: str
    type: str
    qid: str | None = None
    known: bool = False  # True when the knowledge base holds it


@dataclass(slots=True)
class Cand:
    """One mention found in the text, with the entity it links to."""

    start: int
    end: int
    text: str
    label: str  # PER / ORG / LOC
    link: Linked
    source: str = "gaz"


@dataclass(slots=True)
class Doc:
    """The text being read and the mentions found so far (their spans are taken)."""

    text: str
    cands: list[Cand] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)  # sorted, non-overlapping
    ends: dict[int, Cand] = field(default_factory=dict)  # mention end -> mention
    # some mention of `taken` ends before the one before it (one sits inside another): then the
    # ends are not sorted with the starts, and `runs.runs` bisects them as they are
    tangled: bool = False

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.taken, (start, len(self.text) + 1))
        if i > 0 and self.taken[i - 1][1] > start:
            return False
        return i >= len(self.taken) or self.taken[i][0] >= end

    def add(self, cand: Cand) -> None:
        self.cands.append(cand)
        taken, span = self.taken, (cand.start, cand.end)
        i = bisect.bisect_right(taken, span)
        taken.insert(i, span)  # `bisect.insort`, keeping the place to test the ends' order
        if (i > 0 and taken[i - 1][1] > cand.end) or (i + 1 < len(taken) and taken[i + 1][1] < cand.end):
            self.tangled = True
        self.ends[cand.end] = cand

    def reset(self, cands: list[Cand]) -> None:
        self.cands, self.taken, self.ends, self.tangled = [], [], {}, False
        for c in cands:
            self.add(c)


@cache
def kb() -> Any:
    """The knowledge base, or None when it is not installed (then rules work alone)."""
    try:
        from warta.knowledge.loader import load_kb
    except ImportError:
        return None
    return load_kb()


def as_linked(entry: Entry) -> Linked:
    return Linked(entry.name, entry.type, entry.qid, True)


def lookup(surface: str, label: str = "") -> Linked | None:
    """The knowledge-base entity for a surface form, trying it without honorifics too."""
    base = kb()
    return None if base is None else _lookup(id(base), surface, label)


@lru_cache(maxsize=65536)
def _lookup(base_id: int, surface: str, label: str) -> Linked | None:
    """`lookup` in the knowledge base `kb()` (keyed by its id): names recur within and across texts."""
    base = kb()
    bare = strip_honorifics(surface)[0]
    for form in (surface, bare) if bare != surface else (surface,):  # the same form twice finds nothing new
        found = base.lookup(form, strict_case=True)
        if not found and len(form) >= 4 and form.istitle() and " " not in form:
            found = base.lookup(form)  # "Umno", "Nadma": a long acronym written as a word
        if found:
            return as_linked(choose(found, label))
    return None


def _prefix_word(word: str) -> bool:
    return word.strip() in word_set_exact("name_prefixes")


# a ke-/pe-...-an noun ("Kepatuhan", "Penanganan"): an office or portfolio word, never a name
NOMINAL_WORD = re.compile(r"(?:Ke|Pe|Per|Pen|Pem|Peng|Peny)[a-z]{3,}an")


def portfolio(words: list[str]) -> bool:
    """Every word an ordinary one, one at least a ke-/pe-...-an noun ("Penanganan Sengketa")."""
    common = word_set("common_words_corpus")
    plain = [bool(NOMINAL_WORD.fullmatch(w)) for w in words]
    return any(plain) and all(
        p or (w.casefold() in common and w.casefold() not in word_set("name_words"))
        for p, w in zip(plain, words, strict=True)
    )


def counted_acronym(text: str, start: int, end: int) -> bool:
    """ "214 KK" (households), "RT 12": short capitals next to a number are a unit, not a name."""
    if end - start > 3 or not text[start:end].isupper():
        return False
    return bool(
        _DIGIT_BEFORE.search(text[max(0, start - 4) : start]) or _DIGIT_AFTER.match(text[end : end + 3])
    )


@cache
def persons() -> PersonIndex:
    base = kb()
    return PersonIndex(list(base) if base is not None else [])


def person(start: int, end: int, surface: str) -> list[Cand]:
    """A person mention: honorifics dropped, a near spelling of a known person linked to it."""
    return [
        Cand(start + a, end if b is None else start + b, name, "PER", link, "rule")
        for a, b, name, link in _person_parts(surface)
    ]


_Part = tuple[int, int | None, str, Linked]


@lru_cache(maxsize=65536)
def _person_parts(surface: str) -> tuple[_Part, ...]:
    """`person` read off the surface alone (names recur within and across texts): each mention's
    start and end from the surface's start (None: the end `person` is given), name and link."""
    ticket = _TICKET.fullmatch(surface)
    if ticket is not None:  # "Andika Perkasa-Hendrar Prihadi": a candidate pair, two persons
        second = ticket.start(2)
        return tuple(
            (a, ticket.end(1) if b is None else b, n, k) for a, b, n, k in _person_parts(ticket.group(1))
        ) + tuple(
            (second + a, None if b is None else second + b, n, k)
            for a, b, n, k in _person_parts(ticket.group(2))
        )
    name, cut = strip_honorifics(surface)
    while (m := _LEAD_ACRONYM.match(name)) is not None:  # "KOI Rita Subowo": the body, then the person
        if m.group(0).strip() in word_set_exact("name_prefixes"):
            break  # "TB Hasanuddin": a noble prefix the name keeps
        name, cut = name[m.end() :], cut + m.end()
    inner = [m for m in _INNER_ACRONYM.finditer(name) if m.start() > 0 and not _prefix_word(m.group(0))]
    if inner:  # "Penyidikan KPK Asep Guntur": a unit of a body, then the person
        name, cut = name[inner[-1].end() :], cut + inner[-1].end()
    words = name.split()
    while len(words) > 1 and words[-1].replace(".", "").strip(",") in word_set_exact("degrees"):
        words.pop()  # "Sutarmidji SH MHum": degrees are not part of the name
    if len(words) < len(name.split()):
        name = name[: name.rfind(words[-1]) + len(words[-1])]
    if not name or (name.isupper() and len(name) <= 6):
        return ()  # "anggota CC": capitals are a body's acronym, not a person
    if any(w in word_set("office_words") for w in tokens(name)):
        return ()  # "Protection Associate", "Kedutaan Besar": an office or job, not a person
    if portfolio(name.split()):
        return ()  # "Seksi Pengendalian dan Penanganan Sengketa": a portfolio (pe-...-an nouns), not a person
    canonical = _GIVEN_ABBREVIATION.sub(r"\1", name)  # "Mohd. Rizal Hashim" is written "Mohd Rizal Hashim"
    near = persons().near(canonical)
    link = as_linked(near) if near is not None else Linked(canonical, "person")
    return ((cut, None, name, link),)


_GIVEN_ABBREVIATION = re.compile(r"\b(Mohd|Muhd|Md|Abd)\.(?= )")


@lru_cache(maxsize=65536)
def tokens(name: str) -> tuple[str, ...]:
    return tuple(fold_token(w) for w in _WORD.findall(name))


def strip_honorifics(surface: str) -> tuple[str, int]:
    """The name without leading honorifics and ranks, and how many characters were cut."""
    cut = 0
    rx = phrase_regex("honorifics")
    while may_open("honorifics", surface, cut):  # else no honorific starts here: skip the regex
        m = rx.match(surface, cut)
        if not m:
            break
        gap = _HONORIFIC_GAP.match(surface, m.end())
        if gap is None or not surface[gap.end() : gap.end() + 1].isupper():
            break  # "Dr" alone, or a word that only starts like an honorific
        cut = gap.end()
    return surface[cut:], cut


def english_place(name: str) -> str:
    """ "Lampung Barat" -> "West Lampung", "Jawa Tengah" -> "Central Java" (Wikipedia's order)."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[-n:]).casefold() in pairs("directions"):
            if not _compass_base(" ".join(words[:-n])):
                return name  # "Bhayangkara Polda Jawa Timur": a place ends a longer name, kept as written
            compass = pairs("directions")[" ".join(words[-n:]).casefold()]
            words = [compass, *words[:-n]]
            break
    return " ".join(pairs("place_words").get(w.casefold(), w) for w in words)


def _compass_base(base: str) -> bool:
    """What a compass word follows is itself a place: a short name ("Lampung", "Nusa Tenggara") or a
    known place ("Ogan Komering Ulu")."""
    if len(base.split()) <= 2:
        return True
    found = lookup(base, "LOC")
    return found is not None and found.type == "location"


@lru_cache(maxsize=65536)
def place_name(surface: str) -> str | None:
    """Canonical form of a place written with a head word, e.g. "Kabupaten Nagekeo" -> "Nagekeo Regency"."""
    words = surface.split()
    for n in (3, 2, 1):  # "Lapangan Terbang Antarabangsa Kota Kinabalu"
        if len(words) <= n:
            continue
        head = " ".join(words[:n]).casefold()
        template = loc_heads().get(head)
        if template is None:
            continue
        rest = " ".join(words[n:])
        if template == "=":
            return surface
        if template == "-":
            return place_name(rest) or english_place(rest)  # "Provinsi Kepulauan Riau"
        if "{=}" in template:  # "Jl. Medan Merdeka" -> "Jalan Medan Merdeka": a street keeps its words
            return template.replace("{=}", rest)
        return template.replace("{}", english_place(rest))
    return None


@lru_cache(maxsize=65536)
def squash(word: str) -> str:
    """A spelling key: folded, the old Indonesian spelling made new ("Soebagdja" ~ "Subagja",
    "Sjafrie" ~ "Syafrie"), doubled letters collapsed ("Gallant" ~ "Galant")."""
    return _DOUBLE.sub(lambda m: m.group(1), _OLD_SPELLING.sub(_new_spelling, fold_token(word)))


_OLD_SPELLING = re.compile(r"oe|dj|tj|sj")
_NEW_SPELLING = {"oe": "u", "dj": "j", "tj": "c", "sj": "sy"}


def _new_spelling(m: re.Match[str]) -> str:
    return _NEW_SPELLING[m.group(0)]


def name_key(name: str) -> str:
    """All words squashed and joined: "Amir-Abdollahian" and "Amirabdollahian" meet; "bin" is
    often left out ("Tamim Hamad Al Thani" is "Tamim bin Hamad Al Thani")."""
    return "".join(squash(t) for t in tokens(name) if t not in ("bin", "binti", "ibn", "bte"))


class PersonIndex:
    """Known persons by the first letters of their squashed name, for spelling variants."""

    def __init__(self, entries: list[Entry]) -> None:
        self.by_head: dict[str, list[tuple[str, Entry]]] = {}
        self.memo: dict[str, Entry | None] = {}  # name key -> answer: names recur within and across texts
        for e in entries:
            if e.type != "person":
                continue
            for form in (e.name, *e.aliases):
                if len(tokens(form)) >= 2:
                    key = name_key(form)
                    self.by_head.setdefault(key[:2], []).append((key, e))

    def near(self, name: str) -> Entry | None:
        """The one known person whose name is this one give or take a letter or two."""
        if len(tokens(name)) < 2:
            return None
        key = name_key(name)
        limit = 0 if len(key) < 9 else 1 if len(key) < 16 else 2
        if key in self.memo:
            return self.memo[key]
        # cheap tests first; the C edit distance stops once past `limit`
        found = {
            e.name: e
            for k, e in self.by_head.get(key[:2], [])
            if abs(len(k) - len(key)) <= limit
            and k[-2:-1] == key[-2:-1]
            and Levenshtein.distance(k, key, score_cutoff=limit) <= limit
        }
        best = next(iter(found.values())) if len(found) == 1 else None
        if len(self.memo) > 50_000:
            self.memo.clear()  # bounded: a long corpus run meets endless new names
        self.memo[key] = best
        return best


def choose(entries: list[Entry] | tuple[Entry, ...], label: str = "") -> Entry:
    """Among entities sharing an alias, the one whose type agrees with the recogniser's label."""
    want = TYPES.get(label, label)
    for e in entries:
        if e.type == want:
            return e
    return entries[0]


def covers(long: Sequence[str], short: Sequence[str]) -> bool:
    """All words of `short` are in `long` (the scorer's "Netanyahu" ~ "Benjamin Netanyahu")."""
    return bool(short) and set(short) <= set(long)
