"""Whole-text `finditer` for word-start patterns that tries the pattern only where a match can start.

A case-insensitive pattern like `(?<![\\w-])(?=[abc])(?:cue|phrases)` is tried by `re` at every
character of the text, each branch letter by letter. A screen `[^\\w-](?=first)` (the character
before the word, then the first word of some entry) runs case-sensitively over the lower-cased text,
where `re` skips a branch on its first letter; the pattern is matched only at its rare hits.

Same matches as `pattern.finditer(text)` whenever every match of the pattern starts at the text's
start or right after a character of `[^{before}]`, with one of the first words as a literal prefix:
every such position is a screen hit, and matches are taken in order without overlaps, as `finditer`
takes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import chain

from warta.alternation import alternation
from warta.extract.attribution import word_list, word_regex

# Characters other than A-Z that `re.I` matches to a-z but lower() leaves alone.
_FOLDING = ("\u0131", "\u017f")
# Up to this many first words, `str.find` for each beats one regex scan of the text.
_FEW = 12
Screen = re.Pattern[str] | tuple[str, ...] | None  # None: no screen, the plain scan


def screen(first_words: Iterable[str], before: str = r"\w-", also: str = "") -> re.Pattern[str] | None:
    """Hits right after a character outside `[before]` where one of `first_words` (or the pattern
    `also`) opens, in lower-case text: case-sensitive literals let `re` skip branches on their first letter.
    None when a word is not ASCII (lower() of the text folds only ASCII as `re.I` does): scan plainly."""
    words = sorted({w.lower() for w in first_words}, key=len, reverse=True)
    if not all(w.isascii() for w in words):
        return None
    alts = alternation((re.escape(w) for w in words), ignore_case=False)
    # `[^{before}]` widened to every character but the ASCII ones it leaves out: a class of plain
    # ranges that `re` skips through far faster than a Unicode `\w` test. The extra hits (after a
    # non-ASCII letter) are harmless: there `finditer` takes what the pattern itself matches, as
    # `pattern.finditer` does.
    wide = before.replace(r"\w", "a-zA-Z0-9_")
    return re.compile(rf"[^{wide}](?=(?:{also + '|' if also else ''}{alts}))")


def finditer(pattern: re.Pattern[str], screen: Screen, text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying the pattern at the text's start and at `screen`'s hits only
    (a tuple of lower-case words: wherever one of them occurs)."""
    low = text.lower()
    if screen is None or len(low) != len(text) or any(c in text for c in _FOLDING):
        yield from pattern.finditer(text)  # offsets move, or `re.I` folds a letter that lower() keeps
        return
    end = 0  # where the last match ended: the next one starts there or later
    hits = occurrences(low, screen) if isinstance(screen, tuple) else (h.end() for h in screen.finditer(low))
    for pos in chain((0,), hits):
        m = pattern.match(text, pos) if pos >= end else None
        if m:
            yield m
            end = max(m.end(), pos + 1)


def occurrences(low: str, words: tuple[str, ...]) -> list[int]:
    """Every offset where one of `words` occurs in `low` (`str.find` beats a regex scan for a few words)."""
    found: set[int] = set()
    for w in words:
        at = low.find(w)
        while at >= 0:
            found.add(at)
            at = low.find(w, at + 1)
    return sorted(found)


def first_words(entries: Iterable[str]) -> set[str]:
    """The first word of each list entry (`word_regex` reads entry spaces as `\\s+`)."""
    return {w.split(" ", 1)[0] for w in entries}


@cache
def _list_screen(filename: str) -> Screen:
    words = first_words(word_list(filename))
    if not all(w.isascii() for w in words):
        return None  # lower() of the text folds only ASCII as `re.I` does
    if len(words) <= _FEW:
        return tuple(sorted(words))
    return screen(words)


def word_finditer(filename: str, text: str) -> Iterator[re.Match[str]]:
    """`word_regex(filename).finditer(text)` over the whole text, faster."""
    return finditer(word_regex(filename), _list_screen(filename), text)
