"""Cheap tests before a word list's big phrase regex: can any of its phrases start here at all?

`titles.title_at` tries four long alternations (titles, fused titles, seats, honorifics) at every
word of every capitalised run; most words open none of their phrases, and their first word (or
two letters) tells. Also the lower-case word ending a text, found without a slow `$` regex.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _openings(name: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """Lower-cased first two characters of the list's phrases (first one alone where the second is
    a space or the phrase is one character); None when a phrase opens with a non-ASCII character."""
    from warta.extract.linking import word_list  # linking uses this module too

    pairs, singles = set(), set()
    for phrase in word_list(name):
        head = phrase[:2].lower()
        if not head.isascii():
            return None
        if len(head) < 2 or head[1].isspace():
            singles.add(head[:1])
        else:
            pairs.add(head)
    return frozenset(pairs), frozenset(singles)


def may_open(name: str, text: str, pos: int) -> bool:
    """False only when no phrase of the list can match (case-insensitively) at `pos`: a cheap test
    before the list's big regex. Text that is not ASCII there is always left to the regex (its case
    rules reach beyond ASCII: "K" the kelvin sign is a "k")."""
    found = _openings(name)
    head = text[pos : pos + 2]
    if found is None or not head.isascii():
        return True
    head = head.lower()
    return head in found[0] or head[:1] in found[1]


_WORD = re.compile(r"\w+")


@cache
def _first_words(names: tuple[str, ...]) -> frozenset[str] | None:
    """Lower-cased first word (run of word characters) of each phrase of the lists; None when a
    phrase is not ASCII or opens with no word character (then only the regex can tell)."""
    from warta.extract.linking import word_list

    out = set()
    for phrase in (p for name in names for p in word_list(name)):
        m = _WORD.match(phrase)
        if m is None or not phrase.isascii():
            return None
        out.add(m.group().lower())
    return frozenset(out)


def word_at(text: str, pos: int) -> str | None:
    """The lower-cased run of word characters at `pos` ("" when none); None when it is not ASCII."""
    m = _WORD.match(text, pos)
    word = m.group() if m else ""
    return word.lower() if word.isascii() else None


def may_start(names: tuple[str, ...], word: str | None) -> bool:
    """False only when no phrase of the lists can match where `word_at` read `word`: a phrase's first
    word ends where the text's word does (a space, punctuation or the phrase's end follows it, and
    the list regexes end on a word boundary), so the two must be equal."""
    first = _first_words(names)
    return word is None or first is None or word in first


LOWER_WORD_BEFORE = re.compile(r"(?<![\w.])[a-z][a-z-]*$")  # what `lower_word_start` answers
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_LOWER_HYPHEN = _LOWER | {"-"}


def lower_word_start(left: str, lo: int) -> int:
    """Where `LOWER_WORD_BEFORE.search(left, lo)` matches (the lower-case word ending `left`), or -1:
    the same answer without trying the regex at every position of the window."""
    n = len(left) - 1 if left.endswith("\n") else len(left)  # "$" also matches before a final newline
    q = n
    while q > 0 and left[q - 1] in _LOWER_HYPHEN:
        q -= 1
    for p in range(max(q, lo), n):
        if left[p] in _LOWER and (p == 0 or not (left[p - 1].isalnum() or left[p - 1] in "_.")):
            return p
    return -1


_DOMESTIC = re.compile(r"\b[Dd]alam\s+$")


def domestic(text: str, start: int, surface: str) -> bool:
    """ "Negeri Kasar" of "Keluaran Dalam Negeri Kasar": after "dalam", "negeri" means domestic."""
    return (
        surface.split()[0].casefold() == "negeri"
        and _DOMESTIC.search(text, max(0, start - 8), start) is not None
    )
