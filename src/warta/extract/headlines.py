"""Title Case lines (headlines): names guessed there from capitals alone are dropped."""

from __future__ import annotations

import bisect
import re

from warta.extract import heads, linking
from warta.extract.linking import Cand, Doc

_TITLE_CASE_WORD = re.compile(r"\b[^\W\d_][\w'’-]*")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines): capitals there say nothing about names."""
    out = []
    pos = 0
    for line in text.split("\n"):
        prose = line.rstrip().endswith((".", ".”", '."'))  # a sentence, however many names it holds
        words = [] if prose else [w for w in _TITLE_CASE_WORD.findall(line) if len(w) >= 3]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def drop_headline_guesses(doc: Doc) -> None:
    """Names guessed from capitals in a Title Case line; coreference may bring them back."""
    lines = _title_case_lines(doc.text)
    starts = [s for s, _ in lines]
    keep = [c for c in doc.cands if not _inside(lines, starts, c.start) or _sure(c, doc.text)]
    if len(keep) < len(doc.cands):  # else resetting would rebuild the same spans (most articles)
        doc.reset(keep)


def _inside(lines: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """`any(s <= pos < e for s, e in lines)`: the lines are sorted and disjoint, so only the last one
    starting at or before `pos` can hold it."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < lines[i][1]


def _sure(c: Cand, text: str) -> bool:
    """A known name, unless it is one ordinary word ("Bersatu", "Harapan") that Title Case capitalised,
    or words the article writes in lower case elsewhere ("Tambang Batu Bara": "tambang batu bara")."""
    if not (c.link.known or c.source == "gaz") or _written_lower(c.text, text):
        return False
    word = c.text.casefold()
    return (
        " " in c.text.strip()
        or c.text.isupper()
        or not (heads.common(word) or word in linking.word_set("common_words"))
    )


def _written_lower(name: str, text: str) -> bool:
    low = name.lower()
    return low != name and re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text) is not None
