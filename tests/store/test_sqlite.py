"""SQLite specifics: migrations recorded once, WAL, URL forms."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from warta.model import Article
from warta.search.index import SearchIndex
from warta.store.base import SearchQuery, open_store
from warta.store.migrate import migrations
from warta.store.sqlite import SqliteStore, fts_query


def test_sqlite_migrations_applied_once_in_order(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    open_store(str(path)).close()
    open_store(str(path)).close()  # reopening must not re-apply
    rows = sqlite3.connect(path).execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [m.version for m in migrations("sqlite")]
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlite_url_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    store = open_store("sqlite:///rel.db")
    assert isinstance(store, SqliteStore) and (tmp_path / "rel.db").exists()
    store.close()
    monkeypatch.setenv("WARTA_DB", str(tmp_path / "env.db"))
    open_store().close()
    assert (tmp_path / "env.db").exists()
    open_store(f"sqlite:///{tmp_path}/abs.db").close()
    assert (tmp_path / "abs.db").exists()


def test_sqlite_fts_query_quotes_every_word() -> None:
    assert fts_query('Hamas OR "bertemu Putin" NEAR(x*') == '"hamas" "or" "bertemu putin" "near" "x"'
    assert fts_query("'; --") == ""


def _one(text: str, i: int) -> Article:
    return Article(
        id=f"r{i}", text=text, title=f"Judul {i}", language="id", published="2024-05-0" + str(i + 1)
    )


def test_sqlite_search_index_is_rebuilt_from_the_store(tmp_path: Path) -> None:
    path = str(tmp_path / "w.db")
    store = open_store(path)
    store.add([_one("Banjir melanda Semarang pagi ini.", 1), _one("Gempa kecil terasa di Padang.", 2)])
    store.close()
    shutil.rmtree(path + ".search")  # lost or corrupt index: the next open catches up from SQLite
    store = open_store(path)
    assert [h.id for h in store.search(SearchQuery(text="semarang")).hits] == ["r1"]
    assert isinstance(store, SqliteStore) and store.reindex() == 2
    assert store.search(SearchQuery(text="padang")).total == 1
    store.close()


def test_sqlite_fts5_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_SEARCH", "fts5")
    path = str(tmp_path / "w.db")
    store = open_store(path)
    store.add([_one("Banjir melanda Semarang pagi ini.", 1)])
    assert store.search(SearchQuery(text="semarang")).total == 1
    store.close()
    assert not Path(path + ".search").exists()


def test_sqlite_switch_to_fts5_rebuilds_its_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(tmp_path / "w.db")
    store = open_store(path)  # tantivy answers; FTS5 is not filled
    store.add([_one("Banjir melanda Semarang pagi ini.", 1)])
    store.close()
    monkeypatch.setenv("WARTA_SEARCH", "fts5")
    store = open_store(path)
    assert [h.id for h in store.search(SearchQuery(text="semarang")).hits] == ["r1"]
    store.close()


def test_sqlite_busy_index_writer_defers_indexing_not_storing(tmp_path: Path) -> None:
    path = str(tmp_path / "w.db")
    store = open_store(path)
    other = SearchIndex(path + ".search")  # another process holding the index writer
    writer = other.index.writer(heap_size=20_000_000, num_threads=1)
    assert store.add([_one("Banjir melanda Semarang pagi ini.", 1)]).new == ["r1"]
    assert store.get("r1") is not None
    writer.rollback()
    writer.wait_merging_threads()  # released
    del writer
    store.add([_one("Gempa kecil terasa di Padang.", 2)])  # catches up the deferred row too
    assert store.search(SearchQuery(text="semarang")).total == 1
    assert store.search(SearchQuery(text="padang")).total == 1
    store.close()
