"""Head words and ordinary words: what makes a capitalised run a place, a body, or no name at all.

"Kabupaten X" and "Provinsi X" head places, "Partai X"/"Badan X"/"Jabatan X" head bodies; a
capitalised word that the NER corpora mostly write in lower case ("Delegasi", "Meskipun") is an
ordinary word at a sentence start or in a headline, not part of a name.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from warta.extract import linking
from warta.extract.linking import lookup
from warta.extract.phrases import may_open, may_start, word_at

WORD_SPACE = re.compile(r"\S+\s*")
_NUMBERED = re.compile(r"[IVXL]+|\d+")
_UNIT = re.compile(r"[IVXL]+|\d+|[A-E]")  # "Komisi A", "Komisi IV"


def _regional() -> dict[str, str]:
    return linking.pairs("regional_acronyms")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    if start < end and text[start].isalnum() and text[end - 1].isalnum() and text[end : end + 1] != ".":
        return start, end  # nothing to cut or keep (most runs): the loops below would not move
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if text[end : end + 1] == "." and (end - start == 1 or text[end - 2] in " ."):
        end += 1  # an initial keeps its dot
    return start, end


def skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and not text[pos].isalnum():
        pos += 1
    return pos


@lru_cache(maxsize=65536)
def common(word: str) -> bool:
    folded = word.casefold().strip(".,")
    corpus, hand = linking.word_set("common_words_corpus"), linking.word_set("common_words_hand")
    return (folded in corpus or folded in hand) and folded not in linking.word_set("name_words")


@lru_cache(maxsize=65536)
def _ordinary(w: str) -> bool:
    """A stop word, a common plural ("Raja-Raja"), or an ordinary word written with a capital."""
    plural = "-" in w and len(set(w.casefold().split("-"))) == 1
    return (
        plural
        or w.casefold().strip(".,") in linking.word_set("stop_words")
        or (common(w) and not w.isupper())
    )


def skip_ordinary(text: str, start: int, end: int) -> int:
    """Past leading words that are not names: stop words, and ordinary words written capitalised."""
    while start < end:
        m = WORD_SPACE.match(text, start, end)
        if m is not None and not _ordinary(m.group(0).strip()):
            return start  # a name word: stop here, head word or not (the cheap test first)
        if m is not None and _particle(m.group(0).strip(), text, m.end(), end):
            return start  # "I Wayan Koster": a Balinese name opens with its particle
        if _head_first(text[start:end]):
            return start
        if m is None:
            return end
        start = m.end()
    return min(start, end)


def _particle(word: str, text: str, after: int, end: int) -> bool:
    """A name-prefix word that is also a stop word ("I"), followed by another name prefix ("I Made")."""
    prefixes = linking.word_set_exact("name_prefixes")
    if word not in prefixes:
        return False
    nxt = WORD_SPACE.match(text, after, end)
    return nxt is not None and nxt.group(0).strip() in prefixes


def common_cut(text: str, start: int, end: int) -> int:
    """Where a run of name words meets an ordinary word ("Mikhail Bogdanov Delegasi")."""
    for m in WORD_SPACE.finditer(text, start, end):
        if m.start() > start and common(m.group(0).strip()) and not m.group(0).isupper():
            return trim(text, start, m.start())[1]
    return end


# Per-piece forms of the two scans above (both read nothing past the piece's end): the same
# pieces recur within and across texts, so their answers are kept, as offsets into the piece.
@lru_cache(maxsize=65536)
def ordinary_prefix(surface: str) -> int:
    """`skip_ordinary` over the whole piece."""
    return skip_ordinary(surface, 0, len(surface))


@lru_cache(maxsize=65536)
def lone_ordinary(surface: str) -> bool:
    """One word, an ordinary one."""
    return len(surface.split()) == 1 and ordinary_prefix(surface) >= len(surface)


@lru_cache(maxsize=65536)
def name_part(surface: str) -> int:
    """Where the piece's name ends: all of it after a head word, else where an ordinary word cuts it."""
    return len(surface) if headed(surface) else common_cut(surface, 0, len(surface))


@lru_cache(maxsize=65536)
def _head_first(surface: str) -> bool:
    """A head word opens the text ("Partai ...", "Kabupaten ..."); an English tail ("... Council") does not
    protect an ordinary first word ("The")."""
    head = may_open("org_heads", surface, 0) and linking.phrase_regex("org_heads").match(surface)
    return bool(head) or linking.place_name(surface) is not None


@lru_cache(maxsize=65536)
def headed(surface: str) -> bool:
    return org_head(surface) or linking.place_name(surface) is not None


@lru_cache(maxsize=65536)
def org_head(surface: str) -> bool:
    words = surface.split()
    if not words:
        return False
    first, last = _edge_words()
    if words[0].casefold().rstrip(".,") in first and linking.phrase_regex("org_heads").match(surface):
        return True
    if words[-1].casefold().rstrip(".") not in last:
        return False  # cheap set tests first: this runs for every piece of every run
    tail = linking.phrase_regex("org_tails").search(surface)
    return bool(tail and tail.end() == len(surface))


@cache
def _edge_words() -> tuple[frozenset[str], frozenset[str]]:
    """First words of the org head phrases, last words of the org tail phrases."""
    first = frozenset(p.split()[0].casefold() for p in linking.word_list("org_heads") if p.split())
    last = frozenset(p.split()[-1].casefold() for p in linking.word_list("org_tails") if p.split())
    return first, last


def admin_split(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """ "Desa Mulya Rayat Kecamatan Merek": two places; a body's name is not split."""
    if org_head(text[start:end]):
        return [(start, end, "")]
    heads = linking.word_set("admin_heads")
    cuts = [
        w.start()
        for w in WORD_SPACE.finditer(text, start, end)
        if w.start() > start and w.group(0).strip().casefold() in heads
    ]
    bounds = [start, *cuts, end]
    return [(s, trim(text, s, e)[1], "") for s, e in itertools.pairwise(bounds) if trim(text, s, e)[1] > s]


def known_place_end(text: str, start: int, end: int) -> int:
    """Where the known place after a head word ends, when more capitalised words follow it."""
    words = list(WORD_SPACE.finditer(text, start, end))
    for n in range(len(words) - 1, 1, -1):
        stop = trim(text, start, words[n].start())[1]
        name = linking.place_name(text[start:stop])
        if name is not None and lookup(name, "LOC") is not None:
            return stop
    return end


@lru_cache(maxsize=65536)
def only_head(surface: str) -> bool:
    head = may_start(("org_heads",), word_at(surface, 0)) and linking.phrase_regex("org_heads").fullmatch(
        surface
    )
    return bool(head) or " ".join(surface.split()).casefold() in linking.loc_heads()


def generic(surface: str) -> bool:
    """Every word after the head word is a head, title, ordinary or stop word."""
    rest = linking.phrase_regex("org_heads").sub("", surface, count=1).split()
    if rest and all(_NUMBERED.fullmatch(w) for w in rest):
        return True  # "Komisi IX", "Commission XII": a numbered unit of a body, no name of its own
    if len(rest) >= 2 and _UNIT.fullmatch(rest[0]) and all(w.casefold() in _regional() for w in rest[1:]):
        return True  # "Komisi A DPRD": a unit of a regional body that names no region
    titles = linking.word_set("person_titles")
    stop = linking.word_set("stop_words")
    return all(common(w) or w.casefold() in titles or w.casefold() in stop for w in rest)
