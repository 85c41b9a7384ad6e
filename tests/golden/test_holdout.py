"""Generalisation floors on the second held-out set: 18 invented articles, never used for tuning.

`holdout-gold.jsonl` (beside this file) holds news stories written for warta on topics unlike the
public gold (landslides, KPK arrests, DPR hearings, state visits, ASEAN meetings, Sabah floods,
Malaysian courts, PDRM drug busts, dengue, business, Rakhine refugees, migrant boats, typhoons) in
the noise of other outlets, annotated by ../shared/examples/README.md before warta was run on them.
The floors sit 0.05 below the scores measured when the set was made (docs/holdout.md). Do not tune
on this file's articles: read docs/holdout.md for the failure classes and fix them generally.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from warta.cli.app import app

HOLDOUT = Path(__file__).resolve().parent / "holdout-gold.jsonl"
SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"

# measured 2026-11-23 (docs/holdout.md), minus 0.05
FLOORS_TEXT_ONLY = {
    "language_acc": 0.95,
    "entities_f1": 0.78,
    "entities_exact_f1": 0.74,
    "persons_f1": 0.78,
    "organizations_f1": 0.73,
    "locations_f1": 0.81,
    "meetings_f1": 0.30,
    "figures_f1": 0.82,
    "figure_qualifier_acc": 0.95,
    "figure_source_acc": 0.67,
    "quotes_f1": 0.80,
    "boilerplate_f1": 0.89,
    "published_acc": 0.83,
}
FLOORS_WITH_URL = {**FLOORS_TEXT_ONLY, "organizations_f1": 0.73, "published_acc": 0.95}


def _holdout() -> list[dict[str, Any]]:
    with HOLDOUT.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip("shared/eval/score.py is not beside the repo")
    spec = importlib.util.spec_from_file_location("warta_holdout_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extract(with_url: bool, tmp: Path) -> tuple[dict[str, Any], ...]:
    src = tmp / ("holdout_url.jsonl" if with_url else "holdout_text.jsonl")
    with src.open("w", encoding="utf-8") as f:
        for rec in _holdout():
            row = {"id": rec["id"], "text": rec["text"]}
            if with_url:
                row["url"] = rec["source"]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = CliRunner().invoke(app, ["extract", str(src)])
    assert result.exit_code == 0, result.output
    return tuple(json.loads(line) for line in result.stdout.splitlines() if line.strip())


def test_holdout_gold_is_well_formed() -> None:
    recs = _holdout()
    assert len(recs) == 18 and len({r["id"] for r in recs}) == 18
    assert sorted(r["language"] for r in recs).count("id") == 8
    assert {r["language"] for r in recs} == {"id", "ms", "en"}
    for rec in recs:
        lines = {ln.strip() for ln in rec["text"].splitlines()}
        assert all(b.strip() in lines for b in rec["boilerplate"]), rec["id"]
        assert all(q["start"] in rec["text"] for q in rec["quotes"]), rec["id"]
        names = set(rec["persons"]) | set(rec["organizations"]) | set(rec["locations"])
        assert all(set(m["participants"]) <= names for m in rec["meetings"]), rec["id"]
        assert all(f["source"] is None or f["source"] in names for f in rec["figures"]), rec["id"]


@pytest.mark.parametrize(("with_url", "floors"), [(False, FLOORS_TEXT_ONLY), (True, FLOORS_WITH_URL)])
def test_holdout_scores_stay_above_floors(
    with_url: bool, floors: dict[str, float], tmp_path_factory: pytest.TempPathFactory
) -> None:
    preds = _extract(with_url, tmp_path_factory.mktemp("holdout"))
    result = _scorer().score(_holdout(), list(preds))
    assert result["missing"] == 0
    assert result["published_false"] == 0  # a date where the text states none is worse than none
    low = {k: round(result[k], 3) for k, floor in floors.items() if result[k] < floor}
    assert not low, f"below floor: {low}"
