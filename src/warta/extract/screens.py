"""Cheap per-article screens run before a pass's whole-text regex: a text that holds none of the
literals every match needs has no match, so the pass is skipped (most passes find nothing in most
articles, and a regex opening with `\\b` or a lookbehind makes Python try it at every position)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Characters outside ASCII that an IGNORECASE pattern's ASCII letter matches and that are upper case
# ("İ" lowers to "i", the Kelvin sign to "k"): a screen for capitalised words must admit them too.
_UPPER_EXTRA = {"i": "\u0130", "k": "\u212a"}


def present(text: str, literals: Iterable[str]) -> bool:
    """Some literal occurs in the text."""
    return any(lit in text for lit in literals)


def shared_word(phrases: Iterable[str]) -> tuple[str, ...]:
    """A word every phrase holds ("Court" of "High Court", "Sessions Court"), else the phrases:
    literals one of which every match of the phrases holds."""
    phrases = tuple(phrases)
    common = set.intersection(*(set(p.split()) for p in phrases)) if phrases else set()
    return (min(common),) if common else phrases


def capitalised(words: Iterable[str]) -> re.Pattern[str]:
    """A fast pattern finding any of `words` (lower case, opening with an ASCII letter) written
    case-insensitively with a capital first letter: a superset of where an IGNORECASE pattern of the
    words matches a capitalised word. Each alternative opens with a literal, so Python scans for
    those first."""
    alts = []
    for w in sorted(set(words), key=len, reverse=True):
        if not (w[:1].isascii() and w[:1].isalpha()):
            return re.compile("")  # other capitals may match it case-insensitively: screen nothing out
        first, rest = w[0], re.escape(w[1:])
        for cap in (first.upper(), _UPPER_EXTRA.get(first, "")):
            if cap:
                alts.append(f"{re.escape(cap)}(?i:{rest})" if rest else re.escape(cap))
    return re.compile("|".join(alts))


def anchored_finditer(rx: re.Pattern[str], anchor: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a regex that never matches the empty string and whose every match
    holds a match of `anchor` with only word characters, apostrophes, hyphens and spaces before it
    in the match ("the Shah Alam Sessions Court": "Court"). Each search starts where that stretch
    before the next anchor starts, not at every capital of the text (where a regex opening with an
    optional name is tried otherwise): the next match cannot start earlier, so none is skipped."""
    pos = 0
    while (hit := anchor.search(text, pos)) is not None:
        start = hit.start()
        while start > pos and (text[start - 1].isalnum() or text[start - 1] in "_'’- "):
            start -= 1
        m = rx.search(text, start)
        if m is None:
            return
        yield m
        pos = m.end()


def spaces_after(words: Iterable[str]) -> re.Pattern[str]:
    """The space after a whole word of `words` (lower-case letters, `\\b` before it) when a capital
    follows: where every match of `\\b(?:words) [A-Z]...` has its first space. The pattern opens
    with a literal space, so Python looks at spaces only, not at every position of the text."""
    by_width: dict[int, list[str]] = {}
    for w in words:
        by_width.setdefault(len(w), []).append(re.escape(w))
    behind = "|".join(rf"(?<=\b(?:{'|'.join(ws)}) )" for ws in by_width.values())
    return re.compile(rf" (?=[A-Z])(?:{behind})")


def word_led_finditer(
    rx: re.Pattern[str], words: tuple[str, ...], spaces: re.Pattern[str], text: str
) -> list[re.Match[str]]:
    """`rx.finditer(text)` for a regex whose every match opens with a whole word of `words`, a space
    and a capital (`spaces` = `spaces_after(words)`): tried only where such a word stands, in order,
    each from where the last match ended, as `finditer` does."""
    starts = []
    for hit in spaces.finditer(text):
        q = hit.start()
        starts += [q - len(w) for w in words if text.startswith(w, q - len(w))]
    out: list[re.Match[str]] = []
    last = 0
    for p in sorted(set(starts)):
        if p >= last and (m := rx.match(text, p)) is not None:
            out.append(m)
            last = m.end()
    return out
