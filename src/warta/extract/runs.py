"""Capitalised runs of a text (candidate names) and the lazy, sentence-wise NER lookups.

A run is a sequence of capitalised words, initials and name connectors ("bin", "a/l"); runs are
found once per article and split around mentions already taken. The NER model runs only on the
sentences a piece of a run needs it for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from warta.extract.heads import trim
from warta.extract.linking import Doc, phrase_regex
from warta.model import Mention
from warta.text import sentences

# The rest of a name word; an English possessive "'s" is not part of it ("Bank Indonesia's").
_REST = r"(?:[\w-]|['’](?!s\b))*"
# A word of a name: capitalised ("Abu", "PBB", "Be'eri"), an initial ("M."), or an Arabic
# article glued to a capitalised word ("al-Arouri").
_NAME_WORD = (
    rf"(?:(?:al|el|ad|ar|as|ash|an|at)[-‘’'][A-Z]{_REST}|(?:Jl|Jln|Kab|Kec|Kel|Prov)\.|[A-Z]\.|[A-Z]{_REST})"
)
CONNECT = r"(?:bin|binti|bte|ibn|van|von|der|de|da|dos|a/l|a/p)"
RUN = re.compile(rf"{_NAME_WORD}(?:[ \u00a0]+(?:{CONNECT}[ \u00a0]+)?{_NAME_WORD})*")


class Ner:
    """The NER model's mentions, computed sentence by sentence and only for sentences that need them."""

    def __init__(self, text: str, recognize: Callable[[str], list[Mention]] | None) -> None:
        self.text = text
        self.recognize = recognize
        self.bounds: dict[int, int] = {}  # sentence start -> end, fixed by the first piece asking
        self.lines: dict[int, list[Mention]] = {}
        self.paragraphs: dict[int, tuple[int, list[tuple[int, int]]]] = {}  # line start -> end, sentences

    def reserve(self, start: int, end: int) -> int:
        """The start of the sentence holding `start`; its end is fixed here, the model runs later."""
        line_start = self.text.rfind("\n", 0, start) + 1
        found = self.paragraphs.get(line_start)
        if found is None:
            line_end = self.text.find("\n", start)
            line_end = line_end if line_end >= 0 else len(self.text)
            found = self.paragraphs[line_start] = (line_end, sentences(self.text[line_start:line_end]))
        line_end, spans = found
        # The sentence holding the name, not its whole paragraph: the CRF reads one sentence at a
        # time anyway, and most paragraphs hold several sentences nothing asks about.
        s_start, s_end = line_start, line_end
        for a, b in spans:
            if line_start + a <= start < line_start + b + 1:
                s_start, s_end = line_start + a, max(line_start + b, end)
                break
        self.bounds.setdefault(s_start, s_end)
        return s_start

    def overlapping(self, start: int, end: int) -> list[Mention]:
        if self.recognize is None:
            return []
        s_start = self.reserve(start, end)
        found = self.lines.get(s_start)
        if found is None:
            found = self.lines[s_start] = [
                Mention(m.start + s_start, m.end + s_start, m.text, m.label)
                for m in self.recognize(self.text[s_start : self.bounds[s_start]])
            ]
        return [m for m in found if m.start < end and m.end > start]


@lru_cache(maxsize=4)
def run_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every capitalised run of the text, found once per article (several passes read them)."""
    return tuple((m.start(), m.end()) for m in RUN.finditer(text))


def runs(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised runs not covered by an earlier mention, split where one sits inside."""
    out: list[tuple[int, int]] = []
    taken = doc.taken  # kept sorted and non-overlapping by Doc.add
    ends = [e for _, e in taken]
    for run_start, run_end in run_spans(doc.text):
        start = run_start
        for s, e in taken[bisect.bisect_right(ends, start) :]:
            if s >= run_end:
                break
            if e <= start:
                continue
            if s > start:
                out.append((start, s))
            start = max(start, e)
        if start < run_end:
            out.append((start, run_end))
    return _join_bodies(doc.text, [(s, e) for s, e in (trim(doc.text, s, e) for s, e in out) if e > s])


_JOINER = re.compile(r" (?:dan|and|of|&) ")


_LIST_TAIL = re.compile(r"(?:, [A-Z][\w-]+)+,? (?:dan|and|&) [A-Z][\w-]+\b")


def _join_bodies(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Jabatan Pengairan" + "dan" + "Saliran": one body's name when the first part has a head word;
    so is "Badan Meteorologi, Klimatologi, dan Geofisika" (a listed name)."""
    out: list[tuple[int, int]] = []
    upto = -1
    for s, e in spans:
        joined = (
            out
            and _JOINER.fullmatch(text[out[-1][1] : s])
            and phrase_regex("org_heads").search(text, out[-1][0], out[-1][1]) is not None
        )
        if out and (e <= upto or joined):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
            m = _LIST_TAIL.match(text, e)
            has_head = m is not None and phrase_regex("org_heads").search(text, s, e) is not None
            upto = m.end() if m and has_head else -1
    return out
