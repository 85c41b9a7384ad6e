"""What a title says about the words after it: the region of a "Bupati"/"Wali Kota", or a
portfolio ("Ketua Pembangkang, Datuk Seri ..."), which are not the holder's name."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from warta.extract import linking
from warta.extract.heads import WORD_SPACE, common, trim
from warta.extract.linking import Cand, Doc, Linked, lookup
from warta.extract.phrases import may_start, word_at

_NOMINAL = re.compile(r"(?:Ke|Pe|Per|Pen|Pem|Peng|Peny)[a-z]{3,}an")  # as in names.py: "Kepatuhan"


_REGION_TITLES = {"bupati": "Kabupaten", "wakil bupati": "Kabupaten", "wali kota": "Kota", "walikota": "Kota"}
_TITLE_END = re.compile(r"(\w+(?:\s+\w+)?)\s+$")


def region_after_title(text: str, start: int, end: int) -> Cand | None:
    """The regency or city a "Bupati"/"Wali Kota" names before the holder, when the KB knows it."""
    m = _TITLE_END.search(text, max(0, start - 20), start)
    if m is None:
        return None
    title = " ".join(m.group(1).split()).casefold()
    head = _REGION_TITLES.get(title) or _REGION_TITLES.get(title.split()[-1])
    words = list(WORD_SPACE.finditer(text, start, end))
    if head is None or len(words) < 3:
        return None  # "Bupati Ahmad Yani": a name alone
    for n in (2, 1):
        stop = trim(text, start, words[n - 1].end())[1]
        found = lookup(f"{head} {text[start:stop]}", "LOC") or lookup(text[start:stop], "LOC")
        if found is not None and found.type == "location":
            return Cand(start, stop, text[start:stop], "LOC", found, "rule")
    return None


_COMMA_NAME = re.compile(r",[ \u00a0]+[A-Z]")


def portfolio_before_comma(text: str, start: int, end: int) -> bool:
    """One word after a title, then a comma and a name or honorific: a portfolio, not a name."""
    word = text[start:end].strip()
    if " " in word or not _COMMA_NAME.match(text, end):
        return False
    after = end  # past ", " without copying the rest of the text (the regex sees the same characters)
    while after < len(text) and text[after] in ", \u00a0":
        after += 1
    honorific = linking.phrase_regex("honorifics").match(text, after) is not None
    return (
        honorific
        or common(word)
        or bool(_NOMINAL.fullmatch(word))
        or word.casefold() in linking.word_set("portfolios")
    )


def after_title(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where a run's name starts when a title with a listed portfolio ends inside it ("Direktur Jenderal
    Penyelenggaraan Haji dan [Umrah Hilman Latief]"): past the title, and whether a title preceded it."""
    spans = linking.title_spans(text)
    # Titles are sorted and disjoint: only the last one opening before `start` can hold it.
    i = bisect.bisect_left(linking.title_starts(text), start) - 1
    if i >= 0:
        s, e = spans[i]
        if s < start < e < end and text[e:end].strip():
            return e + len(text[e:end]) - len(text[e:end].lstrip()), True
    return start, False


_TITLE_LISTS = ("seat_titles", "fused_titles", "person_titles", "honorifics")


@cache
def _title_rules() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return (
        ("seat", "seat_titles", linking.phrase_regex("seat_titles")),
        ("fused", "fused_titles", linking.phrase_regex("fused_titles")),
        ("title", "person_titles", linking.title_regex()),
        ("honorific", "honorifics", linking.phrase_regex("honorifics")),
    )


def title_at(text: str, pos: int, end: int) -> tuple[int, str] | None:
    """(where the name after it starts, kind) when a fused title, title or honorific starts at `pos`."""
    word = word_at(text, pos)
    if not may_start(_TITLE_LISTS, word):
        return None  # most words of a run open no title at all
    found: list[tuple[int, str]] = []
    for kind, words, rx in _title_rules():
        if not may_start((words,), word):
            continue  # no phrase of the list starts with this word: skip its big regex
        m = rx.match(text, pos)  # unbounded: "Menteri Kelautan dan Perikanan" runs past "Kelautan"
        if m and (m.end() >= len(text) or not (text[m.end()].isalnum() or text[m.end()] == "-")):
            found.append((min(m.end(), end), kind))
    if not found:
        return None
    stop, kind = max(found, key=lambda f: f[0])
    if text[stop : stop + 1] == ".":
        stop += 1
    while stop < end and text[stop] in " \u00a0":
        stop += 1
    return stop, kind


_ENGLISH_TITLE = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]*(?:, | and | & | ))+(?:Deputy |Assistant )?Minister(?! of)\b(?= [A-Z])"
)


@lru_cache(maxsize=8)
def english_title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """ "Natural Resources and Environmental Sustainability Minister Nik Nazmi": the portfolio words
    before "Minister" and a name belong to the title, not to a body. Cached: asked once per mention."""
    # A match holds "Minister" and no line break: only lines with the word are scanned (the regex
    # sees the whole text around them, so its look-behind reads the same characters).
    out: list[tuple[int, int]] = []
    at = text.find("Minister")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        out += (m.span() for m in _ENGLISH_TITLE.finditer(text, line_start, line_end))
        at = text.find("Minister", line_end)
    return tuple(out)


_MINISTER_OF = re.compile(r"\bMinister of (?:[A-Z][\w'’-]*(?:, | and | & | ))*$")
_NAME_GOES_ON = re.compile(r"(?:,? and | & | )[A-Z]")


def in_english_title(text: str, spans: tuple[tuple[int, int], ...], c: Cand) -> bool:
    """An unknown name guessed inside an English title: "X and Y Minister [name]", or "Minister of
    X and Y [name]" where more portfolio or the holder's name follows it."""
    if c.link.known or c.source == "gaz":
        return False
    if any(s <= c.start and c.end <= e for s, e in spans):
        return True
    # the anchored match first: it fails at most names, and then the window search is not needed
    return bool(_NAME_GOES_ON.match(text, c.end)) and bool(
        _MINISTER_OF.search(text, max(0, c.start - 120), c.start)
    )


@cache
def _portfolio_words() -> frozenset[str]:
    words = {w for phrase in linking.word_list("portfolios") for w in re.findall(r"\w+", phrase.casefold())}
    return frozenset(words - {"dan", "and", "of", "the", "serta"})


_AND_BEFORE = re.compile(r"(?:\bdan|\band|&) $")


def portfolio_persons(doc: Doc) -> None:
    """A guessed person made of portfolio words ("Direktur Jenderal Bina Marga dan [Lingkungan Hidup]
    Hendra ...") is no person; after "dan", leading portfolio words are cut from a longer name."""
    vocab, keep, moved = _portfolio_words(), [], False
    for c in doc.cands:
        words = c.text.split()
        if c.link.type != "person" or c.link.known or not words:
            keep.append(c)
            continue
        lead = 0
        while lead < len(words) and linking.fold_token(words[lead]) in vocab:
            lead += 1
        if lead == len(words):
            moved = True
            continue  # every word a portfolio word
        if lead and len(words) - lead >= 2 and _AND_BEFORE.search(doc.text, max(0, c.start - 5), c.start):
            cut = c.text.index(words[lead], len(" ".join(words[:lead])))
            c.start, c.text, moved = c.start + cut, c.text[cut:], True
            c.link = Linked(c.text, "person")
        keep.append(c)
    if moved:
        doc.reset(keep)
