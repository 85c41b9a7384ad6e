"""Near-duplicate and story clustering rate on a generated corpus with planted edited copies.

The corpus is generated here (syllable words, Zipf-distributed; nothing copied from real articles):
stories of 1-6 articles that share 2-4 names and a place and fall within a few days, in 3 languages.
A share of the articles are planted copies of an earlier article, lightly edited the way syndicated
wire copies are (a few words changed, a boilerplate line added, two paragraphs swapped, a new title).
Reports articles/s for `NearDuplicates.add` and `StoryClusterer.add`, recall and precision of the
planted copies, pairwise precision/recall of stories, state size and peak memory.

    python benchmarks/bench_dedup.py [--n 20000] [--copies 0.1] [--seed 7]
"""

from __future__ import annotations

import argparse
import itertools
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import SYLLABLES

from warta.corpus.dedup import NearDuplicates
from warta.corpus.stories import StoryClusterer
from warta.model import Article, Entity

BOILERPLATE = "Ikuti berita terkini kami di kanal WhatsApp dan Telegram setiap hari."


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        words: set[str] = set()
        while len(words) < 20_000:
            words.add("".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))))
        self.words = sorted(words)
        self.cum = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(self.words))))
        self.names = [
            f"{a.title()} {b.title()}" for a, b in zip(self.words[:3000], self.words[3000:6000], strict=True)
        ]
        self.places = [w.title() for w in self.words[6000:6300]]
        self.outlets = [f"{w.title()} News" for w in self.words[6300:6340]]

    def paragraph(self, names: list[str]) -> str:
        picks = self.rng.choices(self.words, cum_weights=self.cum, k=self.rng.randint(30, 60))
        picks.insert(self.rng.randrange(len(picks)), self.rng.choice(names))
        return " ".join(picks).capitalize() + "."

    def story(self, sid: int, day: date) -> tuple[list[str], str, date]:
        return self.rng.sample(self.names, self.rng.randint(2, 4)), self.rng.choice(self.places), day

    def article(self, aid: str, story: tuple[list[str], str, date]) -> Article:
        names, place, day = story
        paras = [self.paragraph([*names, place]) for _ in range(self.rng.randint(4, 8))]
        title = " ".join([*self.rng.sample(names, 1), place, *self.rng.choices(self.words[:2000], k=4)])
        published = day + timedelta(days=self.rng.randint(0, 4))
        return Article(
            id=aid,
            title=title,
            text=title + "\n" + "\n".join(paras),
            outlet=self.rng.choice(self.outlets),
            language=self.rng.choice(["id", "ms", "en"]),
            published=published.isoformat(),
            entities=[Entity(n, "person") for n in names] + [Entity(place, "location")],
        )

    def copy(self, aid: str, src: Article) -> Article:
        paras = src.text.split("\n")[1:]
        words = "\n".join(paras).split(" ")
        for i in self.rng.sample(range(len(words)), min(5, len(words))):
            words[i] = self.rng.choice(self.words)
        paras = " ".join(words).split("\n")
        if len(paras) > 3:
            i = self.rng.randrange(1, len(paras) - 1)
            paras[i], paras[i + 1] = paras[i + 1], paras[i]
        title = "Terkini: " + " ".join(self.rng.choices(self.words, k=6))
        return Article(
            id=aid,
            title=title,
            text=title + "\n" + "\n".join([*paras, BOILERPLATE]),
            outlet=self.rng.choice(self.outlets),
            language=src.language,
            published=src.published,
            entities=list(src.entities),
        )


def corpus(n: int, copy_share: float, seed: int) -> tuple[list[Article], dict[str, str], dict[str, int]]:
    """Articles in arrival order, planted copy -> origin, article -> true story."""
    gen = Generator(seed)
    articles: list[Article] = []
    planted: dict[str, str] = {}
    truth: dict[str, int] = {}
    day, sid, left = date(2024, 1, 1), 0, 0
    story = gen.story(0, day)
    for i in range(n):
        aid = f"a{i:07d}"
        if articles and gen.rng.random() < copy_share:
            src = gen.rng.choice(articles[-500:])
            articles.append(gen.copy(aid, src))
            planted[aid] = planted.get(src.id, src.id)
            truth[aid] = truth[src.id]
            continue
        if left == 0:
            sid, left = sid + 1, gen.rng.randint(1, 6)
            day += timedelta(days=gen.rng.random() < 0.02)  # about 50 stories a day
            story = gen.story(sid, day)
        left -= 1
        articles.append(gen.article(aid, story))
        truth[aid] = sid
    return articles, planted, truth


def pairs(groups: dict[str, list[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for members in groups.values():
        out.update(itertools.combinations(sorted(members), 2))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--copies", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    articles, planted, truth = corpus(args.n, args.copies, args.seed)

    # Rates per CPU second (process time): the machine may be shared, so wall time is shown beside it.
    nd, t0, w0 = NearDuplicates(), time.process_time(), time.perf_counter()
    found = {a.id: o for a in articles if (o := nd.add(a))}
    t_dedup, w_dedup = time.process_time() - t0, time.perf_counter() - w0
    for a in articles:
        a.duplicate_of = found.get(a.id)
    state = len(nd.to_bytes())

    sc, t0, w0 = StoryClusterer(), time.process_time(), time.perf_counter()
    assigned = {a.id: sc.add(a) for a in articles}
    t_stories, w_stories = time.process_time() - t0, time.perf_counter() - w0

    hits = sum(1 for c, o in planted.items() if found.get(c) == o)
    true_story: dict[str, list[str]] = {}
    got_story: dict[str, list[str]] = {}
    for aid, s in truth.items():
        true_story.setdefault(str(s), []).append(aid)
        got_story.setdefault(assigned[aid], []).append(aid)
    tp, gp = pairs(true_story), pairs(got_story)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"| corpus | {len(articles):,} articles, {len(planted):,} planted copies, {len(true_story):,} stories |"
    )
    print("|---|---|")
    print(
        f"| dedup rate | {len(articles) / t_dedup:,.0f} articles/CPU-s ({t_dedup:.1f} s CPU, {w_dedup:.1f} s wall) |"
    )
    print(f"| planted copies found (recall) | {hits / max(len(planted), 1):.4f} |")
    print(f"| copy precision | {hits / max(len(found), 1):.4f} ({len(found) - hits} false) |")
    print(f"| dedup state | {state / 1e6:.1f} MB |")
    print(
        f"| story rate | {len(articles) / t_stories:,.0f} articles/CPU-s ({t_stories:.1f} s CPU, {w_stories:.1f} s wall) |"
    )
    print(
        f"| story pair precision / recall | {len(tp & gp) / max(len(gp), 1):.3f} / {len(tp & gp) / max(len(tp), 1):.3f} |"
    )
    print(f"| stories found | {len(got_story):,} |")
    print(f"| peak RSS | {rss:,.0f} MB |")


if __name__ == "__main__":
    main()
