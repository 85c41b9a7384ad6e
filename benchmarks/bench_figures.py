"""Throughput of the dates and figures stages alone, on one core, over the gold articles.

The articles go through the default pipeline once (cleaning, entities, quotes ...); then only
`extract.dates.v1` and `extract.figures.v1` are timed, repeated, in wall and CPU time. Prints
one markdown row.

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
    n, start, cpu = 0, time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for article in articles:
            figures(dates(article))
            n += 1
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    # CPU time is the per-core figure; wall time also counts waiting on a busy machine.
    print("| stages | articles | wall s | CPU s | articles/s per core (CPU) |")
    print("|---|---|---|---|---|")
    print(f"| extract.dates.v1 + extract.figures.v1 | {n} | {elapsed:.2f} | {cpu:.2f} | {n / cpu:.0f} |")


if __name__ == "__main__":
    main()
