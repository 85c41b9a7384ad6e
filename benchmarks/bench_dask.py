"""Local vs Dask executor: `warta run` throughput on the gold texts, and the cost of a resumed run.

Writes the seed and dev gold texts (read from ../shared/examples) `--repeat` times into a temporary
directory as .txt files, then runs the default pipeline over them with each executor (same shards),
checks the shard outputs are identical, and runs again to time a fully resumed run.

    python benchmarks/bench_dask.py [--repeat 10] [--workers 2] [--files-per-shard 20]
"""

from __future__ import annotations

import argparse
import filecmp
import json
import tempfile
import time
from pathlib import Path

from warta.executor import execute, get_executor

SHARED = Path(__file__).resolve().parents[2] / "shared"


def write_inputs(root: Path, repeat: int) -> int:
    n = 0
    for name in ("seeds-gold.jsonl", "dev-gold.jsonl"):
        for line in (SHARED / "examples" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            for r in range(repeat):
                # a distinct last line per copy, so every file is its own article
                (root / f"{rec['id']}-{r:03d}.txt").write_text(rec["text"] + f"\n\n({r})\n", encoding="utf-8")
                n += 1
    return n


def timed(paths: list[Path], out: Path, name: str, workers: int, per_shard: int) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    report = execute(paths, out, get_executor(name, workers=workers), files_per_shard=per_shard)
    return time.perf_counter() - t0, report.ran, report.stats.get("articles", 0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--files-per-shard", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        n = write_inputs(root / "in", args.repeat)
        print(
            f"| executor ({n} articles, {args.files_per_shard} files/shard) | run | articles/s | resumed run |"
        )
        print("|---|---|---|---|")
        for name in ("local", "dask"):
            out = root / name
            seconds, ran, articles = timed([root / "in"], out, name, args.workers, args.files_per_shard)
            again, ran_again, _ = timed([root / "in"], out, name, args.workers, args.files_per_shard)
            label = name if name == "local" else f"dask ({args.workers} processes)"
            print(
                f"| {label} | {seconds:.1f} s ({ran} shards) | {articles / seconds:.1f} | {again:.2f} s ({ran_again} shards run) |"
            )
        same = filecmp.dircmp(root / "local", root / "dask")
        identical = not (same.diff_files or same.left_only or same.right_only)
        print(f"\nshard outputs identical: {identical}")


if __name__ == "__main__":
    main()
