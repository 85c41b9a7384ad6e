"""Helpers for passes over a text split into words: a per-word test remembered in sets, and
the offsets of the split's parts summed lazily.

The gazetteer and the title finder test every word of a text ("can an alias start here?"); the
same words recur within and across texts, and a set lookup per word beats a cached call per word.
Both need the offsets of the few words they match only: summing every part's length is wasted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import compress, filterfalse

_LIMIT = 200_000  # words remembered; past this the memo starts over (a long corpus run meets endless words)
_WORD_SPLIT = re.compile(r"(\w+)")
_JOINERS = frozenset("-'’")


@lru_cache(maxsize=4)
def word_parts(text: str) -> list[str]:  # shared by callers: never edit the list in place
    r"""`re.split(r"(\w+)", text)`: gap, word, gap, word, ..., gap. The gazetteer and the title finder
    read the same text, and the split is the dearest part of each: it is made once (do not change it)."""
    return _WORD_SPLIT.split(text)


@lru_cache(maxsize=4)
def joined_parts(text: str) -> list[str]:
    r"""`re.split(r"(\w+(?:[-'’]\w+)*)", text)`, from `word_parts`: two words with one hyphen or
    apostrophe between them are one ("al-Aqsa", "Indonesia's"). Do not change it."""
    parts = word_parts(text)
    inner = range(2, len(parts) - 1, 2)  # the gaps between two words
    joins = list(compress(inner, map(_JOINERS.__contains__, parts[2:-1:2])))
    if not joins:
        return parts
    out: list[str] = []
    last = 0  # parts[last:] are not in `out` yet
    for k in joins:
        if k - 1 >= last:  # word k - 1 opens a joined word
            out += parts[last:k]
        out[-1] += parts[k] + parts[k + 1]
        last = k + 2
    out += parts[last:]
    return out


class WordMemo:
    def __init__(self, test: Callable[[str], bool]) -> None:
        self.test = test
        self.seen: set[str] = set()
        self.yes: set[str] = set()  # the words of `seen` the test holds for

    def flags(self, words: list[str]) -> Iterator[bool]:
        """`map(test, words)`, testing each word not seen before once."""
        seen, yes = self.seen, self.yes  # this call's sets, even if another thread starts over
        if len(seen) > _LIMIT:
            seen, yes = self.seen, self.yes = set(), set()
        for word in filterfalse(seen.__contains__, words):
            if word not in seen:  # a new word twice in this text: tested once
                if self.test(word):
                    yes.add(word)
                seen.add(word)  # after `yes`: another thread never reads a seen word as a no
        return map(yes.__contains__, words)


class Offsets:
    """`offset(k)`: where part `k` of a split text starts, summed only as far as asked; cheapest
    when asked in increasing order (as a left-to-right scan does)."""

    def __init__(self, parts: list[str]) -> None:
        self.parts, self.k, self.at = parts, 0, 0

    def __call__(self, k: int) -> int:
        if k < self.k:
            return sum(map(len, self.parts[:k]))
        self.at += sum(map(len, self.parts[self.k : k]))
        self.k = k
        return self.at
