"""The on-disk table of compiled patterns: a pattern from it is the one `re.compile` makes; a bad table is ignored."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from warta.knowledge import regex_cache

_CPYTHON_311 = regex_cache._sre is not None and regex_cache.sys.version_info[:2] == regex_cache._VERSION
pytestmark = pytest.mark.skipif(not _CPYTHON_311, reason="the table is for CPython 3.11 only")

PATTERNS = [
    (r"(?<![\w-])(?:kata|ujar|said)(?![\w-])", re.I),
    (r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?", 0),
    (r"(?m)^([A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){0,2})\s*(?::|\s[–-]\s)", 0),
    (r"[İıſK]|ß|\bdua\s+puluh\b", re.I),
]
TEXTS = [
    "JAKARTA - Presiden berkata, kata dia pada 4/3/2024 dan 12/5.",
    "Menteri KATA-nya; said Ms. Ng — ſaid, İstanbul, dua  puluh orang",
    "",
]


@pytest.fixture()
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty `re` cache and a private cache directory (restored afterwards)."""
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("WARTA_REGEX_CACHE", "1")
    monkeypatch.setattr(re, "_cache", {})
    return tmp_path


def _outcome(pattern: re.Pattern[str]) -> list[Any]:
    out: list[Any] = [pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)]
    for text in TEXTS:
        out += [
            [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)],
            pattern.sub("#", text),
        ]
    return out


def _reference(pattern: str, flags: int) -> re.Pattern[str]:
    return re._compiler.compile(pattern, flags)  # type: ignore[attr-defined, no-any-return]  # bypasses every cache


def test_regex_cache_pattern_from_the_table_matches_like_a_compiled_one(fresh: Path) -> None:
    assert regex_cache.install()
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    assert regex_cache.save(min_new=1) == len(PATTERNS)
    re._cache = {}  # type: ignore[attr-defined]  # a new process
    assert regex_cache.install()
    for pattern, flags in PATTERNS:
        from_table = re.compile(pattern, flags)
        assert (pattern, flags) not in re._cache.compiled  # type: ignore[attr-defined]  # not compiled here
        assert _outcome(from_table) == _outcome(_reference(pattern, flags))


def test_regex_cache_install_is_idempotent_and_save_skips_few_new(fresh: Path) -> None:
    assert regex_cache.install() and regex_cache.install()
    re.compile(PATTERNS[0][0], PATTERNS[0][1])
    assert regex_cache.save(min_new=1) == 1
    re.compile(PATTERNS[1][0], PATTERNS[1][1])
    assert regex_cache.save(min_new=10) == 0  # one new pattern: not worth rewriting the table
    assert regex_cache.save(min_new=1) == 1


def test_regex_cache_corrupt_table_is_ignored(fresh: Path) -> None:
    regex_cache.path().write_bytes(b"\x00garbage")
    assert regex_cache.install()
    assert re.compile(PATTERNS[1][0]).groupindex["month"] == 2
    assert regex_cache.save(min_new=1) == 1  # replaced by a good table


def test_regex_cache_damaged_row_is_compiled_as_usual(fresh: Path) -> None:
    regex_cache.install()
    re._cache.table[(PATTERNS[0][0], PATTERNS[0][1])] = (0, b"\x01\x02", 0, {}, ())  # type: ignore[attr-defined]
    assert _outcome(re.compile(*PATTERNS[0])) == _outcome(_reference(*PATTERNS[0]))


def test_regex_cache_unwritable_directory_costs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("WARTA_CACHE_DIR", str(blocker / "warta"))
    monkeypatch.setenv("WARTA_REGEX_CACHE", "1")
    monkeypatch.setattr(re, "_cache", {})
    assert regex_cache.install()
    re.compile(PATTERNS[2][0])
    regex_cache.save(min_new=1)  # no exception, no file
    assert list(tmp_path.iterdir()) == [blocker]


def test_regex_cache_can_be_turned_off(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_REGEX_CACHE", "0")
    assert not regex_cache.install()
    assert type(re._cache) is dict  # type: ignore[attr-defined]
    assert regex_cache.save() == 0


def test_regex_cache_is_off_for_a_library_user_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARTA_REGEX_CACHE", raising=False)
    assert not regex_cache.enabled()
    monkeypatch.setenv("WARTA_REGEX_CACHE", "1")
    assert regex_cache.enabled()
