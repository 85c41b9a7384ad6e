"""A linear language classifier over word features, loaded once per process from `warta/models/`.

`weights[i, c]` is the evidence feature i gives for class c (centred per feature, so unseen and
uninformative features cost nothing). A text's score is the count-weighted sum of its distinct
words' vectors, each computed once and cached.
"""

from __future__ import annotations

import io
import threading
from collections import Counter
from pathlib import Path

import numpy as np
import numpy.typing as npt

from warta.langid.features import word_features, words

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "langid.npz"
_CACHE_LIMIT = 200_000
Array = npt.NDArray[np.float32]


class LangModel:
    """Classes, a feature index and a (features x classes) weight matrix."""

    def __init__(self, classes: list[str], features: list[str], weights: Array, temperature: float = 1.0):
        self.classes = classes
        self.index = {f: i for i, f in enumerate(features)}
        self.weights = np.asarray(weights, dtype=np.float32)
        self.temperature = temperature
        self._zero = np.zeros(len(classes), dtype=np.float32)
        self._word_cache: dict[str, Array] = {}

    def word_vector(self, word: str) -> Array:
        vec = self._word_cache.get(word)
        if vec is None:
            rows = [i for f in word_features(word) if (i := self.index.get(f)) is not None]
            vec = self.weights[rows].sum(axis=0) if rows else self._zero
            if len(self._word_cache) > _CACHE_LIMIT:
                self._word_cache.clear()
            self._word_cache[word] = vec
        return vec

    def scores(self, text: str) -> Array | None:
        """Summed class scores of the words of `text`; None when it has no words."""
        counts = Counter(words(text))
        if not counts:
            return None
        vecs = np.stack([self.word_vector(w) for w in counts])
        weights = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        result: Array = weights @ vecs
        return result

    def probabilities(self, text: str) -> Array | None:
        raw = self.scores(text)
        if raw is None:
            return None
        z = raw / self.temperature
        z = np.exp(z - z.max())
        probs: Array = z / z.sum()
        return probs

    def predict(self, text: str) -> tuple[str, float]:
        probs = self.probabilities(text)
        if probs is None:
            return "und", 0.0
        best = int(probs.argmax())
        return self.classes[best], float(probs[best])

    def save(self, path: Path) -> None:
        """Float16 weights and a newline-joined feature list, compressed (a few MB at most)."""
        features = sorted(self.index, key=self.index.__getitem__)
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            classes=np.array(self.classes),
            features=np.frombuffer("\n".join(features).encode("utf-8"), dtype=np.uint8),
            weights=self.weights.astype(np.float16),
            temperature=np.array([self.temperature], dtype=np.float32),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(buf.getvalue())

    @classmethod
    def load(cls, path: Path) -> LangModel:
        with np.load(path) as data:
            features = bytes(data["features"]).decode("utf-8").split("\n")
            return cls(
                [str(c) for c in data["classes"]],
                features,
                data["weights"].astype(np.float32),
                float(data["temperature"][0]),
            )


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
