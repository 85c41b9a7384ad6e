"""Throughput and peak memory of `warta extract` on one core, text and HTML, beside bare trafilatura.

Text: every gold article (seeds + dev, read from ../shared/examples) run through the full pipeline,
repeated. HTML: the pages of ../shared/data/article-extraction-benchmark through warta's full pipeline
and through bare `trafilatura.extract`, same pages, same run. Times are CPU seconds of this process
(the machine is shared; wall time would count other jobs). trafilatura's one-time set-up (justext
stop lists, the public-suffix table) is paid in an untimed pass first, so neither side carries it.
Prints a markdown table and the CPU milliseconds per article of each stage.

    taskset -c 1 python benchmarks/bench_extract.py [--repeat N] [--pages N]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import resource
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.model import Article
    from warta.pipeline import Pipeline

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
    text_stages: dict[str, float] = {}
    t0 = time.process_time()
    for _ in range(args.repeat):
        for aid, text in texts:
            run_timed(pipeline, Article(id=aid, raw=text), text_stages)
    text_rate = args.repeat * len(texts) / (time.process_time() - t0)

    pages = html_pages(args.pages)
    for html in pages:  # untimed: trafilatura's lazy set-up
        trafilatura.extract(html, include_comments=False, include_tables=False)
    t0 = time.process_time()
    for html in pages:
        trafilatura.extract(html, include_comments=False, include_tables=False)
    bare_rate = len(pages) / (time.process_time() - t0)
    html_stages: dict[str, float] = {}
    t0 = time.process_time()
    for i, html in enumerate(pages):
        run_timed(pipeline, Article(id=str(i), raw=html, format="html"), html_stages)
    html_rate = len(pages) / (time.process_time() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print("| input | system | articles/s (1 core) |")
    print("|---|---|---|")
    print(
        f"| text, {len(texts)} gold articles x {args.repeat} | warta extract (all stages) | {text_rate:.1f} |"
    )
    print(f"| HTML, {len(pages)} benchmark pages | warta extract (all stages) | {html_rate:.1f} |")
    print(f"| HTML, {len(pages)} benchmark pages | bare trafilatura.extract | {bare_rate:.1f} |")
    print(
        f"\nwarta / trafilatura time ratio on HTML: {bare_rate / html_rate:.2f}x; peak RSS {peak_mb:.0f} MB"
    )
    print("\n| stage | text ms/article | HTML ms/article |")
    print("|---|---|---|")
    n_text, n_html = args.repeat * len(texts), len(pages)
    for name in text_stages:
        text_ms, html_ms = 1000 * text_stages[name] / n_text, 1000 * html_stages.get(name, 0.0) / n_html
        print(f"| {name} | {text_ms:.2f} | {html_ms:.2f} |")


def run_timed(pipeline: Pipeline, article: Article, spent: dict[str, float]) -> Article:
    """The pipeline's stages in order, as `Pipeline.__call__` runs them, adding CPU time per stage."""
    for stage in pipeline.stages:
        t0 = time.process_time()
        with contextlib.suppress(Exception):  # the pipeline records a failing stage and goes on
            article = stage(article)
        spent[stage.name] = spent.get(stage.name, 0.0) + time.process_time() - t0
    return article


if __name__ == "__main__":
    main()
