"""The factored alternation matches exactly what the flat `"|".join(...)` matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warta import alternation as alt
from warta.alternation import alternation
from warta.extract.attribution import word_list

WILDCARD = r"\s+(?:[\w-]+\s+){0,3}?"


def _entry(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+").replace(r"\s+\*\s+", WILDCARD)


def _both(phrases: list[str], flags: int = re.I) -> tuple[re.Pattern[str], re.Pattern[str]]:
    entries = [_entry(p) for p in sorted(phrases, key=len, reverse=True)]
    flat = re.compile(rf"(?<![\w-])(?:{'|'.join(entries)})(?![\w-])", flags)
    trie = re.compile(
        rf"(?<![\w-])(?:{alternation(entries, ignore_case=bool(flags & re.I))})(?![\w-])", flags
    )
    return flat, trie


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_alternation_prefers_longest_like_flat_list() -> None:
    flat, trie = _both(["bertemu", "bertemu dengan", "ber", "menemui", "temu"])
    text = "Ia bertemu  dengan menteri, lalu Bertemu lagi; ber temu menemuinya dan temu."
    assert _spans(trie, text) == _spans(flat, text)
    assert (3, 18) in _spans(trie, text)  # the two-word entry, across two spaces


def test_alternation_keeps_wildcard_entries_in_order() -> None:
    flat, trie = _both(["held * meeting", "held talks", "held", "meeting"])
    text = "They held a long meeting, then held talks and held firm before the meeting."
    assert _spans(trie, text) == _spans(flat, text)


def test_alternation_case_sensitive_keeps_cases_apart() -> None:
    flat, trie = _both(["Menurut", "menurut", "said"], flags=0)
    text = "Menurut dia, menurut mereka, MENURUT kami, he said."
    assert _spans(trie, text) == _spans(flat, text)


@pytest.mark.parametrize("name", ["meetings_verbs.txt", "quotes_cues.txt", "meetings_negative.txt"])
def test_alternation_matches_flat_on_articles(name: str, all_gold: list[dict[str, object]]) -> None:
    flat, trie = _both(list(word_list(name)))
    texts = [str(rec["text"]) for rec in all_gold]
    assert texts
    assert [_spans(trie, t) for t in texts] == [_spans(flat, t) for t in texts]


def test_alternation_factors_common_prefixes() -> None:
    assert alternation(["abcd", "abc", "abx"], ignore_case=False) == "ab(?:c(?:d|)|x)"
    assert alternation(["ab", "AB"], ignore_case=True) == "ab"  # one branch when case is ignored
    assert alternation(["a+", "ab"], ignore_case=False) == "a+|ab"  # not a literal: left as it is


def test_alternation_keeps_flat_form_when_a_prefix_comes_first() -> None:
    # the flat list tries "ab" before "abc": a trie would try "abc" first
    assert alternation(["ab", "abc"], ignore_case=False) == "ab|abc"
    flat, trie = _both(["ab", "abc"])
    assert _spans(trie, "abc ab") == _spans(flat, "abc ab")


def test_alternation_factored_forms_are_kept_on_disk_and_a_bad_table_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(alt, "_table", [])
    monkeypatch.setattr(alt, "_new", [])
    entries = ["mengatakan", "menyatakan", "kata"]
    factored = alternation(entries, ignore_case=True)
    assert alt.save() and not alt.save()  # written once; nothing new the second time
    monkeypatch.setattr(alt, "_table", [])  # a new process reads the table
    assert alternation(entries, ignore_case=True) == factored and not alt._new
    alt._path().write_bytes(b"\x00not marshal")
    monkeypatch.setattr(alt, "_table", [])
    assert alternation(entries, ignore_case=True) == factored and alt._new  # factored again
