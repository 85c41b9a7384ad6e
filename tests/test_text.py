"""Sentence splitting is memoised per text: callers must still get the same, independent answers."""

from __future__ import annotations

from typing import Any

from warta.text import _sentences, sentence_bounds, sentences


def test_text_sentences_cached_result_is_a_fresh_list(seed_gold: list[dict[str, Any]]) -> None:
    text = seed_gold[0]["text"]
    first = sentences(text)
    first.clear()  # a caller mutating its list must not change what the next caller sees
    assert sentences(text) == list(_sentences.__wrapped__(text))
    assert sentences(text)


def test_text_sentence_bounds_cover_a_whole_sentence(all_gold: list[dict[str, Any]]) -> None:
    for rec in all_gold[:5]:
        text = rec["text"]
        for s, e in sentences(text)[:10]:
            mid = (s + e) // 2
            assert sentence_bounds(text, mid, mid + 1) == (s, e)
