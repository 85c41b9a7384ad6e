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


def test_text_sentence_bounds_match_a_plain_scan(all_gold: list[dict[str, object]]) -> None:
    """Bisection finds the same covering sentences as walking them in order."""
    from warta.text import sentence_bounds, sentences

    def plain(text: str, start: int, end: int) -> tuple[int, int]:
        s_out, e_out = start, end
        for s, e in sentences(text):
            if s <= start < e:
                s_out = s
            if s < end <= e:
                e_out = e
                break
        return s_out, max(e_out, s_out)

    text = str(all_gold[0]["text"])
    spans = sentences(text)
    assert len(spans) > 3
    probes = [(s + d1, e + d2) for s, e in spans for d1 in (-1, 0, 1) for d2 in (-1, 0, 1)]
    probes += [(e, s) for s, e in spans] + [(0, len(text)), (len(text) + 5, len(text) + 9)]
    for a, b in probes:
        assert sentence_bounds(text, a, b) == plain(text, a, b), (a, b)
