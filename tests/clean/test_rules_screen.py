"""The joined pre-check of the line rules must never miss a line that one of the rules matches."""

from __future__ import annotations

import re
from typing import Any

from warta.clean.rules import line_rules, line_screen


def _screen(line: str) -> bool:
    return line_screen().could_match(line)


def test_rules_screen_agrees_with_each_rule(all_gold: list[dict[str, Any]]) -> None:
    lines = [ln.strip() for rec in all_gold for ln in rec["text"].split("\n") if ln.strip()]
    lines += ["Baca juga: Banjir di Padang", "(Foto: Antara/Nama)", "Lihat Foto", "BACA JUGA"]
    hits = 0
    for line in lines:
        any_rule = any(rule.pattern.search(line) for rule in line_rules())
        assert _screen(line) == any_rule, line
        hits += any_rule
    assert hits > 0  # the check saw lines that rules do match


def _case_variants(line: str) -> list[str]:
    # upper/lower case, and the non-ASCII letters `re` folds onto ASCII ones under IGNORECASE
    return [line, line.upper(), line.lower(), line.replace("s", "ſ").replace("k", "K"), "İ" + line[1:]]


def test_rules_screen_fast_test_never_misses_a_rule(all_gold: list[dict[str, Any]]) -> None:
    lines = [ln.strip() for rec in all_gold for ln in rec["text"].split("\n") if ln.strip()]
    lines += [
        "Baca juga: Banjir di Padang",
        "(Foto: Antara/Nama)",
        "Lihat Foto",
        "© 2025 Harian Kita",
        "12 comments",
    ]
    screen = line_screen()
    hits = 0
    for line in (v for ln in lines for v in _case_variants(ln)):
        any_rule = any(rule.pattern.search(line) for rule in line_rules())
        assert screen.could_match(line) == any_rule, line
        hits += any_rule
    assert hits > 0


def test_rules_screen_reads_first_characters_and_needed_strings() -> None:
    from warta.clean.screen import _first_chars, _items, _needed_literals

    anchored = _items(re.compile(r"^(baca|lihat)\s+juga", re.I))
    assert anchored is not None
    assert _first_chars(anchored[1:]) == {"b", "l"}
    loose = _items(re.compile(r"\s(foto|photo)\s*:\s*\S", re.I))
    assert loose is not None
    assert _needed_literals(loose) == ("foto", "photo")
    assert _needed_literals(_items(re.compile(r"\w+\d", re.I)) or []) is None


def test_rules_screen_handles_rules_it_cannot_read() -> None:
    from warta.clean.screen import RuleScreen

    patterns = [re.compile(p, re.I) for p in (r"^(\w)\1", r"^.{0,5}!$", r"(?-i:ABC)d", r"^[^a]x")]
    screen = RuleScreen(patterns)
    for line in ("aa b", "hey!", "xABCd", "bx", "ABCD", "nothing here"):
        assert screen.could_match(line) == any(p.search(line) for p in patterns), line
