"""A linear language classifier over word features, loaded once per process from `warta/models/`.

`weights[i, c]` is the evidence feature i gives for class c (centred per feature, so unseen and
uninformative features cost nothing). A text's score is the count-weighted sum of its distinct
words' vectors, each computed once and cached.
"""

from __future__ import annotations

import io
import threading
from collections import Counter
from collections.abc import Iterator
from itertools import chain, repeat
from pathlib import Path
from typing import cast

import numpy as np
import numpy.typing as npt

from warta.langid.features import gram_slices, words
from warta.langid.grams import GramTable

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "langid.npz"
_CACHE_LIMIT = 200_000
# From this many unseen words on, the numpy n-gram table beats per-word dict lookups.
_BATCH = 8
Array = npt.NDArray[np.float32]
Ints = npt.NDArray[np.int64]


class LangModel:
    """Classes, a feature index and a (features x classes) weight matrix."""

    def __init__(
        self,
        classes: list[str],
        features: list[str],
        weights: Array,
        temperature: float = 1.0,
        common: list[str] | None = None,
    ):
        self.classes = classes
        # feature -> 1-based row of `_padded`: 0 marks an unknown feature, so a C-level `filter` drops it
        self._index1 = {f: i for i, f in enumerate(features, start=1)}
        self.weights = np.asarray(weights, dtype=np.float32)
        self.temperature = temperature
        self._zero = np.zeros(len(classes), dtype=np.float32)
        # Computed word vectors: word -> row of `_rows` (a matrix, so a word list's rows are one
        # fancy index, not thousands of small arrays stacked).
        self._word_cache: dict[str, int] = {}
        self._rows: Array = np.zeros((1024, len(classes)), dtype=np.float32)
        self._n = 0  # rows in use
        # One zero row, then the weights: the zero row closes the last segment, so reduceat never
        # sees an empty one.
        self._padded = np.vstack([self._zero, self.weights])
        # Frequent words, whose vectors are saved with the model: a new article's words are then
        # mostly cache hits, and only its rare words pay for n-gram extraction.
        self.common = common or []
        self._seed: tuple[list[str], Array] | None = None
        self._grams: GramTable | None = None  # built on the first batch of unseen words

    @property
    def index(self) -> dict[str, int]:
        """feature -> row of `weights`."""
        return {f: i - 1 for f, i in self._index1.items()}

    def reset_cache(self) -> None:
        """Forget computed word vectors, keeping the shipped common words."""
        self._word_cache.clear()
        self._n = 0
        if self._seed is not None:
            self._store(self._seed[0], self._seed[1])

    def _store(self, ws: list[str], vectors: Array) -> None:
        """Append rows for words not cached yet (a repeated word keeps its first row)."""
        cache = self._word_cache
        n = self._n
        if n + len(ws) > len(self._rows):
            grown = np.zeros((max(2 * len(self._rows), n + len(ws)), len(self.classes)), dtype=np.float32)
            grown[:n] = self._rows[:n]
            self._rows = grown
        self._rows[n : n + len(ws)] = vectors
        self._n = n + len(ws)
        for k, w in enumerate(ws):
            cache.setdefault(w, n + k)

    def word_vectors(self, ws: list[str]) -> Array:
        """One score row per word; uncached words are computed together in one numpy pass."""
        self._learn(ws)
        stacked: Array = (
            self._rows[list(map(self._word_cache.__getitem__, ws))]
            if ws
            else np.zeros((0, len(self.classes)), np.float32)
        )
        return stacked

    def _learn(self, ws: list[str]) -> list[int]:
        """The cache rows of the distinct words of `ws`, first seen first; words not cached yet are
        computed (together) and cached first. Each distinct word is asked once of the large cache."""
        cache = self._word_cache
        distinct = list(dict.fromkeys(ws))
        found = list(map(cache.get, distinct))
        missing = [w for w, row in zip(distinct, found, strict=True) if row is None]
        if missing and len(cache) > _CACHE_LIMIT:
            self.reset_cache()  # renumbers the rows: ask again
            found = list(map(cache.get, distinct))
            missing = [w for w, row in zip(distinct, found, strict=True) if row is None]
        if missing:
            feats, starts = self._feature_rows(missing)
            rows = np.append(np.asarray(feats, dtype=np.int64), 0)  # the zero row closes the last segment
            table = self._padded[rows]
            sums = np.add.reduceat(table, starts, axis=0)
            empty = np.diff(np.append(starts, len(rows) - 1)) == 0
            sums[empty] = 0.0
            self._store(missing, sums)
            return [cache[w] if row is None else row for w, row in zip(distinct, found, strict=True)]
        return cast(list[int], found)  # none missing

    def _feature_rows(self, missing: list[str]) -> tuple[list[int] | Ints, list[int] | Ints]:
        """word_features(w) of each word as 1-based rows, unknown ones dropped, and where each word's
        rows start; many a-z words at once through the n-gram table (the same rows), the others
        (accents, other scripts) one by one."""
        get = self._index1.get
        plain = [w.isascii() and w.isalpha() and w.islower() for w in missing]  # a-z only
        batch: list[str] = [w for w, p in zip(missing, plain, strict=True) if p]
        if len(batch) < _BATCH:
            batch = []
        segments: Iterator[list[int]] = iter(())
        if batch:
            if self._grams is None:
                self._grams = GramTable(self._index1)
            own = [get(f"w:{w}", 0) for w in batch]
            if len(batch) == len(missing):
                return self._grams.row_arrays(batch, own)
            found, at = self._grams.rows_of(batch, own)
            segments = (found[a:b] for a, b in zip(at, [*at[1:], len(found)], strict=True))
        rows: list[int] = []
        starts: list[int] = []
        for w, p in zip(missing, plain, strict=True):
            starts.append(len(rows))
            if batch and p:
                rows.extend(next(segments))
                continue
            # all in C: unknown features (0) dropped by `filter`
            grams = map(f"<{w}>".__getitem__, gram_slices(len(w) + 2))
            rows.extend(filter(None, map(get, chain((f"w:{w}",), grams), repeat(0))))
        return rows, starts

    def word_vector(self, word: str) -> Array:
        vec: Array = self.word_vectors([word])[0]
        return vec

    def scores(self, text: str) -> Array | None:
        """Summed class scores of the words of `text`; None when it has no words."""
        return self.scores_words(words(text))

    def scores_words(self, ws: list[str], table: tuple[dict[str, int], Array] | None = None) -> Array | None:
        """Summed class scores of a word list. `table` (a word -> row index and the rows, from
        `vocabulary`) lets the paragraphs of one document share one lookup of their words."""
        counts = Counter(ws)
        if not counts:
            return None
        if table is None:
            vecs = self.word_vectors(list(counts))
        else:
            pos, rows = table
            vecs = rows[list(map(pos.__getitem__, counts))]
        weights = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        result: Array = weights @ vecs
        return result

    def segment_scores(
        self, ws: list[str], lengths: list[int], wanted: list[int]
    ) -> tuple[Array, list[Array]]:
        """`scores_words(ws)` and that of each `wanted` (non-empty) segment, the segments cutting `ws`
        into `lengths`. One numpy pass over the words' cached rows finds the distinct words of the
        whole and of each segment in first-seen order, with their counts: each product is the very one
        `scores_words` computes (same operands, same order), without a Counter per segment."""
        distinct = list(dict.fromkeys(ws))
        nd = len(distinct)
        found = self._learn(distinct)
        local = dict(zip(distinct, range(nd), strict=True))  # word -> first-seen rank
        ids = np.fromiter(map(local.__getitem__, ws), dtype=np.int64, count=len(ws))
        rows = self._rows[found]  # the distinct words' rows, first seen first
        # ranks count in first-seen order: the document's Counter is a bincount
        whole: Array = np.bincount(ids, minlength=nd).astype(np.float32) @ rows
        seg = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
        weights, keys = _first_seen(seg * nd + ids)  # segment by segment, as segments follow each other
        vecs = rows[keys % nd]
        bounds = np.searchsorted(keys // nd, np.arange(len(lengths) + 1)).tolist()
        parts: list[Array] = [
            weights[bounds[k] : bounds[k + 1]] @ vecs[bounds[k] : bounds[k + 1]] for k in wanted
        ]
        return whole, parts

    def vocabulary(self, ws: list[str]) -> tuple[dict[str, int], Array]:
        """The distinct words of `ws` (first-seen order) and their score rows, for `scores_words`."""
        distinct = dict.fromkeys(ws)
        pos = dict(zip(distinct, range(len(distinct)), strict=True))
        return pos, self.word_vectors(list(pos)) if pos else np.zeros((0, len(self.classes)), np.float32)

    def probabilities(self, text: str, prior: str | None = None, prior_odds: float = 1.0) -> Array | None:
        """Class probabilities; `prior` multiplies one class's odds by `prior_odds` first."""
        return self.softmax(self.scores(text), prior, prior_odds)

    def softmax(self, raw: Array | None, prior: str | None = None, prior_odds: float = 1.0) -> Array | None:
        if raw is None:
            return None
        z = raw / self.temperature
        if prior in self.classes:
            z[self.classes.index(prior)] += np.log(prior_odds)
        z = np.exp(z - z.max())
        probs: Array = z / z.sum()
        return probs

    def predict(self, text: str, prior: str | None = None, prior_odds: float = 1.0) -> tuple[str, float]:
        return self.best(self.probabilities(text, prior, prior_odds))

    def predict_words(
        self,
        ws: list[str],
        prior: str | None = None,
        prior_odds: float = 1.0,
        table: tuple[dict[str, int], Array] | None = None,
    ) -> tuple[str, float]:
        """`predict` on an already tokenised text (see `scores_words` for `table`)."""
        return self.best(self.softmax(self.scores_words(ws, table), prior, prior_odds))

    def best_many(self, raws: list[Array], prior: str | None, prior_odds: float) -> list[tuple[str, float]]:
        """`best(softmax(raw, prior, prior_odds))` of each row, in one numpy pass (the same arithmetic
        element by element: the prior added in float64 and rounded to float32, as the scalar path does)."""
        if not raws:
            return []
        z = np.stack(raws) / self.temperature
        if prior in self.classes:
            col = self.classes.index(prior)
            z[:, col] = (z[:, col].astype(np.float64) + np.log(prior_odds)).astype(np.float32)
        z = np.exp(z - z.max(axis=1, keepdims=True))
        probs = z / z.sum(axis=1, keepdims=True)
        tops = probs.argmax(axis=1).tolist()
        return [(self.classes[t], float(probs[k, t])) for k, t in enumerate(tops)]

    def best(self, probs: Array | None) -> tuple[str, float]:
        if probs is None:
            return "und", 0.0
        top = int(probs.argmax())
        return self.classes[top], float(probs[top])

    def save(self, path: Path) -> None:
        """Float16 weights, newline-joined strings and the common words' vectors, compressed."""
        features = sorted(self._index1, key=self._index1.__getitem__)
        common_vectors = self.word_vectors(self.common) if self.common else np.zeros((0, len(self.classes)))
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            classes=np.array(self.classes),
            features=_pack(features),
            weights=self.weights.astype(np.float16),
            temperature=np.array([self.temperature], dtype=np.float32),
            common=_pack(self.common),
            common_vectors=common_vectors.astype(np.float16),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(buf.getvalue())

    @classmethod
    def load(cls, path: Path) -> LangModel:
        with np.load(path) as data:
            model = cls(
                [str(c) for c in data["classes"]],
                _unpack(data["features"]),
                data["weights"].astype(np.float32),
                float(data["temperature"][0]),
                _unpack(data["common"]) if "common" in data else None,
            )
            if model.common:
                model._seed = (model.common, data["common_vectors"].astype(np.float32))
                model.reset_cache()
            return model


def _first_seen(keys: npt.NDArray[np.int64]) -> tuple[Array, npt.NDArray[np.int64]]:
    """The counts (as float32) and the distinct values of `keys`, in the order each is first seen."""
    distinct, first, counts = np.unique(keys, return_index=True, return_counts=True)
    order = np.argsort(first)
    return counts[order].astype(np.float32), distinct[order]


def _pack(strings: list[str]) -> npt.NDArray[np.uint8]:
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


def _unpack(packed: npt.NDArray[np.uint8]) -> list[str]:
    text = bytes(packed).decode("utf-8")
    return text.split("\n") if text else []


_lock = threading.Lock()
_model: LangModel | None = None


def get_model(path: Path = MODEL_PATH) -> LangModel | None:
    """The shipped model, loaded lazily once; None when no model file exists."""
    global _model
    if _model is None and path.exists():
        with _lock:
            if _model is None:
                _model = LangModel.load(path)
    return _model
