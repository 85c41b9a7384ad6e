"""L2-regularised binary logistic regression on sparse word/n-gram counts, in numpy.

Used for the one hard decision, Indonesian vs Malay: naive Bayes finds the language family,
this discriminative model separates the two standards on single sentences.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from warta.langid.features import word_features, words

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class LRParams:
    l2: float = 1e-4
    epochs: int = 300
    learning_rate: float = 0.05


class Sparse:
    """Rows of (feature index, value) pairs: just enough CSR for X @ w and X.T @ g."""

    def __init__(self, rows: list[Counter[int]]):
        self.lengths = np.array([len(r) for r in rows], dtype=np.int64)
        self.indptr = np.concatenate([[0], np.cumsum(self.lengths)])
        self.indices: Ints = np.fromiter((i for r in rows for i in r), dtype=np.int64)
        self.data: Floats = np.fromiter((v for r in rows for v in r.values()), dtype=np.float64)
        self.n_rows = len(rows)

    def dot(self, w: Floats) -> Floats:
        prod = self.data * w[self.indices]
        out = np.zeros(self.n_rows)
        nonempty = self.lengths > 0
        out[nonempty] = np.add.reduceat(prod, self.indptr[:-1][nonempty])
        return out

    def tdot(self, g: Floats, n_features: int) -> Floats:
        return np.bincount(self.indices, weights=self.data * np.repeat(g, self.lengths), minlength=n_features)


def featurize(texts: list[str], index: dict[str, int], grow: bool) -> Sparse:
    """Feature-count rows; with `grow`, unseen features join `index`."""
    cache: dict[str, list[int]] = {}
    rows: list[Counter[int]] = []
    for text in texts:
        row: Counter[int] = Counter()
        for word, n in Counter(words(text)).items():
            ids = cache.get(word)
            if ids is None:
                feats = word_features(word)
                if grow:
                    ids = [index.setdefault(f, len(index)) for f in feats]
                else:
                    ids = [i for f in feats if (i := index.get(f)) is not None]
                cache[word] = ids
            for i in ids:
                row[i] += n
        rows.append(row)
    return Sparse(rows)


def train(x: Sparse, y: Floats, weight: Floats, n_features: int, params: LRParams) -> tuple[Floats, float]:
    """Weights and bias minimising weighted log-loss + l2 |w|^2 (full-batch Adam, fixed steps)."""
    w = np.zeros(n_features)
    b = 0.0
    m_w, v_w = np.zeros(n_features), np.zeros(n_features)
    m_b = v_b = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    total = weight.sum()
    for step in range(1, params.epochs + 1):
        p = 1.0 / (1.0 + np.exp(-(x.dot(w) + b)))
        g = weight * (p - y) / total
        grad_w = x.tdot(g, n_features) + 2 * params.l2 * w
        grad_b = float(g.sum())
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w**2
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        lr = params.learning_rate * np.sqrt(1 - beta2**step) / (1 - beta1**step)
        w -= lr * m_w / (np.sqrt(v_w) + eps)
        b -= lr * m_b / (np.sqrt(v_b) + eps)
    return w, b
