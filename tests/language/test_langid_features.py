"""`span_words` (the stage's tokeniser) gives exactly `words` of each span."""

from __future__ import annotations

from typing import Any

from warta.langid.features import _BLANKED, WORD, span_words, words

_OWN = [
    "“Kami siap,” kata Ali — 20 warga… tiba",
    "Café owners met in Zürich; ΟΔΟΣ.Β and ΑΣ'Β stay Greek",
    "İstanbul KELVIN \u212a sign, and\xa0non-breaking spaces",
    "",
    "plain ascii, with digits 2024 and under_scores",
]


def test_langid_span_words_match_words(all_gold: list[dict[str, Any]]) -> None:
    texts = [r["text"] for r in all_gold] + _OWN + ["\n".join(_OWN)]
    for text in texts:
        spans, pos = [], 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        spans.append((0, len(text)))
        assert span_words(text, spans) == [words(text[a:b]) for a, b in spans]


def test_langid_blanked_characters_are_not_word_letters() -> None:
    assert not any(WORD.search(c) for c in _BLANKED)
    assert all(c.lower() == c for c in _BLANKED)
