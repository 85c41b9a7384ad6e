"""The sentence splitter's mark-first scan ends sentences exactly where the look-behind rule does."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.text import _ABBREV, _append, _sentences

# The rule as first written: a look-behind for the end mark, tried at every character.
_RULE = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n+")


def _reference(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _RULE.finditer(text):
        if m.group(0).strip("\n") and _ABBREV.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        _append(text, start, m.start(), spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return tuple(spans)


_PIECES = [
    ".",
    "!",
    "?",
    "…",
    '"',
    "'",
    "”",
    "’",
    ")",
    "]",
    " ",
    "\n",
    "\t",
    "A",
    "a",
    "1",
    "“",
    "‘",
    "(",
    "Dr",
    "Jl",
    "U.S",
    "\xa0",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_text_sentences_match_lookbehind_rule(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _sentences.__wrapped__(text) == _reference(text)


def test_text_sentences_match_lookbehind_rule_on_gold(all_gold: list[dict[str, Any]]) -> None:
    for rec in all_gold:
        assert _sentences.__wrapped__(rec["text"]) == _reference(rec["text"])
