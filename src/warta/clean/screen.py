"""A quick, exact 'could any line rule match this line?' test, so most body lines skip the rules.

Two cheap facts are read off each rule's parsed pattern (`re._parser`):

* a rule anchored at the line start can only match a line whose first character is in its set of
  possible first characters (a class of pieces: `b`, `\\d`, `a-z`). The rules that can start with
  a given character are joined into one pattern, cached per character.
* any other rule (unanchored, or anchored with no such set: `^.{0,40}`) needs one of a few
  literal strings somewhere in the line ("foto", "subscribe", "/"): a lower-cased line without
  any of them is not searched with that rule.

Both only skip rules that cannot match, so the answer is the same as trying every rule. Case: the
rules are case-insensitive; a first-character test goes through `re` itself, and the literal test
runs on `line.lower()` only for literals without cased non-ASCII characters, on lines without the
few non-ASCII letters that `re` folds onto ASCII ones (U+0130, U+0131, U+017F, U+212A).
"""

from __future__ import annotations

import re
import re._constants as sre  # private but stable; a pattern it cannot read is simply always tried
import re._parser as sre_parse
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")  # group numbers shift when patterns are joined
_CACHE_LIMIT = 4096  # distinct first characters remembered (each a joined pattern)
Items = list[tuple[Any, Any]]


class RuleScreen:
    """`could_match(line)` is True whenever one of `patterns` (case-insensitive) matches `line`."""

    def __init__(self, patterns: list[re.Pattern[str]]):
        self._anchored: list[tuple[re.Pattern[str], str]] = []
        # (strings one of which a match contains, or None; the test: `search`, or `match` if anchored)
        self._gated: list[tuple[tuple[str, ...] | None, Callable[[str], object]]] = []
        for pattern in patterns:
            items = _items(pattern)
            anchored = bool(items) and items[0] == (sre.AT, sre.AT_BEGINNING)  # type: ignore[index]
            first = _first_chars(items[1:]) if items and anchored else None
            if first and not _BACKREF.search(pattern.pattern):
                gate = re.compile(f"[{''.join(sorted(first))}]", re.I)
                self._anchored.append((gate, pattern.pattern))
            else:
                test = pattern.match if anchored else pattern.search
                self._gated.append((_needed_literals(items) if items else None, test))
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        try:
            self._join([src for _, src in self._anchored])
        except re.error:  # e.g. one group name in two rules: every rule on its own
            self._gated += [(None, re.compile(src, re.I).match) for _, src in self._anchored]
            self._anchored = []
        self._always = [test for needed, test in self._gated if needed is None]
        self._gated = [(needed, test) for needed, test in self._gated if needed is not None]
        # each needed string and the gated rules it lets through: a line is tried only with the rules
        # whose strings it holds (a nested generator per rule costs more than the `in` tests)
        by_string: dict[str, list[int]] = {}
        for k, (needed, _) in enumerate(self._gated):
            for s in needed or ():
                by_string.setdefault(s, []).append(k)
        self._by_string = tuple(sorted((s, tuple(ks)) for s, ks in by_string.items()))

    def could_match(self, line: str) -> bool:
        joined = self._for_char(line[0]) if line else self._join([src for _, src in self._anchored])
        if joined is not None and joined.match(line):
            return True
        if any(test(line) for test in self._always):
            return True
        if not self._gated:
            return False
        if line.isascii() or not _FOLDS_TO_ASCII.search(line):
            low = line.lower()
            # `in` per string beats one regex of them all; most lines hold none of them
            found = {k for s, ks in self._by_string if s in low for k in ks}
            gated = self._gated
            return any(gated[k][1](line) for k in sorted(found))
        return any(test(line) for _, test in self._gated)

    def _for_char(self, head: str) -> re.Pattern[str] | None:
        """The anchored rules that can start with `head`, joined (cached per character)."""
        if head in self._by_char:
            return self._by_char[head]
        joined = self._join([src for gate, src in self._anchored if gate.match(head)])
        if len(self._by_char) < _CACHE_LIMIT:
            self._by_char[head] = joined
        return joined

    @staticmethod
    def _join(sources: list[str]) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{s})" for s in sources), re.IGNORECASE) if sources else None


def _items(pattern: re.Pattern[str]) -> Items | None:
    """The top-level items of a pattern with no flag but IGNORECASE, else None."""
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        return None
    try:
        return list(sre_parse.parse(pattern.pattern, pattern.flags))
    except re.error:
        return None


