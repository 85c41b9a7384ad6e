"""REST search latency of a live `warta serve` over the synthetic corpus of bench_store.py.

Builds the corpus in a temporary SQLite store (or reuses --db), starts `warta serve` on loopback,
sends the same query mix as bench_store.py through HTTP (filters included) one at a time, and
prints p50/p95 per query kind. Only 127.0.0.1 is contacted; the request count is bounded.

    python benchmarks/bench_api.py [--n 200000] [--queries 400] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import Corpus, _label

from warta.store.base import open_store


def build(path: str, n: int) -> None:
    store = open_store(path)
    batch = []
    for article in Corpus().stream(n):
        batch.append(article)
        if len(batch) >= 1000:
            store.add(batch)
            batch = []
    if batch:
        store.add(batch)
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--queries", type=int, default=400)
    ap.add_argument("--db", default=None, help="an existing store to reuse (else one is built)")
    args = ap.parse_args()
    db = args.db or os.path.join(tempfile.mkdtemp(prefix="warta-bench-api-"), "bench.db")
    if not args.db:
        t = time.perf_counter()
        build(db, args.n)
        print(f"built {args.n} articles in {time.perf_counter() - t:.0f} s: {db}")
    port = free_port()
    cmd = [sys.executable, "-m", "warta.cli", "serve", "--db", db, "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(150):
                try:
                    client.get("/api/health")
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            times: dict[str, list[float]] = {}
            for q in Corpus().queries(args.queries):
                params = {"q": q.text, "entity": q.entity, "lang": q.language, "outlet": q.outlet,
                          "since": q.since, "until": q.until}  # fmt: skip
                t = time.perf_counter()
                response = client.get("/api/search", params={k: v for k, v in params.items() if v})
                elapsed = (time.perf_counter() - t) * 1000
                response.raise_for_status()
                times.setdefault(_label(q), []).append(elapsed)
                times.setdefault("all", []).append(elapsed)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"REST /api/search on {args.n} articles (SQLite + tantivy), one client on loopback")
    print("\n| query kind | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    for label, values in sorted(times.items(), key=lambda kv: kv[0] != "all"):
        values.sort()
        p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
        print(f"| {label} | {len(values)} | {statistics.median(values):.1f} | {p95:.1f} | {values[-1]:.1f} |")


if __name__ == "__main__":
    main()
