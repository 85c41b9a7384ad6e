"""Where a person's name starts when the NER model's span leaves out a given name (helpers of `names`)."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.extract import linking
from warta.extract.heads import common

_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def given_name_before(text: str, start: int, person_at: int) -> int:
    """ "Lembaga Survei Nasional" + "Rizky" + "Darmawan" (the NER model's person): a name word after
    an ordinary word that ends the body ("Nasional") is the person's given name."""
    m = _WORD_BEFORE.search(text, max(start, person_at - 30), person_at)
    if m is None or m.start(1) <= start or common(m.group(1)) or not m.group(1)[:1].isupper():
        return person_at
    before = _WORD_BEFORE.search(text, max(start, m.start(1) - 30), m.start(1))
    return m.start(1) if before is not None and common(before.group(1)) else person_at


def prefixed(text: str, lo: int, s: int) -> int:
    """ "Mohd" + "Rizal Hamzah" (the NER model's person): a given-name prefix right before, inside the
    same run (from `lo`), belongs to the name."""
    prefixes = linking.word_set_exact("name_prefixes")
    while (m := _WORD_BEFORE.search(text, max(lo, s - 12), s)) and m.group(1) in prefixes:
        s = m.start(1)
    return s


def repeated(text: str, word: str) -> bool:
    """`text.count(word) > 1` (`word` occurs in the text): stops at the second occurrence. A word
    seldom repeated scans the whole text, and several passes ask about the same words: remembered."""
    memo = _repeats(text)
    found = memo.get(word)
    if found is None:
        found = memo[word] = text.find(word, text.find(word) + len(word)) >= 0
    return found


@lru_cache(maxsize=4)
def _repeats(text: str) -> dict[str, bool]:
    """The text's words asked about so far -> `repeated` (one dict per article text)."""
    return {}


_AGE_AFTER = re.compile(r"(?:, (?:[1-9]\d)(?:,| tahun\b)| \((?:[1-9]\d)\))")


def aged(text: str, end: int) -> bool:
    """A name followed by its age ("Teoh Kah Seng, 52,", "I Made Suardana (58)"): a person."""
    return _AGE_AFTER.match(text, end) is not None


_NOUN_BEFORE = re.compile(r"(?:^|[\s(])([a-z]+) $")
_TITLE_CASE = re.compile(r"[A-Z][a-z][\w'’-]*")


def after_person_noun(text: str, start: int, end: int) -> bool:
    """Two to four Title Case words right after a lower-case noun for a person ("challenger Kamarul
    Zaman Idris", "penantang Budi Santoso"): a person even when the NER model misses the name."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 4 or not all(_TITLE_CASE.fullmatch(w) for w in words):
        return False
    m = _NOUN_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1) in linking.word_set("person_nouns")


_SPEECH_WORDS = (
    *("kata", "ujar", "ucap", "ungkap", "jelas", "tutur", "tegas", "terang", "imbuh", "tambah", "sebut"),
    *("menurut", "said", "says", "told", "according to"),
)
_SPEECH_BEFORE = re.compile(rf"(?:^|\s)(?:{'|'.join(_SPEECH_WORDS)})\s*$", re.IGNORECASE)
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|menyebut|berkata|mengakui|"
    r"said|says|told|menambahkan|kata|katanya|ujarnya|acknowledged|admitted|stressed|explained|added|urged)\b",
    re.IGNORECASE,
)
_COMMA = re.compile(r"\s*,\s*")
_PLACE_PREP = re.compile(r"(?:^|\s)(?:at|in|from|di|dari)\s+$")
_ARTICLE = re.compile(r"(?:a|an|the|seorang|salah seorang)\s+")
_LOWER_WORD = re.compile(r"[a-z]+")


def _person_noun_at(text: str, pos: int) -> bool:
    word = _LOWER_WORD.match(text, pos)
    return word is not None and word.group(0) in linking.word_set("person_nouns")


def speech_context(text: str, start: int, end: int, min_words: int = 2) -> bool:
    """A verb of saying or an appositive next to a name: "Osama Hamdan, yang mewakili ..."."""
    words = len(text[start:end].split())
    if words < min_words or _PLACE_PREP.search(text, max(0, start - 8), start):
        return False  # "Analysts at Mandiri Sekuritas said": the speakers are at the place or body
    after = text[end : end + 40]
    if _SPEECH_AFTER.match(after):
        return True
    if words >= 2 and _appositive(after):  # an appositive vouches for a name of two words at least
        return True
    return _speech_before(text[max(0, start - 20) : start])


def _appositive(after: str) -> bool:
    """ "..., yang ...", "..., a lawmaker from ...", "..., Menteri ...": a role right after the name."""
    m = _COMMA.match(after)
    if m is not None and (article := _ARTICLE.match(after, m.end())) is not None:
        m = article  # "Rahmat Hidayatullah, a lawmaker from ...": the role after its article
    return m is not None and bool(
        after[m.end() :].startswith("yang ")
        or linking.title_regex().match(after, m.end())
        or _person_noun_at(after, m.end())
    )


def _speech_before(window: str) -> bool:
    """`_SPEECH_BEFORE` searched in `window`; an ASCII window ends with one of the words when it
    matches (lower() folds ASCII as IGNORECASE does): the literal test first, the regex after."""
    if window.isascii() and not window.rstrip().lower().endswith(_SPEECH_WORDS):
        return False
    return _SPEECH_BEFORE.search(window) is not None
