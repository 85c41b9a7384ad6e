"""Linking a name found in text to its canonical entity, and in-document coreference.

A surface form is linked in this order: the knowledge base as written; without honorifics
("Datuk Seri Anwar Ibrahim"); as a place with a head word ("Kabupaten Agam" -> "Agam Regency");
a person by a near spelling of a known person ("Yoav Galant" -> "Yoav Gallant"). What stays
unknown keeps its cleaned surface form as canonical name. Word lists live in
`knowledge/entity_rules/*.txt` so they can be edited without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from warta.extract.gazetteer import Entry, fold_token

__all__ = ["fold_token"]

_WORD = re.compile(r"\w+")
_DOUBLE = re.compile(r"(\w)\1+")
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
    taken: list[tuple[int, int]] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def add(self, cand: Cand) -> None:
        self.cands.append(cand)
        self.taken.append((cand.start, cand.end))


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
    if base is None:
        return None
    for form in (surface, strip_honorifics(surface)[0]):
        found = base.lookup(form, strict_case=True)
        if not found and len(form) >= 4 and form.istitle() and " " not in form:
            found = base.lookup(form)  # "Umno", "Nadma": a long acronym written as a word
        if found:
            return as_linked(choose(found, label))
    return None


def counted_acronym(text: str, start: int, end: int) -> bool:
    """"214 KK" (households), "RT 12": short capitals next to a number are a unit, not a name."""
    if end - start > 3 or not text[start:end].isupper():
        return False
    return bool(re.search(r"\d\s*$", text[max(0, start - 4) : start]) or re.match(r"\s*\d", text[end : end + 3]))


@cache
def persons() -> PersonIndex:
    base = kb()
    return PersonIndex(list(base) if base is not None else [])


def person(start: int, end: int, surface: str) -> list[Cand]:
    """A person mention: honorifics dropped, a near spelling of a known person linked to it."""
    name, cut = strip_honorifics(surface)
    if not name:
        return []
    near = persons().near(name)
    link = as_linked(near) if near is not None else Linked(name, "person")
    return [Cand(start + cut, end, name, "PER", link, "rule")]


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Non-comment lines of `knowledge/entity_rules/<name>.txt`, as written."""
    path = resources.files("warta.knowledge").joinpath("entity_rules").joinpath(f"{name}.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list(name))


@cache
def phrase_regex(name: str) -> re.Pattern[str]:
    """Any phrase of the list as whole words, longest first, case-insensitive."""
    words = sorted(word_list(name), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@cache
def title_regex() -> re.Pattern[str]:
    """A person title, optionally with its portfolio ("Menteri Pertahanan", "Wakil Menteri Luar Negeri")."""
    titles = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(word_list("person_titles"), key=len, reverse=True)
    )
    jobs = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(word_list("portfolios"), key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{titles})(?:\s+(?:{jobs}))?(?!\w)", re.IGNORECASE)


@cache
def loc_heads() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in word_list("loc_heads"):
        head, _, template = line.partition("\t")
        table[head.strip().casefold()] = template.strip() or "="
    return table


def tokens(name: str) -> list[str]:
    return [fold_token(w) for w in _WORD.findall(name)]


def strip_honorifics(surface: str) -> tuple[str, int]:
    """The name without leading honorifics and ranks, and how many characters were cut."""
    cut = 0
    rx = phrase_regex("honorifics")
    while True:
        m = rx.match(surface, cut)
        if not m:
            break
        gap = re.compile(r"\.?[ \u00a0]+").match(surface, m.end())
        if gap is None or not surface[gap.end() : gap.end() + 1].isupper():
            break  # "Dr" alone, or a word that only starts like an honorific
        cut = gap.end()
    return surface[cut:], cut


@cache
def pairs(name: str) -> dict[str, str]:
    """A two-column list (`word<TAB>replacement`) as a dict keyed by the folded word."""
    out: dict[str, str] = {}
    for line in word_list(name):
        word, _, value = line.partition("\t")
        out[word.strip().casefold()] = value.strip()
    return out


def english_place(name: str) -> str:
    """ "Lampung Barat" -> "West Lampung", "Jawa Tengah" -> "Central Java" (Wikipedia's order)."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[-n:]).casefold() in pairs("directions"):
            compass = pairs("directions")[" ".join(words[-n:]).casefold()]
            words = [compass, *words[:-n]]
            break
    return " ".join(pairs("place_words").get(w.casefold(), w) for w in words)


def place_name(surface: str) -> str | None:
    """Canonical form of a place written with a head word, e.g. "Kabupaten Nagekeo" -> "Nagekeo Regency"."""
    words = surface.split()
    for n in (2, 1):
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
            return english_place(rest)
        return template.replace("{}", english_place(rest))
    return None


def squash(word: str) -> str:
    """A spelling key: folded, doubled letters collapsed ("Gallant" ~ "Galant")."""
    return _DOUBLE.sub(r"\1", fold_token(word))


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def name_key(name: str) -> str:
    """All words squashed and joined: "Amir-Abdollahian" and "Amirabdollahian" meet."""
    return "".join(squash(t) for t in tokens(name))


class PersonIndex:
    """Known persons by the first letters of their squashed name, for spelling variants."""

    def __init__(self, entries: list[Entry]) -> None:
        self.by_head: dict[str, list[tuple[str, Entry]]] = {}
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
        found = {
            e.name: e
            for k, e in self.by_head.get(key[:2], [])
            if abs(len(k) - len(key)) <= limit
            and edit_distance(k, key, limit) <= limit
            and k[-2:-1] == key[-2:-1]
        }
        return next(iter(found.values())) if len(found) == 1 else None


def choose(entries: list[Entry] | tuple[Entry, ...], label: str = "") -> Entry:
    """Among entities sharing an alias, the one whose type agrees with the recogniser's label."""
    want = TYPES.get(label, label)
    for e in entries:
        if e.type == want:
            return e
    return entries[0]


def covers(long: list[str], short: list[str]) -> bool:
    """All words of `short` are in `long` (the scorer's "Netanyahu" ~ "Benjamin Netanyahu")."""
    return bool(short) and set(short) <= set(long)
