"""Near-duplicates and syndication: MinHash LSH over word 5-gram shingles, confirmed pairwise.

Wire copies are lightly edited (a few words, a boilerplate line, a new title, paragraphs moved), so
the LSH threshold sits near 0.5 and every candidate is confirmed with the exact Jaccard of the two
shingle sets. Copies form groups (merged as links are found); the earliest member (by published date, else arrival
order) is the group's origin. Incremental: one article at a time; the state serialises to bytes.
"""

from __future__ import annotations

import functools
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import xxhash
from datasketch import MinHash

from warta.model import Article

SHINGLE = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.5
CONFIRM_JACCARD = 0.5
# LSH band weights favour recall (datasketch picks 30 bands x 4 rows at 0.5): a missed pair is lost for
# good, while a false candidate only costs one exact Jaccard.
LSH_WEIGHTS = (0.2, 0.8)
MIN_WORDS = 8  # below this a text is too short to call a copy of anything
_WORD = re.compile(r"\w+", re.UNICODE)
_FORMAT = 1


def words(text: str) -> list[str]:
    """Lower-case words without diacritics: copies differ in accents and case more than in words."""
    if text.isascii():  # the common case, and much faster than decomposing
        return _WORD.findall(text.lower())
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


def shingle_hashes(text: str, size: int = SHINGLE) -> np.ndarray:
    """Sorted unique 32-bit xxhash values of the word `size`-grams of `text`."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return np.zeros(0, dtype=np.uint32)
    grams = (" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))
    return np.unique(
        np.fromiter(
            (xxhash.xxh32_intdigest(g.encode("utf-8", "surrogatepass")) for g in grams), dtype=np.uint32
        )
    )


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) or not len(b):
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def _identity(value: int) -> int:  # shingles are hashed once, by xxhash, before MinHash sees them
    return value


@functools.cache
def _layout(threshold: float, num_perm: int) -> tuple[int, int]:
    return band_layout(threshold, num_perm)


def band_layout(
    threshold: float, num_perm: int, weights: tuple[float, float] = LSH_WEIGHTS
) -> tuple[int, int]:
    """Bands and rows (b x r <= num_perm) minimising the weighted areas of false positives (pairs below
    `threshold` that share a band) and false negatives (pairs above it that share none): the usual
    MinHash LSH choice, as datasketch makes it."""
    grid = np.linspace(0.0, 1.0, 2001)
    below, above = grid <= threshold, grid >= threshold
    best, best_cost = (1, num_perm), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            collide = 1.0 - (1.0 - grid**rows) ** bands  # chance a pair at similarity s is a candidate
            false_pos = _area(collide[below], grid[below])
            false_neg = _area(1.0 - collide[above], grid[above])
            cost = weights[0] * false_pos + weights[1] * false_neg
            if cost < best_cost:
                best, best_cost = (bands, rows), cost
    return best


def _area(y: np.ndarray, x: np.ndarray) -> float:
    """Trapezoid rule (numpy renamed its own between versions)."""
    return float(np.sum((y[1:] + y[:-1]) * np.diff(x)) / 2)


class _BandIndex:
    """MinHash LSH: `bands` bands of `rows` signature values each; documents sharing one band are candidates.

    The band layout is datasketch's (`_optimal_param` for the threshold and weights), the storage is one
    dict from an int key (band number and a 64-bit hash of the band) to the documents' order numbers:
    about 3 kB per document, where datasketch's MinHashLSH keeps a bytes key and a set per band
    (about 11 kB). A 58-bit hash collision only adds a candidate, which the exact Jaccard then rejects.
    """

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.bands, self.rows = _layout(threshold, num_perm)
        self._table: dict[int, int | list[int]] = {}

    def _keys(self, signature: np.ndarray) -> list[int]:
        rows = np.ascontiguousarray(signature[: self.bands * self.rows], dtype=np.uint64)
        return [
            (band << 58) | (xxhash.xxh3_64_intdigest(chunk.tobytes()) >> 6)
            for band, chunk in enumerate(rows.reshape(self.bands, self.rows))
        ]

    def insert(self, order: int, signature: np.ndarray) -> None:
        table = self._table
        for key in self._keys(signature):
            found = table.get(key)
            if found is None:
                table[key] = order
            elif isinstance(found, list):
                found.append(order)
            else:
                table[key] = [found, order]

    def query(self, signature: np.ndarray) -> set[int]:
        out: set[int] = set()
        for key in self._keys(signature):
            found = self._table.get(key)
            if isinstance(found, list):
                out.update(found)
            elif found is not None:
                out.add(found)
        return out


@dataclass(slots=True)
class _Doc:
    order: int
    published: str | None
    shingles: np.ndarray
    signature: np.ndarray


@dataclass
class NearDuplicates:
    """Incremental near-duplicate finder; `add` returns the origin's id for a copy, else None.

    When a later-arriving article turns out to be earlier than its group's origin, it becomes the
    origin; `moved` then lists the previously added members whose origin changed (id -> new origin).
    """

    threshold: float = LSH_THRESHOLD
    confirm: float = CONFIRM_JACCARD
    num_perm: int = NUM_PERM
    docs: dict[str, _Doc] = field(default_factory=dict)
    moved: dict[str, str | None] = field(default_factory=dict)
    _root: dict[str, str] = field(default_factory=dict)  # member -> group key
    _group: dict[str, list[str]] = field(default_factory=dict)  # group key -> members
    _lsh: _BandIndex = field(init=False)
    _by_order: dict[int, str] = field(init=False)  # order number -> article id, for the index's answers
    _template: MinHash = field(init=False)

    def __post_init__(self) -> None:
        self._template = MinHash(num_perm=self.num_perm, hashfunc=_identity)
        self._lsh = _BandIndex(self.threshold, self.num_perm)
        self._by_order = {}
        for key, doc in self.docs.items():
            self._index(key, doc)

    def __len__(self) -> int:
        return len(self.docs)

    def add(self, article: Article) -> str | None:
        """Index one article; the id of its group's origin when it is a copy, else None."""
        self.moved = {}
        if article.id in self.docs:
            return self.origin(article.id)
        shingles = shingle_hashes(article.text or article.raw)
        doc = _Doc(len(self.docs), article.published, shingles, self._signature(shingles))
        matches = self._confirmed(doc) if len(shingles) else []
        groups = {self._root[m] for m in matches}
        before = {k: self.origin(k) for g in groups for k in self._group[g]}
        self.docs[article.id] = doc
        self._root[article.id] = article.id
        self._group[article.id] = [article.id]
        self._index(article.id, doc)
        for other in matches:
            self._union(article.id, other)
        origin = self._origin_of(self._root[article.id])
        # everyone in the merged group now shares one origin (None for the origin itself)
        self.moved = {k: new for k, old in before.items() if (new := None if k == origin else origin) != old}
        return None if origin == article.id else origin

    def origin(self, article_id: str) -> str | None:
        """The origin of the article's group, or None when the article is itself an origin (or unknown)."""
        if article_id not in self._root:
            return None
        origin = self._origin_of(self._root[article_id])
        return None if origin == article_id else origin

    def members(self, article_id: str) -> list[str]:
        return sorted(self._group[self._root[article_id]], key=lambda k: self.docs[k].order)

    def groups(self) -> list[list[str]]:
        """Groups with more than one member, each origin first."""
        out = []
        for root, keys in self._group.items():
            if len(keys) > 1:
                origin = self._origin_of(root)
                out.append(
                    [origin, *sorted((k for k in keys if k != origin), key=lambda k: self.docs[k].order)]
                )
        return sorted(out, key=lambda g: self.docs[g[0]].order)

    def _signature(self, shingles: np.ndarray) -> np.ndarray:
        m = self._template.copy()
        if len(shingles):
            m.update_batch(shingles.tolist())
        signature: np.ndarray = np.array(m.hashvalues, copy=True)
        return signature

    def _index(self, key: str, doc: _Doc) -> None:
        if len(doc.shingles):
            self._by_order[doc.order] = key
            self._lsh.insert(doc.order, doc.signature)

    def _confirmed(self, doc: _Doc) -> list[str]:
        candidates = [self._by_order[order] for order in self._lsh.query(doc.signature)]
        found = [c for c in candidates if jaccard(doc.shingles, self.docs[c].shingles) >= self.confirm]
        return sorted(found, key=lambda k: self.docs[k].order)

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._root[a], self._root[b]
        if ra == rb:
            return
        if len(self._group[ra]) < len(self._group[rb]):  # merge the smaller group into the larger
            ra, rb = rb, ra
        for k in self._group[rb]:
            self._root[k] = ra
        self._group[ra].extend(self._group.pop(rb))

    def _origin_of(self, root: str) -> str:
        docs = self.docs
        return min(self._group[root], key=lambda k: (docs[k].published or "9999-99-99", docs[k].order))

    # --- state -----------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        keys = list(self.docs)
        header: dict[str, Any] = {
            "format": _FORMAT,
            "threshold": self.threshold,
            "confirm": self.confirm,
            "num_perm": self.num_perm,
            "keys": keys,
            "published": [self.docs[k].published for k in keys],
            "root": [self._root[k] for k in keys],
            "lengths": [len(self.docs[k].shingles) for k in keys],
        }
        shingles = np.concatenate([self.docs[k].shingles for k in keys]) if keys else np.zeros(0, np.uint32)
        sigs = (
            np.stack([self.docs[k].signature for k in keys])
            if keys
            else np.zeros((0, self.num_perm), np.uint32)
        )
        buf = io.BytesIO()
        np.savez(
            buf,
            header=np.frombuffer(json.dumps(header).encode(), dtype=np.uint8),
            shingles=shingles,
            sigs=sigs,
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> NearDuplicates:
        arrays = np.load(io.BytesIO(data), allow_pickle=False)
        header = json.loads(arrays["header"].tobytes().decode())
        shingles, sigs = arrays["shingles"], arrays["sigs"]
        docs: dict[str, _Doc] = {}
        start = 0
        for i, key in enumerate(header["keys"]):
            end = start + header["lengths"][i]
            docs[key] = _Doc(i, header["published"][i], shingles[start:end], sigs[i])
            start = end
        nd = cls(
            threshold=header["threshold"], confirm=header["confirm"], num_perm=header["num_perm"], docs=docs
        )
        for key, root in zip(header["keys"], header["root"], strict=True):
            nd._root[key] = root
            nd._group.setdefault(root, []).append(key)
        return nd
