"""The numpy n-gram table yields the rows (and so the floats) of the per-word dict lookups."""

from __future__ import annotations

from itertools import chain, repeat
from typing import Any

import numpy as np
import pytest

from warta.langid.features import gram_slices, words
from warta.langid.grams import PLAIN, GramTable
from warta.langid.model import LangModel, get_model


def _loop_rows(model: LangModel, ws: list[str]) -> tuple[list[int], list[int]]:
    """The per-word loop, as `LangModel` runs it for a few words."""
    get = model._index1.get
    rows: list[int] = []
    starts: list[int] = []
    for w in ws:
        starts.append(len(rows))
        grams = map(f"<{w}>".__getitem__, gram_slices(len(w) + 2))
        rows.extend(filter(None, map(get, chain((f"w:{w}",), grams), repeat(0))))
    return rows, starts


@pytest.fixture(scope="module")
def model() -> LangModel:
    found = get_model()
    if found is None:
        pytest.skip("no shipped language model")
    return found


def test_langid_grams_rows_equal_the_word_loop(model: LangModel, all_gold: list[dict[str, Any]]) -> None:
    plain = [w for r in all_gold for w in dict.fromkeys(words(r["text"])) if PLAIN.fullmatch(w)]
    plain += ["a", "zq", "x" * 40]  # one letter, an unknown pair, a long unknown word
    table = GramTable(model._index1)
    for k in range(0, len(plain), 37):
        batch = plain[k : k + 37]
        own = [model._index1.get(f"w:{w}", 0) for w in batch]
        assert table.rows_of(batch, own) == _loop_rows(model, batch)


def test_langid_grams_batch_vectors_equal_single_words(model: LangModel) -> None:
    batch = ["kerajaan", "menteri", "parliament", "quixotically", "zzyzx", "pertemuan", "negotiations"] * 2
    batch = [f"{w}{'q' * (k + 1)}" for k, w in enumerate(batch)]  # unseen words: computed, not cached
    together = model.word_vectors(batch)  # the table path (a batch of unseen plain words)
    for w, row in zip(batch, together, strict=True):
        model._word_cache.pop(w)
        assert np.array_equal(model.word_vectors([w])[0], row)  # one word: the dict path
