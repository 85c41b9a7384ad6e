"""More entity-stage shortcuts checked against the plain code they stand in for.

Each shortcut (a line search instead of a multi-line scan over a whole HTML page, a table built
once instead of a scan per question) is compared with its plain definition on the gold articles and
on generated strings, so a later edit to a regex or a word list cannot make them disagree unseen.
"""

from __future__ import annotations

import random
import re
from typing import Any

from warta.extract import minor_places, screens, title_phrases, vouching, word_memo


def _generated(pieces: list[str], seed: int, n: int = 4000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def test_shortcuts_copyright_lines_equal_the_multiline_scan(all_gold: list[dict[str, Any]]) -> None:
    pieces = ["\n", " ", "\t", "©", "(c)", "(C)", "Copyright", "Hak Cipta", "Hak cipta", "2024", "-", "–"]
    pieces += ["Utusan Malaysia", "Kompas", "x", "<p>", "C", "H", "(", "\r", "a"]
    texts = [str(r["text"]) for r in all_gold] + _generated(pieces, 11)
    assert sum(1 for t in texts if vouching._COPYRIGHT_LINE.search(t)) > 50
    for text in texts:
        plain = [(m.span(), m.group(1)) for m in vouching._COPYRIGHT_LINE.finditer(text)]
        assert [(m.span(), m.group(1)) for m in vouching.copyright_lines(text)] == plain, text


def test_shortcuts_outlet_names_equal_the_scan_of_every_alias() -> None:
    from warta.extract.metadata import outlet_for_name, outlet_table

    _, names = outlet_table()
    outlets = [*sorted(set(names.values()))[:40], "Nobody Here", ""]
    for outlet in outlets:
        plain = {vouching.linking.fold_token(n) for n in names if outlet_for_name(n) == outlet}
        expected = frozenset({vouching.linking.fold_token(outlet)} | plain) if outlet else frozenset()
        assert vouching.outlet_names(outlet) == expected


def test_shortcuts_shared_splits_equal_the_regex_splits(all_gold: list[dict[str, Any]]) -> None:
    pieces = ["a", "B", "-", "'", "’", " ", "--", "_", "1", "é", ".", "-a", "x’y", "\n"]
    texts = [str(r["text"]) for r in all_gold] + _generated(pieces, 13)
    assert sum(1 for t in texts if word_memo.joined_parts(t) != word_memo.word_parts(t)) > 50
    for text in texts:
        assert word_memo.word_parts(text) == re.split(r"(\w+)", text), text
        assert word_memo.joined_parts(text) == title_phrases._PHRASE_SPLIT.split(text), text


def test_shortcuts_place_word_scan_equals_the_full_scan(all_gold: list[dict[str, Any]]) -> None:
    pieces = ["di", "ke", "dekat", "at", "in", "Budi", "Cat", "Tapah", "Ipoh", "-", "x", "near", ","]
    pieces += ["berhampiran", "around", "Walk-in", "D", "é", "_", " ", "  ", "\n", " in Ipoh", "di Tapah"]
    texts = [str(r["text"]) for r in all_gold] + _generated(pieces, 17)
    rx, words, spaces = minor_places._AFTER, minor_places._PLACE_WORDS, minor_places._AFTER_SPACE
    assert sum(1 for t in texts if rx.search(t)) > 100
    for text in texts:
        got = [(m.span(), m.groups()) for m in screens.word_led_finditer(rx, words, spaces, text)]
        assert got == [(m.span(), m.groups()) for m in rx.finditer(text)], text


def test_shortcuts_shared_head_screen_passes_every_match(all_gold: list[dict[str, Any]]) -> None:
    pieces = ["Sulu", " and ", "Celebes", " seas", " rivers", "Tigris", "overseas", " ", "x"]
    texts = [str(r["text"]) for r in all_gold] + _generated(pieces, 19)
    found = [t for t in texts if minor_places._SHARED_HEAD.search(t)]
    assert found
    for text in found:
        assert " and " in text and screens.present(text, minor_places._SHARED_HEAD_WORDS), text
