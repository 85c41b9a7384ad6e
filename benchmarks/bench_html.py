"""HTML main-text and publication-date quality, warta beside the bare reference tools, in one run.

Body text: token-level F1 on ../shared/data/article-extraction-benchmark (4-token shingles, multiset
precision/recall against `articleBody`, averaged over pages, as that benchmark describes its metric),
warta's HTML path vs bare `trafilatura.extract`. Dates: exact-day accuracy on ../shared/data/htmldate-eval,
warta's publication date vs bare `htmldate.find_date` (original date, no extensive search, as warta asks it).
Also times both on the same pages. Prints markdown tables.

    python benchmarks/bench_html.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text.lower())
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    p_sh, g_sh = shingles(pred), shingles(gold)
    overlap = sum((p_sh & g_sh).values())
    p = overlap / max(1, sum(p_sh.values()))
    r = overlap / max(1, sum(g_sh.values()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def body_bench(limit: int | None) -> list[str]:
    import trafilatura

    from warta.clean.stage import CleanLines
    from warta.model import Article

    root = DATA / "article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted(root.glob("html/*.html.gz"))[:limit]
    scores: dict[str, list[tuple[float, float, float]]] = {"warta": [], "trafilatura": []}
    times = {"warta": 0.0, "trafilatura": 0.0}
    cleaner = CleanLines()
    for page in pages:
        key = page.name.removesuffix(".html.gz")
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        gold = truth[key]["articleBody"]
        t0 = time.perf_counter()
        bare = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
        t1 = time.perf_counter()
        ours = cleaner(Article(id=key, raw=html, format="html", url=truth[key].get("url"))).text
        t2 = time.perf_counter()
        times["trafilatura"] += t1 - t0
        times["warta"] += t2 - t1
        scores["trafilatura"].append(prf(bare, gold))
        scores["warta"].append(prf(ours, gold))
    rows = [
        f"Body text on {len(pages)} pages of article-extraction-benchmark (English)",
        "",
        "| system | precision | recall | F1 | pages/s |",
        "|---|---|---|---|---|",
    ]
    for name, vals in scores.items():
        p, r, f = (sum(v[i] for v in vals) / len(vals) for i in range(3))
        rows.append(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {len(pages) / times[name]:.1f} |")
    return rows


def date_bench(limit: int | None) -> list[str]:
    from htmldate import find_date

    from warta.clean.stage import CleanLines
    from warta.extract.metadata import published_date
    from warta.model import Article

    root = DATA / "htmldate-eval"
    records = [json.loads(ln) for ln in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    records = records[:limit]
    ok = {"warta": 0, "htmldate": 0}
    given = {"warta": 0, "htmldate": 0}
    cleaner = CleanLines()
    for rec in records:
        html = gzip.decompress((root / "html" / f"{rec['id']}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        bare = find_date(html, url=rec["url"], original_date=True, extensive_search=False)
        article = cleaner(Article(id=rec["id"], raw=html, format="html", url=rec["url"]))
        ours = published_date(article)
        for name, value in (("htmldate", bare), ("warta", ours)):
            given[name] += bool(value)
            ok[name] += (value or "")[:10] == rec["date"]
    n = len(records)
    rows = [
        f"Publication date on {n} pages of htmldate-eval",
        "",
        "| system | accuracy (exact day) | dates given | wrong dates given |",
        "|---|---|---|---|",
    ]
    for name in ("warta", "htmldate"):
        rows.append(f"| {name} | {ok[name] / n:.3f} | {given[name]} | {given[name] - ok[name]} |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    print("\n".join(body_bench(args.limit)))
    print()
    print("\n".join(date_bench(args.limit)))


if __name__ == "__main__":
    main()
