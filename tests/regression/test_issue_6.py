"""Issue 6: the seeds' three Hamas-Russia meetings are three stories, and `warta entity Hamas` lists
them in date order. The seeds state no publication date, so the test gives each the date a crawler
would have recorded (JSONL `published`), as a real ingest would."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from warta.cli.app import app

CRAWLED = {
    "004": "2023-10-27",
    "001": "2024-12-07",
    "003": "2025-02-04",
    "000": "2024-04-28",
    "002": "2024-01-07",
}


def test_issue_6_hamas_meetings_three_stories_in_date_order(seed_dir: Path, tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.jsonl"
    with crawl.open("w", encoding="utf-8") as out:
        for path in sorted(seed_dir.glob("*.txt")):
            row = {
                "id": path.stem,
                "text": path.read_text(encoding="utf-8"),
                "published": CRAWLED[path.stem[:3]],
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    db = str(tmp_path / "warta.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(crawl), "--db", db, "-q"]).exit_code == 0
    result = runner.invoke(app, ["entity", "Hamas", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    with_russia = [
        m
        for m in report["meetings"]
        if "Mikhail Bogdanov" in m["participants"] and "Hamas" in m["participants"]
    ]
    places = [(m["date"][:7], m["location"]) for m in with_russia]
    assert places == [("2023-10", "Moscow"), ("2024-12", "Doha"), ("2025-02", "Moscow")]
    stories = {m["article_id"]: None for m in with_russia}
    exported = runner.invoke(app, ["export", "--format", "jsonl", "--db", db])
    story_of = {r["id"]: r["story_id"] for r in map(json.loads, exported.stdout.splitlines())}
    assert len({story_of[a] for a in stories}) == 3
