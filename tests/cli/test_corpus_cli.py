"""`warta ingest / search / stories / story / entity / export` against a SQLite file of the seeds."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli.app import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "warta.db")
    result = runner.invoke(app, ["ingest", str(seed_dir), "--db", path, "--quiet"])
    assert result.exit_code == 0, result.output
    assert "5 new" in result.stderr
    return path


def test_cli_ingest_again_counts_duplicates(db: str, seed_dir: Path) -> None:
    result = runner.invoke(app, ["ingest", str(seed_dir), "--db", db, "-q"])
    assert result.exit_code == 0 and "0 new" in result.stderr and "5 duplicate" in result.stderr


def test_cli_search_json_hits_with_highlight_and_filters(db: str) -> None:
    result = runner.invoke(app, ["search", "hamas", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"] >= 2 and all("\x02" in h["snippet"] for h in data["hits"])
    one = data["hits"][0]
    narrowed = runner.invoke(app, ["search", "hamas", "--json", "--db", db, "--lang", one["language"],
                                   "--story", one["story_id"]])  # fmt: skip
    assert {h["id"] for h in json.loads(narrowed.stdout)["hits"]} <= {h["id"] for h in data["hits"]}
    assert one["id"] in {h["id"] for h in json.loads(narrowed.stdout)["hits"]}
    none = runner.invoke(app, ["search", "hamas", "--json", "--db", db, "--until", "1990-01-01"])
    assert json.loads(none.stdout)["total"] == 0


@pytest.mark.parametrize("query", ['"', "NEAR(", "'; DROP TABLE articles; --", "a OR", "*", "hamas:*"])
def test_cli_search_hostile_query_is_no_traceback(db: str, query: str) -> None:
    result = runner.invoke(app, ["search", query, "--db", db])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_cli_search_text_output_renders_highlight(db: str) -> None:
    result = runner.invoke(app, ["search", "Hamas", "--db", db, "--limit", "1"])
    assert result.exit_code == 0 and "\x02" not in result.stdout and "Hamas" in result.stdout


@pytest.mark.parametrize("url", ["mysql://host/db", "postgresql://nobody@127.0.0.1:1/none", "sqlite:"])
def test_cli_bad_db_url_is_a_clear_error(url: str) -> None:
    result = runner.invoke(app, ["search", "x", "--db", url])
    assert result.exit_code == 1
    assert "E30" in result.stderr and "Traceback" not in result.output


def test_cli_read_commands_refuse_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "E302" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_cli_stories_story_and_entity(db: str) -> None:
    stories = json.loads(runner.invoke(app, ["stories", "--json", "--db", db]).stdout)
    assert stories and sum(s["article_count"] for s in stories) == 5
    sid = stories[0]["id"]
    story = runner.invoke(app, ["story", sid, "--json", "--db", db])
    assert story.exit_code == 0, story.output
    data = json.loads(story.stdout)
    dates = [e["date"] for e in data["timeline"] if e["date"]]
    assert data["story"]["id"] == sid and dates == sorted(dates)
    assert runner.invoke(app, ["story", sid, "--db", db]).exit_code == 0
    assert runner.invoke(app, ["story", "no-such-story", "--db", db]).exit_code == 1
    entity = runner.invoke(app, ["entity", "Hamas", "--json", "--db", db])
    assert entity.exit_code == 0, entity.output
    meetings = json.loads(entity.stdout)["meetings"]
    assert [m["date"] for m in meetings if m["date"]] == sorted(m["date"] for m in meetings if m["date"])
    assert runner.invoke(app, ["entity", "Hamas", "--db", db]).exit_code == 0


def test_cli_export_jsonl_csv_parquet(db: str, tmp_path: Path) -> None:
    jsonl = runner.invoke(app, ["export", "--format", "jsonl", "--db", db])
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(records) == 5 and all(
        {"id", "story", "duplicate_of", "entities", "meetings"} <= set(r) for r in records
    )
    assert all(r["story"] for r in records) and "raw" not in records[0]
    out = tmp_path / "a.csv"
    assert runner.invoke(app, ["export", "-f", "csv", "-o", str(out), "--db", db]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["id"] for r in rows} == {r["id"] for r in records}
    assert isinstance(json.loads(rows[0]["entities"]), list)
    pq = pytest.importorskip("pyarrow.parquet")
    out_pq = tmp_path / "a.parquet"
    assert runner.invoke(app, ["export", "-f", "parquet", "-o", str(out_pq), "--db", db]).exit_code == 0
    table = pq.read_table(out_pq)
    assert table.num_rows == 5 and "story" in table.column_names
    assert runner.invoke(app, ["export", "-f", "parquet", "--db", db]).exit_code == 2
