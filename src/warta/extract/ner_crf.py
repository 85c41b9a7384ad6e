"""crfsuite's CRF1d tagging redone in numpy for batches of sentences, from the model file itself.

crfsuite scores a token's label as the sum of the weights of its attributes (value 1.0 here),
added in the order the attributes are listed, starting from 0.0, then runs Viterbi with the
transition weights, keeping the first maximum. `emissions` and `viterbi` do the same float64
operations in the same order (an absent feature adds a row of zeros, which changes no sum), so
the scores are crfsuite's bit for bit and so are the tags. What they save is building and
handing over some sixteen feature strings per token, which crfsuite then looks up one by one,
and a Python call per sentence.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

Ids = npt.NDArray[np.int32]  # attribute ids
Floats = npt.NDArray[np.float64]

# A crfsuite feature record: type (0 state, 1 transition), source, destination, weight.
_FEATURE = np.dtype(
    {"names": ["type", "src", "dst", "w"], "formats": ["<u4", "<u4", "<u4", "<f8"], "offsets": [0, 4, 8, 12]}
)
_HEADER = "<4sI4sIIIIIIIII"  # magic, size, type, version, features, labels, attributes, 5 offsets


@dataclass(frozen=True)
class CrfModel:
    labels: tuple[str, ...]
    attrs: dict[str, int]  # attribute string -> row of `weights`
    weights: Floats  # (attributes + 1, labels); the last row, `absent`, is zeros
    trans: Floats  # (labels, labels): from, to

    @property
    def absent(self) -> int:
        return len(self.weights) - 1


def read_model(path: Path) -> CrfModel | None:
    """The weights of a crfsuite CRF1d model file; None when it does not look like one."""
    try:
        data = path.read_bytes()
        magic, _, kind, _, _, n_labels, n_attrs, off_feat, off_labels, off_attrs, _, _ = struct.unpack_from(
            _HEADER, data, 0
        )
        chunk, _, n_feat = struct.unpack_from("<4sII", data, off_feat)
        if (magic, kind, chunk) != (b"lCRF", b"FOMC", b"FEAT"):
            return None
        labels = cqdb_strings(data, off_labels)
        names = cqdb_strings(data, off_attrs)
        if labels is None or names is None or (len(labels), len(names)) != (n_labels, n_attrs):
            return None
        feats = np.frombuffer(data, _FEATURE, count=n_feat, offset=off_feat + 12)
    except (OSError, struct.error, ValueError, UnicodeDecodeError):
        return None
    state, edge = feats[feats["type"] == 0], feats[feats["type"] == 1]
    weights = np.zeros((n_attrs + 1, n_labels))
    weights[state["src"], state["dst"]] = state["w"]  # one feature per (attribute, label)
    trans = np.zeros((n_labels, n_labels))
    trans[edge["src"], edge["dst"]] = edge["w"]
    return CrfModel(tuple(labels), dict(zip(names, range(n_attrs), strict=True)), weights, trans)


def cqdb_strings(data: bytes, off: int) -> list[str] | None:
    """The strings of a CQDB chunk in id order (a backward array of record offsets, each record
    `id, size, bytes\\0`); None when the ids are not 0, 1, 2, ... in that array."""
    chunk, _, _, _, count, bwd = struct.unpack_from("<4sIIIII", data, off)
    if chunk != b"CQDB":
        return None
    recs = np.frombuffer(data, "<u4", count=count, offset=off + bwd).astype(np.intp) + off
    raw = np.frombuffer(data, np.uint8)
    head = raw[recs[:, None] + np.arange(8)].copy().view("<u4")  # (count, 2): id, size
    if not np.array_equal(head[:, 0], np.arange(count)) or (count and head[:, 1].min() < 1):
        return None
    starts = (recs + 8).tolist()
    ends = (recs + 7 + head[:, 1]).tolist()
    return [data[a:b].decode("utf-8") for a, b in zip(starts, ends, strict=True)]


def emissions(model: CrfModel, slots: Ids) -> Floats:
    """(tokens, labels) state scores from (tokens, slots) attribute ids, in crfsuite's adding order.

    The sum runs over the first axis of the gathered weights, which numpy adds row after row
    (its pairwise summation is only for the contiguous last axis).
    """
    return np.add.reduce(model.weights.take(slots.T, axis=0), axis=0)  # type: ignore[no-any-return]


def viterbi(model: CrfModel, scores: Floats, lengths: list[int]) -> list[list[int]]:
    """Best label ids per sentence; `scores` holds the sentences' tokens one after another (no
    sentence is empty).

    The sentences step together, longest first, so step t touches only those still running. A
    step is crfsuite's: `prev[i] + trans[i][j]`, maximum over i, plus the state score; the way
    back recomputes the same sums for the label chosen and takes the first maximum, as
    crfsuite's strict `<` does.
    """
    if not lengths:
        return []
    size = np.array(lengths)
    order = np.argsort(-size, kind="stable")  # row r of the batch is sentence order[r]
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    longest = int(size.max())
    # running[t]: how many sentences are longer than t (a prefix of the rows)
    running = [*(len(size) - np.cumsum(np.bincount(size, minlength=longest))[:longest]).tolist(), 0]
    pad = np.zeros((longest, len(size), len(model.labels)))  # (step, row, label)
    pad[np.arange(len(scores)) - np.repeat(np.cumsum(size) - size, size), np.repeat(rank, size)] = scores
    alpha = np.empty_like(pad)
    alpha[0] = pad[0]
    # (from, row, to): the maximum over `from` is then a few contiguous (row, to) planes, far
    # quicker than numpy's reduction over a middle axis
    sums = np.empty((len(model.labels), len(size), len(model.labels)))
    steps = model.trans[:, None, :]
    for t in range(1, longest):
        live = running[t]
        best = alpha[t, :live]
        np.add(alpha[t - 1, :live].T[:, :, None], steps, out=sums[:, :live])
        np.maximum.reduce(sums[:, :live], axis=0, out=best)
        np.add(best, pad[t, :live], out=best)
    into = np.ascontiguousarray(model.trans.T)  # (to, from)
    label = np.zeros(len(size), np.intp)
    paths = np.empty((longest, len(size)), np.intp)
    for t in range(longest - 1, -1, -1):
        live, ended = running[t], running[t + 1]
        if ended < live:  # the sentences of length t + 1 start their way back here
            label[ended:live] = alpha[t, ended:live].argmax(axis=1)
        paths[t, :live] = label[:live]
        if t:
            label[:live] = (alpha[t - 1, :live] + into[label[:live]]).argmax(axis=1)
    rows = paths.T.tolist()
    return [rows[r][:n] for r, n in zip(rank.tolist(), lengths, strict=True)]
