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
Ints = npt.NDArray[np.intp]

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


def emissions(model: CrfModel, slots: Ids, start: Floats) -> Floats:
    """(tokens, labels) state scores in crfsuite's adding order: from `start`, the tokens' sums of
    their first attributes, adding the weights of the (slots, tokens) attribute ids slot by slot.

    The sum runs over the first axis of the gathered weights, which numpy adds row after row
    (its pairwise summation is only for the contiguous last axis).
    """
    rows = model.weights.take(slots, axis=0)
    rows[0] += start  # = start + rows[0]: the first addition
    return np.add.reduce(rows, axis=0)  # type: ignore[no-any-return]


def viterbi(model: CrfModel, scores: Floats, lengths: list[int]) -> list[list[int]]:
    """Best label ids per sentence; `scores` holds the sentences' tokens one after another (no
    sentence is empty)."""
    flat = best_labels(model, scores, lengths).tolist()
    ends = np.cumsum(lengths).tolist()
    return [flat[end - n : end] for n, end in zip(lengths, ends, strict=True)]


def best_labels(model: CrfModel, scores: Floats, lengths: list[int]) -> Ints:
    """The best label id of each token, the sentences' tokens one after another as in `scores`.

    The sentences step together (a sentence's row runs on past its end; nothing reads it), a
    step is crfsuite's: `prev[i] + trans[i][j]`, maximum over i, plus the state score. The way
    back takes the first maximum of the same sums, as crfsuite's strict `<` does, for every
    token and label at once; then each step back is one gather of the pointers.
    """
    n_labels, tokens = len(model.labels), len(scores)
    if not tokens:
        return np.zeros(0, np.intp)
    size = np.array(lengths, np.intp)
    rows, longest = len(size), int(size.max())
    starts = np.cumsum(size) - size
    step = np.arange(tokens) - np.repeat(starts, size)
    row = np.repeat(np.arange(rows), size)
    # (step, label, row): the rows are the last axis, so every numpy step runs over them at once
    state = np.zeros((longest, n_labels, rows))
    state[step, :, row] = scores
    alpha = np.empty_like(state)
    alpha[0] = state[0]
    sums = np.empty((n_labels, n_labels, rows))  # (from, to, row)
    trans = np.ascontiguousarray(np.broadcast_to(model.trans[:, :, None], sums.shape))
    prev = alpha[:, :, None, :]
    add, most = np.add, np.maximum.reduce
    for t in range(1, longest):  # the one loop in Python: few calls per step, positional args
        now = alpha[t]
        add(prev[t - 1], trans, sums)
        most(sums, 0, None, now)
        add(now, state[t], now)
    return _way_back(model.trans, alpha.transpose(1, 0, 2)[:, step, row], starts, size)


def _way_back(trans: Floats, alpha: Floats, starts: Ints, size: Ints) -> Ints:
    """Each token's label on the best path, from the tokens' (labels, tokens) forward scores."""
    n_labels, tokens = alpha.shape
    # back[j, k]: the first i maximising alpha[i, k] + trans[i, j] (the label before token k + 1)
    sums = alpha[:, None, :-1] + trans[:, :, None]  # (from, to, token)
    top = sums == np.maximum.reduce(sums, axis=0)
    back = n_labels - np.maximum.reduce(
        top * np.arange(n_labels, 0, -1, dtype=np.int8)[:, None, None], axis=0
    )
    # node token * labels + label points to the node before it on the best path; a sentence's
    # first token points to itself, so a finished sentence stays put
    nodes = np.arange(tokens * n_labels).reshape(tokens, n_labels)
    point = nodes.copy()
    point[1:] = back.T + nodes[:-1, :1]
    point[starts] = nodes[starts]
    ends = starts + size - 1
    # the nodes at distance 0 .. d-1 back from each sentence's end, d doubling with the pointers
    walk = (ends * n_labels + alpha[:, ends].argmax(axis=0))[None, :]
    jump = point.ravel()
    while len(walk) < size.max():
        walk = np.concatenate((walk, jump[walk]))
        jump = jump[jump]
    out = np.empty(tokens, np.intp)
    out[walk // n_labels] = walk % n_labels
    return out
