"""Tagging-time CRF features: only those the model knows, built from per-word caches.

crfsuite ignores an attribute its model has no weights for, so dropping such features before
tagging leaves every score, and so every tag, exactly as it was; what it saves is turning some
ninety thousand feature strings per article into C++ strings. The feature list of each token keeps
the order of `ner_features.sentence_features` (which training uses), so the sums are added in
the same order too.
"""

from __future__ import annotations

import struct
from pathlib import Path

from warta.extract.ner_features import (
    _capital_runs,
    _case,
    _run_features,
    _shape,
    cues,
    gazetteer_tags,
    own_features,
)

_CACHE_LIMIT = 200_000  # per-word entries kept before a cache starts afresh


def model_attributes(path: Path) -> frozenset[str] | None:
    """The attribute strings of a crfsuite CRF1d model file, read from its attribute dictionary
    (a CQDB chunk: a backward array of record offsets, each record `id, size, bytes\\0`); None when
    the file does not look like one (then nothing is filtered)."""
    try:
        data = path.read_bytes()
        magic, _, kind = struct.unpack_from("<4sI4s", data, 0)
        off = struct.unpack_from("<I", data, 36)[0]  # header: ..., off_features, off_labels, off_attrs
        chunk, _, _, _, count, bwd = struct.unpack_from("<4sIIIII", data, off)
        if (magic, kind, chunk) != (b"lCRF", b"FOMC", b"CQDB"):
            return None
        out = []
        for i, rec in enumerate(struct.unpack_from(f"<{count}I", data, off + bwd)):
            rid, size = struct.unpack_from("<II", data, off + rec)
            if rid != i or size < 1:
                return None
            out.append(data[off + rec + 8 : off + rec + 7 + size].decode("utf-8"))
        return frozenset(out)
    except (OSError, struct.error, UnicodeDecodeError):
        return None


def lent_features(word: str) -> tuple[tuple[str, ...], ...]:
    """`neighbour_features(word, k)` for k = -2, -1, +1, +2, with the word's parts computed once."""
    low = word.lower()
    case = _case(word)
    cue = cues().get(low)
    shape = _shape(word)
    out = []
    for offset in (-2, -1, 1, 2):
        tag = f"{offset:+d}:"
        feats = [tag + "w=" + low, tag + "c=" + case]
        if cue:
            feats.append(tag + "cue=" + cue)
        if abs(offset) == 1:
            feats += [tag + "sh=" + shape, tag + "s3=" + low[-3:]]
        out.append(tuple(feats))
    return tuple(out)


class Featurizer:
    """`sentence_features` with the model's unknown features left out."""

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known
        self.own: dict[str, tuple[str, ...]] = {}
        self.near: tuple[dict[str, tuple[str, ...]], ...] = ({}, {}, {}, {})  # offsets -2, -1, +1, +2
        self.runs: dict[tuple[int, int], tuple[str, ...]] = {}

    def _own(self, word: str) -> tuple[str, ...]:
        found = self.own.get(word)
        if found is None:
            if len(self.own) > _CACHE_LIMIT:
                self.own.clear()
            found = self.own[word] = tuple(f for f in own_features(word) if f in self.known)
        return found

    def _near(self, word: str, offset: int) -> tuple[str, ...]:
        """What `word` lends to the token `offset` away; all four offsets are filled at once."""
        if len(self.near[0]) > _CACHE_LIMIT:
            for table in self.near:
                table.clear()
        for table, feats in zip(self.near, lent_features(word), strict=True):
            table[word] = tuple(f for f in feats if f in self.known)
        return self.near[offset + 2 if offset < 0 else offset + 1][word]

    def _run(self, run: tuple[int, int]) -> tuple[str, ...]:
        found = self.runs[run] = tuple(f for f in _run_features(run) if f in self.known)
        return found

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """Per token, the known features of `sentence_features(tokens)`, in its order."""
        known = self.known
        n = len(tokens)
        lows = [t.lower() for t in tokens]
        table = cues()
        lcues = [c if c in known else "" for c in ["lcue=" + str(table.get(low)) for low in lows]]
        gaz = gazetteer_tags(tokens)
        cached = self.runs
        runs = [cached[r] if r in cached else self._run(r) for r in _capital_runs(tokens)]
        own, (m2, m1, p1, p2) = self.own, self.near
        out: list[list[str]] = []
        for i, word in enumerate(tokens):
            feats = list(own.get(word) or self._own(word))
            if gaz[i] and "gz=" + gaz[i] in known:
                feats.append("gz=" + gaz[i])
            if i + 1 < n and gaz[i + 1] and "+1:gz=" + gaz[i + 1] in known:
                feats.append("+1:gz=" + gaz[i + 1])
            if i == 0:
                feats += [f for f in ("BOS", "BOS&c=" + _case(word)) if f in known]
            if i == n - 1 and "EOS" in known:
                feats.append("EOS")
            if i >= 4 and lcues[i - 4]:  # a cue three or four words to the left
                feats.append(lcues[i - 4])
            if i >= 3 and lcues[i - 3]:
                feats.append(lcues[i - 3])
            if i >= 2:
                w = tokens[i - 2]
                feats += m2.get(w) or self._near(w, -2)
            if i >= 1:
                w = tokens[i - 1]
                feats += m1.get(w) or self._near(w, -1)
                bigram = "bg=" + lows[i - 1] + "|" + lows[i]
                if bigram in known:
                    feats.append(bigram)
            if i + 1 < n:
                w = tokens[i + 1]
                feats += p1.get(w) or self._near(w, 1)
            if i + 2 < n:
                w = tokens[i + 2]
                feats += p2.get(w) or self._near(w, 2)
            feats += runs[i]
            out.append(feats)
        return out
