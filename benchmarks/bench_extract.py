"""Throughput and peak memory of `warta extract` on one core, text and HTML, beside bare trafilatura.

Text: every gold article (seeds + dev, read from ../shared/examples) run through the full pipeline,
repeated. HTML: the pages of ../shared/data/article-extraction-benchmark (long English pages), the news
pages of ../shared/data/htmldate-eval (Media Cloud 2020 sample, whole pages of news sites) and the
id/ms gold articles in the five invented site templates of `html_templates.py` (the pages of
bench_html_idms.py), each through warta's full pipeline and through bare `trafilatura.extract`,
same pages, same run. Times are CPU seconds of this process
(the machine is shared; wall time would count other jobs). trafilatura's one-time set-up (justext
stop lists, the public-suffix table) is paid in an untimed pass first, so neither side carries it.
Prints a markdown table and the CPU milliseconds per article of each stage.

    taskset -c 1 python benchmarks/bench_extract.py [--repeat N] [--pages N] [--read-only]

The extraction stages skip pages warta reads as another language than id/ms/en (a German or a
Japanese page); `--read-only` times only the HTML pages it reads as id/ms/en, every stage run.
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


def html_pages(limit: int, skip: int = 0) -> list[str]:
    pages = sorted((SHARED / "data" / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in pages[skip : skip + limit]]


def news_pages() -> list[str]:
    """The news pages of htmldate-eval (the Media Cloud 2020 sample: news sites worldwide, full pages
    with their navigation and ads, about 160 kB each), the kind of page the issue's 20-25 pages/s is about."""
    root = SHARED / "data" / "htmldate-eval"
    records = [
        json.loads(line) for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    return [
        gzip.decompress((root / "html" / f"{rec['id']}.html.gz").read_bytes()).decode("utf-8", "replace")
        for rec in records
        if rec["source_list"] == "eval_mediacloud_2020.json"
    ]


def idms_pages() -> list[str]:
    """The id/ms gold articles in the invented site templates (the pages of bench_html_idms.py)."""
    from html_templates import TEMPLATES, from_gold, render

    records = []
    for name in ("seeds-gold.jsonl", "dev-gold.jsonl"):
        lines = (SHARED / "examples" / name).read_text(encoding="utf-8").splitlines()
        records += [json.loads(line) for line in lines if line.strip()]
    return [render(t, from_gold(rec)) for t in TEMPLATES for rec in records]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument(
        "--read-only", action="store_true", help="HTML sets: only the pages warta reads as id/ms/en"
    )
    args = ap.parse_args()

    from warta.model import Article
    from warta.pipeline import default_pipeline

    pipeline = default_pipeline()
    texts = gold_texts()
    # Process-level set-up (models, tables, lazily compiled patterns) is paid outside the timing, on
    # pages that are not timed: the rates are a long run's steady state, per-document work only.
    for i, html in enumerate(html_pages(10, skip=args.pages)):
        pipeline(Article(id=f"warm{i}", raw=html, format="html"))
    pipeline(Article(id="warm", raw=texts[0][1]))
    with contextlib.suppress(ImportError):  # the public-suffix table courlan loads on first use
        from tld.utils import get_tld_names

        get_tld_names()
    stages: dict[str, dict[str, float]] = {"text": {}}
    t0 = time.process_time()
    for _ in range(args.repeat):
        for aid, text in texts:
            run_timed(pipeline, Article(id=aid, raw=text), stages["text"])
    counts = {"text": args.repeat * len(texts)}
    rows = [
        f"| text, {len(texts)} gold articles x {args.repeat} | {counts['text'] / (time.process_time() - t0):.1f} | | |"
    ]
    sets = {
        "HTML, English benchmark": html_pages(args.pages),
        "HTML, news pages (htmldate-eval)": news_pages(),
        "HTML, id/ms templates": idms_pages(),
    }
    if args.read_only:  # the extraction stages skip other languages: time the id/ms/en pages alone
        for label in ("HTML, English benchmark", "HTML, news pages (htmldate-eval)"):
            codes = _languages(label, args.pages)
            sets[label] = [page for page, code in zip(sets[label], codes, strict=True) if code in READ]
    for label, pages in sets.items():
        bare_rate, warta_rate = time_html(pipeline, pages, stages.setdefault(label, {}))
        counts[label] = len(pages)
        rows.append(
            f"| {label}, {len(pages)} pages | {warta_rate:.1f} | {bare_rate:.1f} | {bare_rate / warta_rate:.2f}x |"
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print("| input | warta extract, articles/s (1 core) | bare trafilatura, pages/s | time ratio |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    print(f"\npeak RSS {peak_mb:.0f} MB\n")
    print("| stage | " + " | ".join(f"{label} ms/article" for label in stages) + " |")
    print("|---|" + "---|" * len(stages))
    for name in stages["text"]:
        cells = [f"{1000 * spent.get(name, 0.0) / counts[label]:.2f}" for label, spent in stages.items()]
        print(f"| {name} | " + " | ".join(cells) + " |")


READ = ("id", "ms", "en")


def _languages(label: str, limit: int) -> list[str]:
    """warta's language of each page of a set, worked out in a child process (so the timing process's
    per-word caches have not seen the pages)."""
    import subprocess
    import sys

    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import bench_extract as b\n"
        "from warta.model import Article; from warta.pipeline import default_pipeline\n"
        "p = default_pipeline(); stages = [s for s in p.stages if s.name in ('clean.lines', 'language')]\n"
        "pages = b.html_pages(int(sys.argv[3])) if sys.argv[2] == 'benchmark' else b.news_pages()\n"
        "out = []\n"
        "for h in pages:\n"
        "    a = Article(id='x', raw=h, format='html')\n"
        "    for s in stages: a = s(a)\n"
        "    out.append(a.language)\n"
        "print(json.dumps(out))\n"
    )
    which = "benchmark" if "benchmark" in label else "news"
    here = str(Path(__file__).resolve().parent)
    done = subprocess.run(
        [sys.executable, "-c", code, here, which, str(limit)], capture_output=True, text=True, check=True
    )
    found: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def time_html(pipeline: Pipeline, pages: list[str], spent: dict[str, float]) -> tuple[float, float]:
    """Pages per CPU second of bare trafilatura and of warta's full pipeline on the same pages."""
    import trafilatura

    from warta.model import Article

    for html in pages:  # untimed: trafilatura's lazy set-up
        trafilatura.extract(html, include_comments=False, include_tables=False)
    t0 = time.process_time()
    for html in pages:
        trafilatura.extract(html, include_comments=False, include_tables=False)
    bare_rate = len(pages) / (time.process_time() - t0)
    t0 = time.process_time()
    for i, html in enumerate(pages):
        run_timed(pipeline, Article(id=str(i), raw=html, format="html"), spent)
    return bare_rate, len(pages) / (time.process_time() - t0)


def run_timed(pipeline: Pipeline, article: Article, spent: dict[str, float]) -> Article:
    """The pipeline's stages in order, as `Pipeline.__call__` runs them, adding CPU time per stage."""
    from warta.pipeline import applies

    for stage in pipeline.stages:
        if not applies(stage, article):  # an extraction stage on a language it does not read
            continue
        t0 = time.process_time()
        with contextlib.suppress(Exception):  # the pipeline records a failing stage and goes on
            article = stage(article)
        spent[stage.name] = spent.get(stage.name, 0.0) + time.process_time() - t0
    return article


if __name__ == "__main__":
    main()
