"""What a title says about the words after it: the region of a "Bupati"/"Wali Kota", or a
portfolio ("Ketua Pembangkang, Datuk Seri ..."), which are not the holder's name; and whether a
title stands before a name, bodies and places between ("Ketua Bawaslu Provinsi Bengkulu X")."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from warta.extract import linking
from warta.extract.heads import WORD_SPACE, common, trim
from warta.extract.linking import Cand, Doc, Linked, lookup
from warta.extract.phrases import lower_word_start, may_start, word_at

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


_OF_BEFORE = re.compile(r"\bof\s+$")


def portfolio_word(text: str, start: int, end: int) -> bool:
    """A word that completes the title before it: before a comma and a name (`portfolio_before_comma`),
    or alone after "of" ("Minister of Immigration and Corrections Agus Andrianto")."""
    if portfolio_before_comma(text, start, end):
        return True
    return bool(_OF_BEFORE.search(text, max(0, start - 4), start)) and " " not in text[start:end].strip()


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
        or bool(linking.NOMINAL_WORD.fullmatch(word))
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


def run_start(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """`after_title(text, start, end)`, or None when `within_title(text, start, end)`: both read
    the same title (the last one opening before `start`), found once for the run."""
    i = bisect.bisect_left(linking.title_starts(text), start) - 1
    if i < 0:
        return start, False
    s, e = linking.title_spans(text)[i]
    if s < start and end <= e:
        return None
    if s < start < e < end and text[e:end].strip():
        return e + len(text[e:end]) - len(text[e:end].lstrip()), True
    return start, False


def within_title(text: str, start: int, end: int) -> bool:
    """A run wholly inside a longer title that opened before it: "Coordinating Minister for [Human
    Development] and Culture Pratikno" names a portfolio, not a body."""
    i = bisect.bisect_left(linking.title_starts(text), start) - 1
    if i < 0:
        return False
    s, e = linking.title_spans(text)[i]
    return s < start and end <= e


_TITLE_LISTS = ("seat_titles", "fused_titles", "person_titles", "honorifics")


@cache
def _title_rules() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return (
        ("seat", "seat_titles", linking.phrase_regex("seat_titles")),
        ("fused", "fused_titles", linking.phrase_regex("fused_titles")),
        ("title", "person_titles", linking.title_regex()),
        ("honorific", "honorifics", linking.phrase_regex("honorifics")),
    )


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def opens_no_title(surface: str) -> tuple[bool, bool]:
    """(no title starts with the piece's first run of word characters, that run is the whole piece):
    `title_at`'s first test read off the piece alone, true of the text too where the run ends in it."""
    m = _WORD_RUN.match(surface)
    word = m.group() if m else ""
    return not may_start(_TITLE_LISTS, word.lower() if word.isascii() else None), len(word) == len(surface)


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
    if any(s <= c.start and c.end <= e and not _titled_head(text, s, c) for s, e in spans):
        return True
    # the anchored match first: it fails at most names, and then the window search is not needed
    return bool(_NAME_GOES_ON.match(text, c.end)) and bool(
        _MINISTER_OF.search(text, max(0, c.start - 120), c.start)
    )


def _titled_head(text: str, span_start: int, c: Cand) -> bool:
    """ "the company's chief executive [Daniel Ong] and Human Resources Minister Steven Sim": a name
    that a title before it vouched for opens the span and a list goes on: a holder, not a portfolio."""
    return c.source == "title" and c.start == span_start and text.startswith(" and ", c.end)


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


_ENVOY_LINK = re.compile(r" (?:untuk|ke|bagi|to)$")  # "Duta Besar Indonesia untuk Mesir"


def titled_before(doc: Doc, start: int) -> bool:
    """A person title ends before `start`, maybe with bodies, places and "(ACRONYM)"s between.

    "Ketua Badan Pengawas Pemilihan Umum (Bawaslu) Provinsi Bengkulu Parsadaan Harahap".
    """
    text = doc.text
    if not _title_end_near(text, start) and not _may_step_back(doc, start):
        return False  # the loop below would stay at `start`, where the window holds no title end
    pos = start
    for step in range(6):
        offset = max(0, pos - 200)
        before = text[offset:pos].rstrip(" \u00a0")
        if step == 0 and before.endswith(",") and doc.ends.get(offset + len(before) - 1) is not None:
            before = before[:-1]  # "Kepala Stasiun Klimatologi Jawa Tengah, Sukasno"
        if before.endswith(")") and 0 < before.rfind("(") > len(before) - 12:
            pos = offset + before.rfind("(")
            continue
        cand = doc.ends.get(offset + len(before))
        if cand is not None and cand.label in ("LOC", "ORG"):
            pos = cand.start
            continue
        link = _ENVOY_LINK.search(before, max(0, len(before) - 8)) if step > 0 else None
        if link is not None and (c := doc.ends.get(offset + link.start())) is not None and c.label == "LOC":
            pos = c.start  # "Duta Besar Indonesia untuk Mesir Lutfi Rauf": the envoy's posting
            continue
        break
    ends = linking.title_ends(text)
    if not _title_end_near(text, pos):
        return False  # no title ends in the window: every place tested below lies in it
    base = max(0, pos - 160)
    left = text[base:pos].rstrip().removesuffix(",")  # "Menteri Luar Negeri, Mohamad Hasan"
    for _ in range(3):  # "anggota politbiro Hamas X", "juru bicara sayap militer Hamas X"
        if base + len(left) in ends:
            return True
        word_start = lower_word_start(left, max(0, len(left) - 40))
        if word_start < 0 or pos - (base + word_start) > 40:
            return False
        left = left[:word_start].rstrip()
    return base + len(left) in ends


def _title_end_near(text: str, pos: int) -> bool:
    """A title ends in the window before `pos` (enough, and linear: titles sit within ~120 characters)."""
    ordered = linking.title_end_list(text)
    i = bisect.bisect_left(ordered, max(0, pos - 160))
    return i < len(ordered) and ordered[i] <= pos


def _may_step_back(doc: Doc, start: int) -> bool:
    """Whether `titled_before`'s first step moves back from `start` (over a place, a body or a
    bracket ending right before it), without copying the text before it."""
    text, low = doc.text, max(0, start - 200)
    end = start
    while end > low and text[end - 1] in " \u00a0":
        end -= 1
    if end > low and text[end - 1] == "," and end - 1 in doc.ends:
        end -= 1
    cand = doc.ends.get(end)
    return (end > low and text[end - 1] == ")") or (cand is not None and cand.label in ("LOC", "ORG"))
