"""Multinomial naive Bayes over word and character n-gram features, with lexical cues as priors.

Counting is done per distinct word and then expanded into that word's features, so training
on ~40k sentences takes seconds. Everything is deterministic (no sampling, sorted features).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from warta.langid.features import word_features, words
from warta.langid.model import LangModel

CUES_PATH = Path(__file__).resolve().parents[1] / "knowledge" / "langid_cues.tsv"


@dataclass(frozen=True)
class Params:
    alpha: float = 0.1  # additive smoothing
    min_count: int = 2  # features seen fewer times are dropped (model size)
    cue_count: float = 5.0  # pseudo-occurrences of each lexical cue in its language
    word_weight: float = 3.0  # a whole-word match counts this many n-grams
    temperature: float = 1.0
    common_words: int = 30_000  # most frequent training words whose vectors ship precomputed
    scaled_alpha: bool = (
        True  # smoothing proportional to class size: extra data for one class does not tilt unseen words
    )


def load_cues(path: Path = CUES_PATH) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, lang = line.split("\t")[:2]
            out.append((word.lower(), lang))
    return out


Counts = dict[str, dict[str, float]]


def count_words(samples: Iterable[tuple[str, str]], weight: float = 1.0) -> Counts:
    """Per class, how often each word occurs (times `weight`, for down-weighted extra corpora)."""
    counts: dict[str, Counter[str]] = {}
    for text, label in samples:
        counts.setdefault(label, Counter()).update(words(text))
    return {label: {w: n * weight for w, n in c.items()} for label, c in counts.items()}


def merge(*parts: Counts) -> Counts:
    out: Counts = {}
    for part in parts:
        for label, c in part.items():
            target = out.setdefault(label, {})
            for w, n in c.items():
                target[w] = target.get(w, 0.0) + n
    return out


def fit(word_counts: Counts, params: Params, cues: list[tuple[str, str]] | None = None) -> LangModel:
    """A LangModel from per-class word counts (plus cue pseudo-counts)."""
    classes = sorted(word_counts)
    feat_counts: dict[str, defaultdict[str, float]] = {c: defaultdict(float) for c in classes}
    for c in classes:
        fc = feat_counts[c]
        for word, n in word_counts[c].items():
            for f in word_features(word):
                fc[f] += n
    for word, lang in cues or []:
        if lang in feat_counts:
            feat_counts[lang][f"w:{word}"] += params.cue_count
    index: dict[str, int] = {}
    for fc in feat_counts.values():
        for f in fc:
            index.setdefault(f, len(index))
    full = np.zeros((len(index), len(classes)))
    for j, c in enumerate(classes):
        fc = feat_counts[c]
        full[[index[f] for f in fc], j] = list(fc.values())
    keep = full.sum(axis=1) >= params.min_count
    features = [f for f, k in zip(index, keep, strict=True) if k]
    counts = full[keep]
    sizes = counts.sum(axis=0)
    alpha = params.alpha * (sizes / sizes.mean() if params.scaled_alpha else np.ones(len(classes)))
    logp = np.log(counts + alpha) - np.log(sizes + alpha * len(features))
    logp -= logp.mean(axis=1, keepdims=True)
    is_word = np.array([f.startswith("w:") for f in features])
    logp[is_word] *= params.word_weight
    frequency: defaultdict[str, float] = defaultdict(float)
    for c in classes:
        for w, n in word_counts[c].items():
            frequency[w] += n
    common = sorted(frequency, key=lambda w: (-frequency[w], w))[: params.common_words]
    return LangModel(classes, features, logp.astype(np.float32), params.temperature, common)


def accuracy(model: LangModel, samples: list[tuple[str, str]]) -> float:
    if not samples:
        return 0.0
    return sum(model.predict(t)[0] == y for t, y in samples) / len(samples)


def fit_temperature(model: LangModel, samples: list[tuple[str, str]]) -> float:
    """The temperature minimising the log-loss of `model` on held-out `samples`."""
    raw = [(model.scores(t), model.classes.index(y)) for t, y in samples if y in model.classes]
    best, best_loss = 1.0, float("inf")
    for temp in np.geomspace(0.5, 200, 60):
        loss = 0.0
        for s, y in raw:
            if s is None:
                continue
            z = s / temp
            loss += float(np.log(np.exp(z - z.max()).sum()) - (z[y] - z.max()))
        if loss < best_loss:
            best, best_loss = float(temp), loss
    return best
