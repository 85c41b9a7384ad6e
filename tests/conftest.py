"""The only conftest: paths to the shared examples, gold records and small article factories."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "examples"


def load_gold(name: str) -> list[dict[str, Any]]:
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"{path} is not beside the repo")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def seed_gold() -> list[dict[str, Any]]:
    return load_gold("seeds-gold.jsonl")


@pytest.fixture(scope="session")
def dev_gold() -> list[dict[str, Any]]:
    return load_gold("dev-gold.jsonl")


@pytest.fixture(scope="session")
def all_gold(seed_gold: list[dict[str, Any]], dev_gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return seed_gold + dev_gold


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    path = EXAMPLES / "seeds"
    if not path.exists():
        pytest.skip("shared/examples/seeds is not beside the repo")
    return path


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    """../shared/eval/score.py as a module, so tests score with the project's own judge."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip(f"{path} is not beside the repo")
    spec = importlib.util.spec_from_file_location("warta_shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# What a stage's facts look like to the scorer, and the scorer's matcher for them.
_FACTS = {
    "meetings": (
        lambda a: [{"participants": m.participants, "location": m.location} for m in a.meetings],
        "same_meeting",
    ),
    "quotes": (lambda a: [{"speaker": q.speaker, "text": q.text} for q in a.quotes], "same_quote"),
}


@pytest.fixture(scope="session")
def stage_f1(scorer: ModuleType) -> Callable[[list[dict[str, Any]], str], float]:
    """F1 of the default pipeline's `kind` facts on gold records, with the shared scorer's matching."""
    from warta.model import Article
    from warta.pipeline import default_pipeline

    pipe = default_pipeline()

    def f1(records: list[dict[str, Any]], kind: str) -> float:
        facts, matcher = _FACTS[kind]
        prf = scorer.PRF()
        for rec in records:
            url = rec.get("source") if str(rec.get("source", "")).startswith("http") else None
            pred = facts(pipe(Article(id=rec["id"], raw=rec["text"], url=url)))
            prf.add(scorer.match_count(pred, rec[kind], getattr(scorer, matcher)), len(pred), len(rec[kind]))
        return float(prf.f1())

    return f1


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="re-pin tests/golden/expected/*.json")
