"""The joined pre-check of the line rules must never miss a line that one of the rules matches."""

from __future__ import annotations

from typing import Any

from warta.clean.rules import line_rules, rule_screen


def _screen(line: str) -> bool:
    joined, loose = rule_screen()
    return bool((joined is not None and joined.match(line)) or any(p.search(line) for p in loose))


def test_rules_screen_agrees_with_each_rule(all_gold: list[dict[str, Any]]) -> None:
    lines = [ln.strip() for rec in all_gold for ln in rec["text"].split("\n") if ln.strip()]
    lines += ["Baca juga: Banjir di Padang", "(Foto: Antara/Nama)", "Lihat Foto", "BACA JUGA"]
    hits = 0
    for line in lines:
        any_rule = any(rule.pattern.search(line) for rule in line_rules())
        assert _screen(line) == any_rule, line
        hits += any_rule
    assert hits > 0  # the check saw lines that rules do match


def test_rules_screen_joins_the_anchored_rules() -> None:
    joined, loose = rule_screen()
    assert joined is not None
    assert len(loose) < len(line_rules())
