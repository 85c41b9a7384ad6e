"""Small text helpers shared by stages: sentence bounds and line iteration with offsets."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) before whitespace
# and an upper-case letter, digit or opening quote; or at a line break.
# Matched from the end mark itself (kept in its sentence by `_sentences`): one leading class lets
# `re` jump from mark to mark instead of trying a look-behind at every character.
_SENT_END = re.compile(r"[.!?…\n](?:(?<=\n)\n*|[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9]))")
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|dr|Dr|Prof|prof|Jl|Jln|No|no|St|Sdn|Bhd|Tn|Ny|Hj|H|Kol|Brigjen|Mayjen|Letjen|"
    r"Jend|Kombes|AKBP|AKP|Ir|Drs|Mr|Mrs|Ms|vs|dll|dsb|tsb|Bpk|Sdr|Yth|Kec|Kab|Prov|Rp|RM|Rs|Sen|Gen|"
    r"Lt|Col|Capt|Gov|Rep|Inc|Ltd|Co|U\.S|U\.N|Mohd|Muhd|Md|Abd|Sr|Snr|Jr|Comr|Comm|Supt|Insp|Asst|Adj|Sgt|Maj|Brig|Cmdr|Adm|"
    r"Cpl|Dep|Pol|Irjen|Komjen|Kompol|Iptu|Ipda)\.)$"
)


def abbreviation_dot(text: str, dot: int) -> bool:
    """The '.' at `dot` ends an abbreviation ("Sr. Comr. Bayu", "Dr. Ani"), not a sentence."""
    return bool(_ABBREV.search(text[max(0, dot - 11) : dot + 1]))


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans `(start, end)` over `text`, whitespace trimmed."""
    return list(_sentences(text))


# Every stage (and every evidence lookup) splits the same article text again: keep the last few.
@lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.start() if text[m.start()] == "\n" else m.start() + 1  # after the end mark
        if text[end : m.end()].strip("\n") and _ABBREV.search(text[max(0, end - 12) : end]):
            continue
        _append(text, start, end, spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return tuple(spans)


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@lru_cache(maxsize=16)
def _starts(text: str) -> list[int]:
    return [s for s, _ in _sentences(text)]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest run of whole sentences covering `[start, end)`.

    The sentences are sorted, disjoint and never empty: the one holding `start` and the one
    ending at or after `end` are found by bisection (the first wins when `end` comes before `start`).
    """
    spans, starts = _sentences(text), _starts(text)
    k_start = bisect_right(starts, start) - 1
    if k_start >= 0 and not start < spans[k_start][1]:
        k_start = -1
    k_end = bisect_left(starts, end) - 1
    if k_end >= 0 and not end <= spans[k_end][1]:
        k_end = -1
    s_out = spans[k_start][0] if k_start >= 0 and (k_end < 0 or k_start <= k_end) else start
    e_out = spans[k_end][1] if k_end >= 0 else end
    return s_out, max(e_out, s_out)


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    """Each line of `text` as `(start, end, line)`, without its newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1
