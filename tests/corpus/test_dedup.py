"""Near-duplicates: the seeds plus edited copies made here; every planted copy found, no false pair."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from warta import extract
from warta.corpus.dedup import NearDuplicates, jaccard, shingle_hashes
from warta.model import Article


def _seeds(seed_dir: Path) -> list[Article]:
    return [extract(p.read_text(encoding="utf-8"), id=p.stem) for p in sorted(seed_dir.glob("*.txt"))]


def change_words(text: str, rng: random.Random, n: int = 4) -> str:
    words = text.split(" ")
    for i in rng.sample(range(len(words)), n):
        words[i] = "diubah"
    return " ".join(words)


def add_boilerplate(text: str, rng: random.Random) -> str:
    return text + "\n\nIkuti berita terkini kami di WhatsApp dan Telegram untuk kabar terbaru setiap hari."


def reorder_paragraphs(text: str, rng: random.Random) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    i = rng.randrange(1, len(paras) - 1)
    paras[i], paras[i + 1] = paras[i + 1], paras[i]
    return "\n".join(paras)


def change_title(text: str, rng: random.Random) -> str:
    _first, _, rest = text.partition("\n")
    return "Kabar terbaru: judul yang ditulis ulang oleh redaksi lain\n" + rest


def all_edits(text: str, rng: random.Random) -> str:
    for edit in (change_words, add_boilerplate, reorder_paragraphs, change_title):
        text = edit(text, rng)
    return text


EDITS: list[Callable[[str, random.Random], str]] = [
    change_words,
    add_boilerplate,
    reorder_paragraphs,
    change_title,
    all_edits,
]


def test_dedup_finds_every_planted_copy_and_no_false_pair(seed_dir: Path) -> None:
    seeds = _seeds(seed_dir)
    nd = NearDuplicates()
    assert [nd.add(a) for a in seeds] == [None] * len(seeds)  # the seeds are five different stories
    rng = random.Random(7)
    for seed in seeds:
        for edit in EDITS:
            copy = extract(edit(seed.text, rng), id=f"{seed.id}-{edit.__name__}")
            assert nd.add(copy) == seed.id, (
                copy.id,
                jaccard(shingle_hashes(copy.text), shingle_hashes(seed.text)),
            )
    groups = nd.groups()
    assert len(groups) == len(seeds)
    assert all(len(g) == 1 + len(EDITS) for g in groups)


def test_dedup_earliest_published_is_origin(seed_dir: Path) -> None:
    seed = _seeds(seed_dir)[1]
    seed.published = "2024-12-07"
    nd = NearDuplicates()
    nd.add(seed)
    older = Article(id="older", text=change_title(seed.text, random.Random(1)), published="2024-12-06")
    assert nd.add(older) is None  # the late-arriving copy was published first: it is the origin
    assert nd.moved == {seed.id: "older"}
    assert nd.origin(seed.id) == "older"


def test_dedup_arrival_order_when_undated(seed_dir: Path) -> None:
    seed = _seeds(seed_dir)[2]
    nd = NearDuplicates()
    nd.add(seed)
    assert nd.add(Article(id="later", text=add_boilerplate(seed.text, random.Random(2)))) == seed.id
    assert nd.moved == {}


def test_dedup_state_round_trip_keeps_finding_copies(seed_dir: Path) -> None:
    seeds = _seeds(seed_dir)
    nd = NearDuplicates()
    for a in seeds:
        nd.add(a)
    nd.add(Article(id="copy0", text=change_words(seeds[0].text, random.Random(3))))
    restored = NearDuplicates.from_bytes(nd.to_bytes())
    assert len(restored) == len(nd)
    assert restored.groups() == nd.groups()
    copy = Article(id="copy3", text=reorder_paragraphs(seeds[3].text, random.Random(4)))
    assert restored.add(copy) == seeds[3].id


@pytest.mark.parametrize("text", ["", "terlalu pendek", "Hamas bertemu Rusia di Moskow hari ini."])
def test_dedup_short_texts_are_never_copies(text: str) -> None:
    nd = NearDuplicates()
    assert nd.add(Article(id="a", text=text)) is None
    assert nd.add(Article(id="b", text=text)) is None


def test_dedup_same_id_twice_is_idempotent(seed_dir: Path) -> None:
    seed = _seeds(seed_dir)[0]
    nd = NearDuplicates()
    assert nd.add(seed) is None
    assert nd.add(seed) is None
    assert len(nd) == 1


def test_dedup_band_index_finds_what_datasketch_finds() -> None:
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from warta.corpus.dedup import LSH_THRESHOLD, LSH_WEIGHTS, NUM_PERM, _BandIndex

    rng = np.random.default_rng(3)
    base = [rng.integers(0, 2**32, 400, dtype=np.uint64) for _ in range(60)]
    # near copies: a share of the shingles replaced, so some bands agree and some do not
    sets = base + [np.concatenate([b[: int(len(b) * keep)], rng.integers(0, 2**32, 80, dtype=np.uint64)])
                   for b in base for keep in (0.9, 0.6, 0.3)]  # fmt: skip
    sigs = []
    for s in sets:
        m = MinHash(num_perm=NUM_PERM, hashfunc=lambda v: v)
        m.update_batch(s.tolist())
        sigs.append(m)
    reference = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    ours = _BandIndex(LSH_THRESHOLD, NUM_PERM)
    for i, m in enumerate(sigs):
        reference.insert(i, m)
        ours.insert(i, m.hashvalues)
    answers = [ours.query(m.hashvalues) for m in sigs]
    assert answers == [set(reference.query(m)) for m in sigs]
    assert sum(len(a) > 1 for a in answers) > 60  # the copies were found, not only each document itself


@pytest.mark.parametrize(
    ("threshold", "weights", "layout"),
    [
        (0.5, (0.2, 0.8), (30, 4)),
        (0.5, (0.5, 0.5), (25, 5)),
        (0.7, (0.2, 0.8), (18, 7)),
        (0.8, (0.1, 0.9), (14, 9)),
    ],
)
def test_dedup_band_layout_is_datasketchs(
    threshold: float, weights: tuple[float, float], layout: tuple[int, int]
) -> None:
    from datasketch import MinHashLSH

    from warta.corpus.dedup import band_layout

    assert band_layout(threshold, 128, weights) == layout
    reference = MinHashLSH(threshold=threshold, num_perm=128, weights=weights)
    assert (reference.b, reference.r) == layout
