"""Small text helpers shared by stages: sentence bounds and line iteration with offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) before whitespace
# and an upper-case letter, digit or opening quote; or at a line break.
_SENT_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n+")
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|dr|Dr|Prof|prof|Jl|Jln|No|no|St|Sdn|Bhd|Tn|Ny|Hj|H|Kol|Brigjen|Mayjen|Letjen|"
    r"Jend|Kombes|AKBP|AKP|Ir|Drs|Mr|Mrs|Ms|vs|dll|dsb|tsb|Bpk|Sdr|Yth|Kec|Kab|Prov|Rp|RM|Rs|Sen|Gen|"
    r"Lt|Col|Capt|Gov|Rep|Inc|Ltd|Co|U\.S|U\.N)\.)$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans `(start, end)` over `text`, whitespace trimmed."""
    return list(_sentences(text))


# Every stage (and every evidence lookup) splits the same article text again: keep the last few.
@lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group(0).strip("\n") and _ABBREV.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        _append(text, start, m.start(), spans)
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


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest run of whole sentences covering `[start, end)`."""
    s_out, e_out = start, end
    for s, e in _sentences(text):
        if s <= start < e or (s == start == e):
            s_out = s
        if s < end <= e:
            e_out = e
            break
    return s_out, max(e_out, s_out)


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    """Each line of `text` as `(start, end, line)`, without its newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1
