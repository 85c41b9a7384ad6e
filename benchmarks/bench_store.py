"""Store and search at scale on a synthetic corpus: ingest rate, search p50/p95 with filters, size, memory.

The corpus is generated here from a vocabulary this file writes (syllables combined into words,
names and places; Zipf-distributed), so nothing is copied from real articles. Measures `store.add`
only (no extraction), then a fixed mix of queries: plain words, phrases, rare words, and each filter.

    python benchmarks/bench_store.py [--n 200000] [--db sqlite|memory|postgresql://...] [--queries 400] [--search tantivy|fts5]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from warta.model import Article, Entity
from warta.store.base import SearchQuery, Store, open_store

SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bu",
    "da",
    "de",
    "di",
    "du",
    "ga",
    "gi",
    "gu",
    "ka",
    "ke",
    "ki",
    "ku",
    "la",
    "le",
    "li",
    "lu",
    "ma",
    "me",
    "mi",
    "mu",
    "na",
    "ne",
    "ni",
    "nu",
    "pa",
    "pe",
    "pi",
    "pu",
    "ra",
    "re",
    "ri",
    "ru",
    "sa",
    "se",
    "si",
    "su",
    "ta",
    "te",
    "ti",
    "tu",
    "wa",
    "we",
    "wi",
    "ya",
    "yu",
    "an",
    "ang",
    "ar",
    "as",
    "at",
    "en",
    "in",
    "ir",
    "on",
    "ung",
]
CONNECTIVES = [
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "pada",
    "itu",
    "ini",
    "dalam",
    "akan",
    "tidak",
    "juga",
    "oleh",
    "sudah",
    "kata",
]
DIACRITIC = str.maketrans({"a": "á", "e": "é", "u": "ü"})


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Corpus:
    """Synthetic articles: Zipf word choice, 2-5 entities of 2k names, 30 outlets, 3 languages, 2 years."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.words = make_vocabulary(self.rng, 30_000)
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.words))))
        self.names = [
            f"{w.title()} {v.title()}" for w, v in zip(self.words[:2000], self.words[2000:4000], strict=True)
        ]
        self.outlets = [f"{w.title()} Pos" for w in self.words[4000:4030]]
        self.languages = ["id", "ms", "en"]

    def sentence(self, n: int) -> str:
        picks = self.rng.choices(self.words, cum_weights=self.cum_weights, k=n)
        for i in range(0, n, 5):
            picks.insert(i, self.rng.choice(CONNECTIVES))
        if self.rng.random() < 0.2:  # some diacritics, so folding is exercised
            picks[0] = picks[0].translate(DIACRITIC)
        return " ".join(picks).capitalize() + "."

    def article(self, i: int) -> Article:
        rng = self.rng
        names = rng.sample(self.names, rng.randint(2, 5))
        body = " ".join(self.sentence(rng.randint(10, 20)) for _ in range(rng.randint(6, 12)))
        day = 1 + rng.randrange(730)
        return Article(
            id=f"syn-{i:07d}",
            url=f"https://example.invalid/{i}",
            title=f"{names[0]} {self.sentence(5)}",
            text=f"{names[0]} {body} {' '.join(names[1:])}.",
            outlet=rng.choice(self.outlets),
            language=rng.choice(self.languages),
            published=f"{2023 + day // 366}-{1 + (day % 366) // 31:02d}-{1 + day % 28:02d}",
            story_id=f"story-{rng.randrange(max(1, i // 8 + 1))}",
            entities=[Entity(n, "person") for n in names],
        )

    def stream(self, n: int) -> Iterator[Article]:
        for i in range(n):
            yield self.article(i)

    def queries(self, k: int) -> list[SearchQuery]:
        rng = self.rng
        out: list[SearchQuery] = []
        for i in range(k):
            kind = i % 8
            word = self.words[rng.randrange(20, 3000)]
            rare = self.words[rng.randrange(5000, 30_000)]
            q = SearchQuery(text=word)
            if kind == 1:
                q = SearchQuery(text=f"{word} {self.words[rng.randrange(20, 500)]}")
            elif kind == 2:
                q = SearchQuery(text=rare)
            elif kind == 3:
                q = SearchQuery(text=word, language=rng.choice(self.languages))
            elif kind == 4:
                q = SearchQuery(text=word, outlet=rng.choice(self.outlets))
            elif kind == 5:
                q = SearchQuery(text=word, entity=rng.choice(self.names))
            elif kind == 6:
                q = SearchQuery(text=word, since="2023-03-01", until="2023-06-30")
            elif kind == 7:
                q = SearchQuery(text=self.words[rng.randrange(0, 20)], language="id", since="2024-01-01")
            out.append(q)
        return out


def size_of(url: str) -> int:
    """Bytes of the SQLite file, its WAL and the search index directory beside it."""
    if "://" in url or url == ":memory:":
        return 0
    files = [p for p in Path(url).parent.glob(Path(url).name + "*") if p.is_file()]
    files += [p for p in Path(url + ".search").rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--db", default="sqlite", help="sqlite (a temp file), memory or a postgresql:// URL")
    ap.add_argument("--queries", type=int, default=400)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument(
        "--search", choices=["tantivy", "fts5"], default="tantivy", help="SQLite's full-text engine"
    )
    args = ap.parse_args()
    os.environ["WARTA_SEARCH"] = args.search

    tmp = tempfile.mkdtemp(prefix="warta-bench-")
    url = {"sqlite": os.path.join(tmp, "bench.db"), "memory": ":memory:"}.get(args.db, args.db)
    store: Store = open_store(url)
    corpus = Corpus()
    added, add_time, batch = 0, 0.0, []
    for article in corpus.stream(args.n):
        batch.append(article)
        if len(batch) >= args.batch:
            t = time.perf_counter()
            added += len(store.add(batch).new)
            add_time += time.perf_counter() - t
            batch = []
    if batch:
        t = time.perf_counter()
        added += len(store.add(batch).new)
        add_time += time.perf_counter() - t

    times: dict[str, list[float]] = {}
    totals = 0
    for q in corpus.queries(args.queries):
        label = _label(q)
        t = time.perf_counter()
        totals += store.search(q).total
        times.setdefault(label, []).append((time.perf_counter() - t) * 1000)
        times.setdefault("all", []).append(times[label][-1])
    store.close()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = size_of(url)
    shutil.rmtree(tmp, ignore_errors=True)
    engine = f" search={args.search}" if args.db == "sqlite" else ""
    backend = args.db.split(":", 1)[0]  # never print a DSN's password
    print(f"backend={backend}{engine} articles={added} (N={args.n}) batch={args.batch}")
    print("| measure | value |\n|---|---|")
    print(f"| ingest (store.add) | {added / add_time:,.0f} articles/s ({add_time:.1f} s) |")
    print(
        f"| store size on disk (db + WAL + index) | {size / 1e6:,.0f} MB |"
        if size
        else "| store size | n/a |"
    )
    print(f"| peak memory (max RSS) | {peak_mb:,.0f} MB |")
    print("\n| query kind | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    for label, values in sorted(times.items(), key=lambda kv: kv[0] != "all"):
        values.sort()
        p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
        print(f"| {label} | {len(values)} | {statistics.median(values):.1f} | {p95:.1f} | {values[-1]:.1f} |")


def _label(q: SearchQuery) -> str:
    filters = [k for k in ("language", "outlet", "entity", "since") if getattr(q, k)]
    words = "phrase/2 words" if " " in q.text else "1 word"
    return words + (" + " + " + ".join(filters) if filters else "")


if __name__ == "__main__":
    main()
