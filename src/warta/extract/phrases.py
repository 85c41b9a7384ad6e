"""A cheap test before a word list's big phrase regex: can any of its phrases start here at all?

`names.title_at` tries four long alternations (titles, fused titles, seats, honorifics) at every
word of every capitalised run; most words open none of their phrases, and two letters tell.
"""

from __future__ import annotations

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
