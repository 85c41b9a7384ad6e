"""Helpers for passes over a text split into words: a per-word test remembered in sets, and
the offsets of the split's parts summed lazily.

The gazetteer and the title finder test every word of a text ("can an alias start here?"); the
same words recur within and across texts, and a set lookup per word beats a cached call per word.
Both need the offsets of the few words they match only: summing every part's length is wasted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import filterfalse

_LIMIT = 200_000  # words remembered; past this the memo starts over (a long corpus run meets endless words)


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
                seen.add(word)
                if self.test(word):
                    yes.add(word)
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
