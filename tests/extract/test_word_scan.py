"""The screened whole-text scans find exactly what the plain `finditer` scans find."""

from __future__ import annotations

import re
from typing import Any

import pytest

from warta.extract.attribution import word_regex
from warta.extract.meetings_hearing import meeting_word_matches, meeting_words
from warta.extract.numbers import _pattern, _screen
from warta.extract.word_scan import finditer, screen, word_finditer

# Sentences of my own that open with, end on, or fold into the screened words.
_OWN = [
    "Pertemuan Menteri Ali dengan Duta Besar Budi berlangsung di Jakarta.",
    "in rapat dengar pendapat dengan Komisi I",
    "He met with the minister; twenty-three people attended, and 1,5 juta warga",
    "ſeorang pejabat bertemu dan ıa berbincang",  # letters `re.I` folds but lower() keeps
    "-in hearing with the committee, ke-491 and RM7,000",
    "MENERIMA KUNJUNGAN Sepuluh orang",
    "",
]


def _spans(matches: Any) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("filename", ["quotes_cues.txt", "quotes_passive.txt", "meetings_verbs.txt"])
def test_word_scan_word_list_matches_plain_finditer(all_gold: list[dict[str, Any]], filename: str) -> None:
    texts = [r["text"] for r in all_gold] + _OWN
    found = 0
    for text in texts:
        want = _spans(word_regex(filename).finditer(text))
        assert _spans(word_finditer(filename, text)) == want
        found += len(want)
    assert found > 0  # the comparison saw matches, not only empty lists


def test_word_scan_meeting_words_match_plain_finditer(all_gold: list[dict[str, Any]]) -> None:
    for text in [r["text"] for r in all_gold] + _OWN:
        assert _spans(meeting_word_matches(text)) == _spans(meeting_words().finditer(text))


def test_word_scan_numbers_match_plain_finditer(all_gold: list[dict[str, Any]]) -> None:
    for text in [r["text"] for r in all_gold] + _OWN:
        assert _spans(finditer(_pattern(), _screen(), text)) == _spans(_pattern().finditer(text))


def test_word_scan_tries_only_screen_hits() -> None:
    pattern = re.compile(r"(?<![\w-])(?:rapat|met)(?![\w-])", re.I)
    calls: list[int] = []

    class Spy:
        def match(self, text: str, pos: int) -> re.Match[str] | None:
            calls.append(pos)
            return pattern.match(text, pos)

    text = "Mereka Rapat lagi; they met again and again."
    found = list(finditer(Spy(), screen(["rapat", "met"]), text))  # type: ignore[arg-type]
    assert [m.group(0) for m in found] == ["Rapat", "met"]
    assert calls == [0, 7, 24]  # the start, then only where a listed word opens


def test_word_scan_non_ascii_first_word_scans_plainly() -> None:
    # lower() folds only ASCII the way re.I does: a list with another letter gets no screen, and the
    # scan without one is the plain finditer (no assert to crash on a user's word list)
    assert screen(["öffentlich", "said"]) is None
    pattern = re.compile(r"(?:öffentlich|said)\b", re.I)
    text = "He SAID it was Öffentlich, she said."
    assert [m.span() for m in finditer(pattern, None, text)] == [m.span() for m in pattern.finditer(text)]


def test_word_scan_screens_after_non_ascii_letters(all_gold: list[dict[str, Any]]) -> None:
    """The screens' widened class also stops after accented letters: still the plain scans' matches."""
    own = ["Café2 dua orang, é-rapat; naïve berkata: ü12 warga", "Zürich met Ōsaka, 이 dua"]
    for text in [r["text"] for r in all_gold[:3]] + own:
        assert _spans(finditer(_pattern(), _screen(), text)) == _spans(_pattern().finditer(text))
        assert _spans(meeting_word_matches(text)) == _spans(meeting_words().finditer(text))
        for filename in ("quotes_cues.txt", "quotes_passive.txt"):
            assert _spans(word_finditer(filename, text)) == _spans(word_regex(filename).finditer(text))
