"""The classifier's fast paths give exactly the numbers of the plain computation."""

from __future__ import annotations

from typing import Any

import numpy as np

from warta.langid.features import MAX_N, MIN_N, word_features, words
from warta.langid.model import get_model


def _plain_vector(word: str, index: dict[str, int], weights: np.ndarray) -> np.ndarray:
    """Sum of the known features' rows, in feature order, one after another."""
    total = np.zeros(weights.shape[1], dtype=np.float32)
    for f in word_features(word):
        if f in index:
            total += weights[index[f]]
    return total


def test_langid_word_features_are_word_and_padded_ngrams() -> None:
    feats = word_features("kita")
    assert feats[0] == "w:kita"
    padded = "<kita>"
    expected = [padded[i : i + n] for n in range(MIN_N, MAX_N + 1) for i in range(len(padded) - n + 1)]
    assert feats[1:] == expected


def test_langid_word_vectors_match_plain_sums(seed_gold: list[dict[str, Any]]) -> None:
    model = get_model()
    assert model is not None
    ws = list(dict.fromkeys(w for rec in seed_gold for w in words(rec["text"])))[:400]
    ws += ["zzqxj", "正ck"]  # unknown n-grams; a CJK character whose hash equals that of "ck"
    model.reset_cache()
    fast = model.word_vectors(ws)
    index = model.index
    seeded = set(model.common)
    for w, vec in zip(ws, fast, strict=True):
        if w not in seeded:  # shipped words carry their saved (float16) vectors
            assert np.allclose(vec, _plain_vector(w, index, model.weights), atol=1e-4), w
    assert np.array_equal(fast, model.word_vectors(ws))  # cached rows are the computed ones


def test_langid_best_many_equals_one_by_one(all_gold: list[dict[str, Any]]) -> None:
    model = get_model()
    assert model is not None
    raws = [model.scores(line) for rec in all_gold for line in rec["text"].split("\n")]
    rows = [r for r in raws if r is not None]
    assert rows
    for prior in (None, "en", "id", "und"):
        odds = 4.0 if prior else 1.0
        many = model.best_many(rows, prior, odds)
        single = [model.best(model.softmax(r.copy(), prior, odds)) for r in rows]
        assert many == single


def test_langid_segment_scores_are_scores_words_bit_for_bit(all_gold: list[dict[str, Any]]) -> None:
    model = get_model()
    assert model is not None
    checked = 0
    for rec in all_gold:
        chunks = [words(line) for line in rec["text"].split("\n")]
        ws = [w for c in chunks for w in c]
        if not ws:
            continue
        wanted = [k for k, c in enumerate(chunks) if c]
        whole, parts = model.segment_scores(ws, [len(c) for c in chunks], wanted)
        table = model.vocabulary(ws)
        assert whole.tobytes() == model.scores_words(ws, table).tobytes()  # type: ignore[union-attr]
        for k, part in zip(wanted, parts, strict=True):
            assert part.tobytes() == model.scores_words(chunks[k], table).tobytes()  # type: ignore[union-attr]
            checked += 1
    assert checked > 0


def test_langid_feature_rows_of_a_mixed_batch_are_one_by_one(all_gold: list[dict[str, Any]]) -> None:
    model = get_model()
    assert model is not None
    ws = list(dict.fromkeys(w for rec in all_gold for w in words(rec["text"])))
    ws = [*ws[:300], "café", "über", "日本", "straße", *ws[300:320]]  # a-z words around accented ones
    for batch in (ws, ws[:300]):  # with accented words, and a-z words only (the n-gram table's arrays)
        found, at = model._feature_rows(batch)
        rows, starts = [int(r) for r in found], [int(s) for s in at]
        ends = [*starts[1:], len(rows)]
        for w, a, b in zip(batch, starts, ends, strict=True):
            assert rows[a:b] == model._feature_rows([w])[0], w  # a single word takes the plain path
