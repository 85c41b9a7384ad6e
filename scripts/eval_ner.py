"""Entity-level F1 (exact span + type) of the NER model on each set's dev split.

`python scripts/eval_ner.py [--data DIR] [--model PATH]` prints a Markdown table with precision,
recall, F1 and tagging speed (sentences per CPU-second, features included; "cold" = first
pass, "warm" = second pass with the per-word feature caches filled). Dev splits are the
official dev files, or the last 10 % of train where a set ships no labelled dev split here
(scripts/train_ner.py never trains on them).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from warta.extract import ner
from warta.extract.ner_data import DATASETS, Sentence, load_split

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def entity_set(tags: list[str]) -> set[tuple[int, int, str]]:
    return set(ner.spans_from_bio(tags))


def score(dev: list[Sentence]) -> dict[str, float]:
    """Micro P/R/F1 over exact entity spans and the tagging rate in sentences per second."""
    tp = n_pred = n_gold = 0
    # CPU time of this process = speed per core, whatever else the machine is running.
    t0 = time.process_time()
    predictions = [ner.recognize_tokens(tokens) for tokens, _ in dev]
    cold = time.process_time() - t0
    t0 = time.process_time()
    for tokens, _ in dev:  # again, with the per-word feature caches warm (a long-running process)
        ner.recognize_tokens(tokens)
    warm = time.process_time() - t0
    for (_, gold), pred in zip(dev, predictions, strict=True):
        g, p = entity_set(gold), entity_set(pred)
        tp += len(g & p)
        n_pred += len(p)
        n_gold += len(g)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "p": precision,
        "r": recall,
        "f1": f1,
        "n": len(dev),
        "gold": n_gold,
        "cold": len(dev) / cold if cold else 0.0,
        "warm": len(dev) / warm if warm else 0.0,
    }


def evaluate(data: Path) -> list[tuple[str, dict[str, float]]]:
    rows = []
    for ds in DATASETS:
        if (data / ds.name).exists():
            _, dev = load_split(data, ds)
            rows.append((f"{ds.name} ({ds.dev or 'last 10% of train'})", score(dev)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", type=Path, default=None, help="a .crfsuite file (default: the packaged one)")
    args = ap.parse_args()
    if args.model:
        ner.MODEL_PATH = args.model
    ner.recognize_tokens(["warm", "up"])  # load the model outside the timed loop
    print("| set (dev split) | sentences | gold entities | P | R | F1 | sentences/s cold | warm |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, s in evaluate(args.data):
        print(
            f"| {name} | {s['n']:.0f} | {s['gold']:.0f} | {100 * s['p']:.1f} | {100 * s['r']:.1f} "
            f"| **{100 * s['f1']:.1f}** | {s['cold']:,.0f} | {s['warm']:,.0f} |"
        )


if __name__ == "__main__":
    main()
