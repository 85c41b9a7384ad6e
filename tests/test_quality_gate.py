"""The quality gate: `warta extract` scored on the public gold by ../shared/eval/score.py stays at or
above the floors in scripts/quality_baseline.json (floors only rise: `quality_gate.py --raise-floors`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def test_quality_gate_floors_hold() -> None:
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not beside the repo")
    floors = json.loads((ROOT / "scripts" / "quality_baseline.json").read_text())
    assert floors["seeds"]["entities_f1"] >= 0.9 and floors["dev"]["entities_f1"] >= 0.85
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "quality_gate.py")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr + result.stdout[-2000:]
    measured = json.loads(result.stdout)
    assert measured["seeds"]["published_false"] == 0 and measured["dev"]["published_false"] == 0
