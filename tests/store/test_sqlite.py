"""SQLite specifics: migrations recorded once, WAL, URL forms."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from warta.store.base import open_store
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
