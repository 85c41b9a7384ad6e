"""Ingest: idempotent, near-duplicates marked, interrupted batches resumed without loss."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from warta.corpus.ingest import DEDUP_KEY, ingest
from warta.model import Article
from warta.pipeline import default_pipeline
from warta.store.base import open_store


@pytest.fixture(scope="module")
def extract() -> Callable[[Article], Article]:
    return default_pipeline()


def test_ingest_seeds_twice_stores_each_once(seed_dir: Path, extract: Callable[[Article], Article]) -> None:
    store = open_store(":memory:")
    first = ingest([seed_dir], store, progress=False, extract=extract)
    n = len(list(seed_dir.iterdir()))
    assert (first.new, first.duplicate, first.failed) == (n, 0, 0)
    again = ingest([seed_dir], store, progress=False, extract=extract)
    assert (again.new, again.duplicate) == (0, n)
    assert store.count() == n
    assert all(a.story_id for a in store.iter())  # every stored article belongs to a story


def test_ingest_marks_an_edited_copy_as_near_duplicate(
    seed_dir: Path, tmp_path: Path, extract: Callable[[Article], Article]
) -> None:
    original = sorted(seed_dir.iterdir())[0]
    (tmp_path / "copy.txt").write_text(_edited_copy(original.read_text(encoding="utf-8")), encoding="utf-8")
    shutil.copy(original, tmp_path / original.name)
    store = open_store(":memory:")
    stats = ingest([tmp_path], store, progress=False, extract=extract)
    assert stats.new == 2 and stats.near_duplicate == 1
    copy = store.get("copy")
    assert copy is not None and copy.duplicate_of == original.stem
    origin = store.get(original.stem)
    assert origin is not None and origin.duplicate_of is None and origin.story_id == copy.story_id


def _edited_copy(text: str) -> str:
    words = text.split(" ")
    words[len(words) // 2] = "juga"  # a light edit in the middle, and a wire credit at the end
    return " ".join(words) + "\n(Antara/Redaksi)\n"


@pytest.mark.parametrize("snapshot_every", [1, 5000])
def test_ingest_interrupted_batch_resumes_without_loss(
    seed_dir: Path, tmp_path: Path, extract: Callable[[Article], Article], snapshot_every: int
) -> None:
    seeds = sorted(seed_dir.iterdir())
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, seed in enumerate(seeds):
        shutil.copy(seed, inputs / f"{i}_{seed.name}")
    (inputs / "z_copy.txt").write_text(_edited_copy(seeds[0].read_text(encoding="utf-8")), encoding="utf-8")
    db = str(tmp_path / "w.db")
    calls = 0

    def breaks_on_third(article: Article) -> Article:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return extract(article)

    store = open_store(db)
    with pytest.raises(KeyboardInterrupt):
        ingest(
            [inputs],
            store,
            progress=False,
            batch_size=2,
            extract=breaks_on_third,
            snapshot_every=snapshot_every,
        )
    assert store.count() == 2  # the first batch committed, the interrupted one wrote nothing
    store.close()

    # the copy of the first (committed) article is only found if the corpus state was restored
    store = open_store(db)
    stats = ingest(
        [inputs], store, progress=False, batch_size=2, extract=extract, snapshot_every=snapshot_every
    )
    assert (stats.new, stats.duplicate, stats.near_duplicate) == (len(seeds) - 1, 2, 1)
    copy = store.get("z_copy")
    assert copy is not None and copy.duplicate_of == f"0_{seeds[0].stem}"
    assert store.count() == len(seeds) + 1
    assert store.get_state(DEDUP_KEY) is not None  # the final snapshot
    store.close()


def test_ingest_counts_failed_inputs_and_goes_on(
    tmp_path: Path, extract: Callable[[Article], Article]
) -> None:
    (tmp_path / "good.txt").write_text(
        "Judul Berita\nIsi berita yang baik sekali di Jakarta.", encoding="utf-8"
    )
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02" * 100)
    store = open_store(":memory:")
    stats = ingest([tmp_path], store, progress=False, extract=extract)
    assert (stats.new, stats.failed) == (1, 1)
    assert "bad.bin" in stats.failures[0][1]
