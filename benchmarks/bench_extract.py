"""Throughput and peak memory of `warta extract` on one core, text and HTML, beside bare trafilatura.

Text: every gold article (seeds + dev, read from ../shared/examples) run through the full pipeline,
repeated. HTML: the pages of ../shared/data/article-extraction-benchmark through warta's full pipeline
and through bare `trafilatura.extract`, same pages, same run. Prints a markdown table.

    python benchmarks/bench_extract.py [--repeat N] [--pages N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def gold_texts() -> list[tuple[str, str]]:
    out = []
    for name in ("seeds-gold.jsonl", "dev-gold.jsonl"):
        for line in (SHARED / "examples" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append((rec["id"], rec["text"]))
    return out


def html_pages(limit: int) -> list[str]:
    pages = sorted((SHARED / "data" / "article-extraction-benchmark" / "html").glob("*.html.gz"))[:limit]
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in pages]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--pages", type=int, default=60)
    args = ap.parse_args()

    import trafilatura

    from warta.model import Article
    from warta.pipeline import default_pipeline

    pipeline = default_pipeline()
    texts = gold_texts()
    pipeline(Article(id="warm", raw=texts[0][1]))  # load models once, outside the timing
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for aid, text in texts:
            pipeline(Article(id=aid, raw=text))
    text_rate = args.repeat * len(texts) / (time.perf_counter() - t0)

    pages = html_pages(args.pages)
    t0 = time.perf_counter()
    for html in pages:
        trafilatura.extract(html, include_comments=False, include_tables=False)
    bare_rate = len(pages) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for i, html in enumerate(pages):
        pipeline(Article(id=str(i), raw=html, format="html"))
    html_rate = len(pages) / (time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print("| input | system | articles/s (1 core) |")
    print("|---|---|---|")
    print(f"| text, {len(texts)} gold articles x {args.repeat} | warta extract (all stages) | {text_rate:.1f} |")
    print(f"| HTML, {len(pages)} benchmark pages | warta extract (all stages) | {html_rate:.1f} |")
    print(f"| HTML, {len(pages)} benchmark pages | bare trafilatura.extract | {bare_rate:.1f} |")
    print(f"\nwarta / trafilatura time ratio on HTML: {bare_rate / html_rate:.2f}x; peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
