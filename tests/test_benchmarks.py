"""`make bench` runs benchmarks/run_all.py: every benchmark it names exists and takes the flags it passes."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def test_benchmarks_run_all_names_real_scripts_and_flags() -> None:
    spec = importlib.util.spec_from_file_location("run_all", BENCH / "run_all.py")
    assert spec is not None and spec.loader is not None
    run_all = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run_all)
    for name, args in run_all.QUICK.items():
        script = BENCH / f"bench_{name}.py"
        assert script.is_file(), script
        declared = set(re.findall(r'add_argument\(\s*"(--[\w-]+)"', script.read_text(encoding="utf-8")))
        assert {a for a in args if a.startswith("--")} <= declared, name
    assert run_all.main(["no-such-benchmark"]) == 2
