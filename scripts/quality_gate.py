"""Score `warta extract` on the public gold sets with ../shared/eval/score.py; fail below the floors.

Floors live in scripts/quality_baseline.json and only ever rise (`--raise-floors` lifts them to what
was just measured, minus a small margin). Two inputs per gold set: text only (what the stop hook
feeds) and text plus the page address (`source`), which is what a crawler gives.

    python scripts/quality_gate.py [--markdown] [--raise-floors]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "scripts" / "quality_baseline.json"
GOLD = ("seeds-gold.jsonl", "dev-gold.jsonl")
LOWER_IS_BETTER = {"published_false", "missing"}


def run(gold: Path, with_source: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src, pred = Path(tmp) / "in.jsonl", Path(tmp) / "pred.jsonl"
        with src.open("w", encoding="utf-8") as out:
            for line in gold.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    row = {"id": rec["id"], "text": rec["text"]}
                    if with_source and str(rec.get("source", "")).startswith("http"):
                        row["url"] = rec["source"]
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
        warta = [sys.executable, "-m", "warta.cli", "extract", str(src), "-o", str(pred)]
        subprocess.run(warta, check=True)
        score = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred), "--json"]
        result = subprocess.run(score, check=True, capture_output=True, text=True)
        return dict(json.loads(result.stdout))


def measure() -> dict[str, dict[str, float]]:
    out = {}
    for name in GOLD:
        gold = SHARED / "examples" / name
        out[name.removesuffix("-gold.jsonl")] = run(gold, with_source=False)
        out[name.removesuffix("-gold.jsonl") + "+url"] = run(gold, with_source=True)
    return out


def markdown(results: dict[str, dict[str, float]]) -> str:
    keys = [k for k in next(iter(results.values())) if k not in ("docs", "missing")]
    head = "| measure | " + " | ".join(results) + " |"
    rows = [head, "|---" * (len(results) + 1) + "|"]
    for k in keys:
        rows.append(f"| {k} | " + " | ".join(f"{results[s][k]:.3f}" for s in results) + " |")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--raise-floors", action="store_true")
    args = ap.parse_args()
    results = measure()
    print(markdown(results) if args.markdown else json.dumps(results, indent=1))
    floors = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    failed = []
    for set_name, measures in floors.items():
        for key, floor in measures.items():
            got = results[set_name][key]
            bad = got > floor if key in LOWER_IS_BETTER else got < floor
            if bad:
                failed.append(f"{set_name}.{key}={got:.3f} (floor {floor})")
    if args.raise_floors:
        for set_name, measures in results.items():
            for key, got in measures.items():
                if key in LOWER_IS_BETTER or key == "docs":
                    continue
                new = round(max(0.0, got - 0.02), 2)
                if new > floors.setdefault(set_name, {}).get(key, 0.0):
                    floors[set_name][key] = new
            floors[set_name].setdefault("published_false", 0)
        BASELINE.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
    if failed:
        print("below the floor: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
