"""Faster whole-text scans of the entity passes find exactly what the plain regex scans find."""

from __future__ import annotations

from typing import Any

from warta.extract import bodies, facilities, linking, minor_places, screens, titles

# short texts written for the edge cases: a head glued to a word, repeated heads, upper case
_EDGES = [
    "xRumah Sakit Umum Bandung and -RS Yogya, RSU Hospital Zeta; Rumah Sakit Rumah Sakit X",
    "a Kuala Lumpur-based analyst, an x-based firm, The Hague-based court and Jakarta-based staff",
    "MEMBER OF PARLIAMENT FOR Pekan, Ahli Parlimen Padang Rengas; unmember of parliament for X",
]


def _texts(all_gold: list[dict[str, Any]]) -> list[str]:
    return [r["text"] for r in all_gold] + _EDGES


def _spans(matches: Any) -> list[tuple[tuple[int, int], tuple[str | Any, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def test_facilities_hospital_scan_same_as_regex(all_gold: list[dict[str, Any]]) -> None:
    found = 0
    for text in _texts(all_gold):
        expected = _spans(facilities._hospital_rx().finditer(text))
        assert _spans(facilities._hospitals(text)) == expected
        found += len(expected)
    assert found > 0


def test_minor_places_based_scan_same_as_regex(all_gold: list[dict[str, Any]]) -> None:
    for text in _texts(all_gold):
        fast = screens.anchored_finditer(minor_places._BASED, minor_places._BASED_WORD, text)
        assert _spans(fast) == _spans(minor_places._BASED.finditer(text))


def test_bodies_seat_title_scan_same_as_regex(all_gold: list[dict[str, Any]]) -> None:
    rx = linking.phrase_regex("seat_titles")
    found = 0
    for text in _texts(all_gold):
        expected = _spans(rx.finditer(text))
        assert _spans(bodies._seat_titles(text)) == expected
        found += len(expected)
    assert found > 0


def test_titles_run_start_joins_within_and_after(all_gold: list[dict[str, Any]]) -> None:
    for text in _texts(all_gold):
        for s, e in linking.title_spans(text)[:20]:
            for start, end in ((s + 1, e), (s + 1, e + 12), (e + 1, e + 20), (s, e)):
                end = min(end, len(text))
                if start >= end:
                    continue
                got = titles.run_start(text, start, end)
                if titles.within_title(text, start, end):
                    assert got is None
                else:
                    assert got == titles.after_title(text, start, end)