def _nullable(items: Items) -> bool:
    """Whether `items` may match the empty string (True when unsure: look-arounds, anchors)."""
    return all(_item_nullable(op, arg) for op, arg in items)


def _item_nullable(op: Any, arg: Any) -> bool:
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        return False
    if op is sre.MAX_REPEAT or op is sre.MIN_REPEAT:
        return bool(arg[0] == 0) or _nullable(list(arg[2]))
    if op is sre.SUBPATTERN:
        return _nullable(list(arg[3]))
    if op is sre.BRANCH:
        return any(_nullable(list(b)) for b in arg[1])
    return True


def _first_chars(items: Items) -> set[str] | None:
    """What a match of `items` can start with, as character-class pieces (`a`, `\\d`, `0-9`), or
    None when unknown (`.`, a negated class, a look-around, a sequence that can match empty)."""
    out: set[str] = set()
    for op, arg in items:
        first = _item_first(op, arg)
        if first is None:
            return None
        out |= first
        if not _item_nullable(op, arg):
            return out
    return None


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def _item_first(op: Any, arg: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {re.escape(chr(arg))}
    if op is sre.IN:
        return _class_pieces(arg)
    if op is sre.SUBPATTERN:
        return None if arg[1] or arg[2] else _first_chars(list(arg[3]))
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:
            first = _first_chars(list(branch))
            if first is None:
                return None
            out |= first
        return out
    if op is sre.MAX_REPEAT or op is sre.MIN_REPEAT:
        return _first_chars(list(arg[2]))
    return None


def _class_pieces(arg: Any) -> set[str] | None:
    out: set[str] = set()
    for kind, value in arg:
        if kind is sre.LITERAL:
            out.add(re.escape(chr(value)))
        elif kind is sre.RANGE:
            out.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind is sre.CATEGORY and value in _CATEGORIES:
            out.add(_CATEGORIES[value])
        else:  # a negated class cannot join a union of pieces
            return None
    return out


def _literal_set(arg: Any) -> set[str] | None:
    items = list(arg)
    if all(kind is sre.LITERAL for kind, _ in items):
        return {chr(c) for _, c in items}
    return None


def _needed_literals(items: Items) -> tuple[str, ...] | None:
    """Lower-case strings (of `_plain` characters) one of which every match contains (the most selective such list
    found), or None."""
    best = _best(_needs(items))
    return None if best is None else tuple(sorted({s.lower() for s in best}))


def _best(options: list[set[str]]) -> set[str] | None:
    """The option a line is least likely to satisfy: punctuation is rarer in prose than letters."""
    usable = [o for o in options if o and all(s and all(map(_plain, s)) for s in o)]
    return min(usable, key=_chance) if usable else None


def _chance(option: set[str]) -> float:
    """A rough chance that a line holds one of `option`: a piece of a function word ("dari", "ap"
    in "apa") is everywhere, a longer string or punctuation less so."""
    return sum(
        1.0 if s in _common_text() else 30.0 ** -(len(s) + sum(not c.isalnum() for c in s)) for s in option
    )


@cache
def _common_text() -> str:
    text = resources.files("warta.knowledge").joinpath("stopwords.txt").read_text(encoding="utf-8")
    return " ".join(ln for ln in text.splitlines() if not ln.startswith("#"))


def _plain(ch: str) -> bool:
    """ASCII, or a character without case (no other character folds onto it: '©', '–')."""
    return ch.isascii() or (not ch.isalpha() and ch.lower() == ch == ch.upper())


def _needs(items: Items) -> list[set[str]]:
    """For the items of a sequence that every match goes through, the strings one of which each
    matches; a run of plain characters is one string."""
    needs: list[set[str]] = []
    run = ""
    for op, arg in items:
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        if run:
            needs.append({run})
            run = ""
        if op is sre.IN and (chars := _literal_set(arg)) is not None:
            needs.append(chars)
        elif op is sre.BRANCH:
            per_branch = [_best(_needs(list(b))) for b in arg[1]]
            if all(b is not None for b in per_branch):
                needs.append(set().union(*per_branch))  # type: ignore[arg-type]
        elif op is sre.SUBPATTERN and not (arg[1] or arg[2]):
            needs += _needs(list(arg[3]))
        elif (op is sre.MAX_REPEAT or op is sre.MIN_REPEAT) and arg[0] >= 1:
            needs += _needs(list(arg[2]))
    if run:
        needs.append({run})
    return needs
