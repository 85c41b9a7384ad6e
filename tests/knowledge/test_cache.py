"""The disk cache of built tables: read when the key matches, rebuilt when stale or corrupt, never required."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from warta.knowledge import cache, loader


class Builds:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("WARTA_CACHE_DIR", str(home))
    return home


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    path = tmp_path / "words.txt"
    path.write_text("alpha\nbeta\n", encoding="utf-8")
    return path


def test_cache_second_call_reads_the_file_instead_of_building(cache_home: Path, source: Path) -> None:
    build = Builds({"alpha": 1})
    assert cache.cached("words", [source], build) == {"alpha": 1}
    assert cache.cached("words", [source], build) == {"alpha": 1}
    assert build.calls == 1
    assert len(list(cache_home.glob("words-*.pickle"))) == 1


def test_cache_edited_source_is_stale_and_rebuilt(cache_home: Path, source: Path) -> None:
    cache.cached("words", [source], Builds("old"))
    source.write_text("alpha\nbeta\ngamma\n", encoding="utf-8")
    build = Builds("new")
    assert cache.cached("words", [source], build) == "new"
    assert build.calls == 1
    assert [p.name for p in cache_home.glob("words-*.pickle")] == [
        f"words-{cache.key('words', [source])}.pickle"
    ]  # the stale file of the old key is gone


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(("another key", "x"))[:-3]])
def test_cache_corrupt_file_is_ignored_and_replaced(cache_home: Path, source: Path, content: bytes) -> None:
    cache.cached("words", [source], Builds("first"))
    [path] = cache_home.glob("words-*.pickle")
    path.write_bytes(content)
    build = Builds("rebuilt")
    assert cache.cached("words", [source], build) == "rebuilt"
    assert build.calls == 1
    assert cache.cached("words", [source], Builds("unused")) == "rebuilt"


def test_cache_file_of_another_key_is_not_trusted(cache_home: Path, source: Path) -> None:
    cache.cached("words", [source], Builds("first"))
    [path] = cache_home.glob("words-*.pickle")
    path.write_bytes(pickle.dumps(("0" * 20, "forged")))
    assert cache.cached("words", [source], Builds("built")) == "built"


def test_cache_missing_source_still_builds(cache_home: Path, tmp_path: Path) -> None:
    build = Builds(3)
    assert cache.cached("words", [tmp_path / "absent.txt"], build) == 3
    assert build.calls == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_cache_read_only_home_builds_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "ro"
    home.mkdir()
    home.chmod(0o500)
    monkeypatch.setenv("WARTA_CACHE_DIR", str(home / "warta"))
    try:
        build = Builds("v")
        assert cache.cached("words", [], build) == cache.cached("words", [], build) == "v"
        assert build.calls == 2 and not (home / "warta").exists()
    finally:
        home.chmod(0o700)


def test_cache_unwritable_home_builds_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")  # a file where the directory should be: mkdir fails
    monkeypatch.setenv("WARTA_CACHE_DIR", str(blocker / "warta"))
    build = Builds("v")
    assert cache.cached("words", [], build) == cache.cached("words", [], build) == "v"
    assert build.calls == 2
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary file left behind


def test_cache_missing_directory_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "a" / "b" / "warta"
    monkeypatch.setenv("WARTA_CACHE_DIR", str(home))
    cache.cached("words", [], Builds(1))
    assert len(list(home.glob("words-*.pickle"))) == 1


def test_cache_knowledge_base_from_cache_equals_a_fresh_build(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARTA_KB_DIR", str(tmp_path / "no-user-files"))
    loader._load.cache_clear()
    try:
        built = loader.load_kb()
        [path] = cache_home.glob("kb-*.pickle")
        loader._load.cache_clear()
        read = loader.load_kb()
        assert read is not built and read.entries == built.entries
        assert read.lookup("AS") == built.lookup("AS") != [] and len(read) == len(built)
        assert read.surface_forms() == built.surface_forms()
        path.write_bytes(b"garbage")
        loader._load.cache_clear()
        assert loader.load_kb().entries == built.entries
    finally:
        loader._load.cache_clear()
