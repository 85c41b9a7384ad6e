"""Throughput of the dates and figures stages alone, on one core, over the gold articles.

The articles go through the default pipeline once (cleaning, entities, quotes ...); then only
`extract.dates.v1` and `extract.figures.v1` are timed, repeated. Prints one markdown row.

    python benchmarks/bench_figures.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from warta.extract.dates import ExtractDates
from warta.extract.figures import ExtractFigures
from warta.model import Article
from warta.pipeline import default_pipeline

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    recs = [
        json.loads(line)
        for name in ("seeds-gold.jsonl", "dev-gold.jsonl")
        for line in (EXAMPLES / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    pipeline = default_pipeline()
    articles = [pipeline(Article(id=r["id"], raw=r["text"])) for r in recs]
    dates, figures = ExtractDates(), ExtractFigures()
    n, start = 0, time.perf_counter()
    for _ in range(args.repeat):
        for article in articles:
            figures(dates(article))
            n += 1
    elapsed = time.perf_counter() - start
    print("| stages | articles | seconds | articles/s |")
    print("|---|---|---|---|")
    print(f"| extract.dates.v1 + extract.figures.v1 | {n} | {elapsed:.2f} | {n / elapsed:.0f} |")


if __name__ == "__main__":
    main()
