"""Shared by the golden-set tests: read a gold file beside this one, run `warta extract`, score it
with ../shared/eval/score.py, and check a record is well formed."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

from typer.testing import CliRunner

from warta.cli.app import app

HERE = Path(__file__).resolve().parent


def load(name: str) -> list[dict[str, Any]]:
    with (HERE / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract(records: list[dict[str, Any]], with_url: bool, tmp: Path) -> list[dict[str, Any]]:
    src = tmp / ("in_url.jsonl" if with_url else "in_text.jsonl")
    with src.open("w", encoding="utf-8") as f:
        for rec in records:
            row = {"id": rec["id"], "text": rec["text"]} | ({"url": rec["source"]} if with_url else {})
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = CliRunner().invoke(app, ["extract", str(src)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def check_record(rec: dict[str, Any]) -> None:
    lines = {ln.strip() for ln in rec["text"].splitlines()}
    assert all(b.strip() in lines for b in rec["boilerplate"]), rec["id"]
    assert all(q["start"] in rec["text"] for q in rec["quotes"]), rec["id"]
    names = set(rec["persons"]) | set(rec["organizations"]) | set(rec["locations"])
    assert all(set(m["participants"]) <= names for m in rec["meetings"]), rec["id"]


def assert_floors(
    records: list[dict[str, Any]], with_url: bool, floors: dict[str, float], tmp: Path, scorer: ModuleType
) -> None:
    result = scorer.score(records, extract(records, with_url, tmp))
    assert result["missing"] == 0
    assert result["published_false"] == 0  # a date where the text states none is worse than none
    low = {k: round(result[k], 3) for k, floor in floors.items() if result[k] < floor}
    assert not low, f"below floor: {low}"
