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
