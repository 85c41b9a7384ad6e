"""HTML main text on Indonesian/Malay news pages: warta beside bare trafilatura, in one run.

There is no id/ms HTML reference set, so the pages are built: each of the 20 public gold articles
(../shared/examples/{seeds,dev}-gold.jsonl, read at run time) goes through the 5 invented site
templates of benchmarks/html_templates.py -> 100 pages. Reference main text = the record's text
lines minus its gold boilerplate lines. Scored with bench_html.py's token 4-gram F1 (`prf`).
Also counts, per system: gold boilerplate lines kept, headlines kept (when the text has one), and
template chrome lines kept (output lines found neither in the article's text nor its headline).

    python benchmarks/bench_html_idms.py [--limit N] [--show TEMPLATE:ID]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections.abc import Callable
from html.entities import html5
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_html import prf
from html_templates import TEMPLATES, PageArticle, from_gold, render

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]\w*);?")
_WS = re.compile(r"\s+")


def _entity(m: re.Match[str]) -> str:
    name = m[1]
    if name.startswith("#"):
        return html.unescape(f"&{name};")
    for k in range(len(name), 1, -1):  # "&ldquocara" in a scrape: the longest entity name that fits
        if f"{name[:k]};" in html5:
            return html5[f"{name[:k]};"] + name[k:]
    return m[0]


def norm(text: str) -> str:
    """Entities decoded (warta repairs "&rdquo", trafilatura does not), quotes and spaces folded."""
    text = _ENTITY.sub(_entity, text)
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return _WS.sub(" ", text).strip().casefold()


def load_articles() -> list[PageArticle]:
    recs = []
    for name in ("seeds-gold.jsonl", "dev-gold.jsonl"):
        with (EXAMPLES / name).open(encoding="utf-8") as f:
            recs += [json.loads(ln) for ln in f if ln.strip()]
    return [from_gold(r) for r in recs]


def kept_lines(output: str, lines: list[str]) -> list[str]:
    """Lines of `lines` the output still holds: short ones (<= 3 words) only as a whole output line."""
    out = norm(output)
    out_lines = {norm(ln) for ln in output.splitlines()}
    hits = []
    for line in lines:
        n = norm(line)
        if (n in out_lines) if len(n.split()) <= 3 else (n in out):
            hits.append(line)
    return hits


def chrome_lines(output: str, a: PageArticle) -> list[str]:
    """Output lines that come from the template, not from the article (its body, noise or headline)."""
    source = norm("\n".join([a.headline, *(ln for ln, _ in a.lines)]))
    return [ln for ln in output.splitlines() if ln.strip() and norm(ln) not in source]


def warta_fn() -> Callable[[str, str], str]:
    from warta.clean.stage import CleanLines
    from warta.model import Article

    cleaner = CleanLines()
    return lambda page_id, page: cleaner(Article(id=page_id, raw=page, format="html")).text


def trafilatura_fn() -> Callable[[str, str], str]:
    import trafilatura

    return lambda page_id, page: trafilatura.extract(page, include_comments=False, include_tables=False) or ""


def run(articles: list[PageArticle]) -> dict[str, dict[str, dict[str, float]]]:
    """stats[system][template] -> sums of p, r, f, seconds, pages, kept noise, headlines, chrome."""
    systems = {"warta": warta_fn(), "trafilatura": trafilatura_fn()}
    stats: dict[str, dict[str, dict[str, float]]] = {s: {} for s in systems}
    for t in TEMPLATES:
        for a in articles:
            page = render(t, a)
            gold = "\n".join(a.reference)  # the headline, when the text has one, is a reference line
            for name, fn in systems.items():
                t0 = time.perf_counter()
                out = fn(f"{t.name}:{a.id}", page)
                secs = time.perf_counter() - t0
                if not a.headline_in_text:  # a made-up <h1> is neither reference nor noise: not scored
                    out = "\n".join(ln for ln in out.splitlines() if norm(ln) != norm(a.headline))
                p, r, f = prf(norm(out), norm(gold))
                row = stats[name].setdefault(
                    t.name, dict.fromkeys(("p", "r", "f", "s", "n", "bp", "hl", "ch"), 0.0)
                )
                row["p"] += p
                row["r"] += r
                row["f"] += f
                row["s"] += secs
                row["n"] += 1
                row["bp"] += len(kept_lines(out, a.boilerplate))
                row["hl"] += bool(a.headline_in_text and kept_lines(out, [a.headline]))
                row["ch"] += len(chrome_lines(out, a))
    return stats


def table(stats: dict[str, dict[str, dict[str, float]]], articles: list[PageArticle]) -> list[str]:
    n_bp = sum(len(a.boilerplate) for a in articles)
    n_hl = sum(a.headline_in_text for a in articles)
    rows = [
        f"Main text on {len(articles)} gold id/ms articles x {len(TEMPLATES)} templates "
        f"({n_bp} gold boilerplate lines and {n_hl} text headlines per template)",
        "",
        "| template | system | precision | recall | F1 | pages/s | gold noise lines kept | headlines kept | chrome lines kept |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for tname in [*(t.name for t in TEMPLATES), "ALL"]:
        for name, per in stats.items():
            rs = list(per.values()) if tname == "ALL" else [per[tname]]
            tot = {k: sum(r[k] for r in rs) for k in rs[0]}
            n = tot["n"]
            rows.append(
                f"| {tname} | {name} | {tot['p'] / n:.3f} | {tot['r'] / n:.3f} | {tot['f'] / n:.3f} "
                f"| {n / tot['s']:.1f} | {int(tot['bp'])} | {int(tot['hl'])} | {int(tot['ch'])} |"
            )
    return rows


def show(spec: str, articles: list[PageArticle]) -> None:
    """Print one page's outputs with the lines each system missed or added, to read a loss."""
    tname, aid = spec.split(":")
    t = next(t for t in TEMPLATES if t.name == tname)
    a = next(a for a in articles if a.id == aid)
    page = render(t, a)
    ref = a.reference
    for name, fn in (("warta", warta_fn()), ("trafilatura", trafilatura_fn())):
        out = fn(spec, page)
        missed = [ln for ln in ref if ln not in kept_lines(out, [ln])]
        print(f"## {name}: missed {len(missed)} body lines, kept noise {kept_lines(out, a.boilerplate)}")
        print(*(f"  - MISSED {ln[:100]}" for ln in missed), sep="\n")
        print(*(f"  + CHROME {ln[:100]}" for ln in chrome_lines(out, a)), sep="\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--show", default=None, help="TEMPLATE:ID, print one page's misses and extras")
    args = ap.parse_args()
    articles = load_articles()[: args.limit]
    if args.show:
        show(args.show, articles)
        return
    print("\n".join(table(run(articles), articles)))


if __name__ == "__main__":
    main()
