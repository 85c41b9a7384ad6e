"""The feature rows of many ASCII words at once, in numpy: the rows `LangModel.word_vectors` looks up.

Per unseen word the scorer looks up its word feature and ~30 character n-grams in a dict of 140k
features: ~10 µs a word, mostly slicing, hashing and cache misses. An n-gram (n <= 4) of a padded
a-z word is a number in base 28, so a batch's n-grams are computed as arrays and looked up in one
array indexed by that number. The result is the very list
of rows the per-word loop builds (word feature first, then the n-grams shortest first, left to
right, unknown ones left out), so the summed vectors are the same floats.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from warta.langid.features import MAX_N, MIN_N

Ints = npt.NDArray[np.int64]
# The characters of a padded lower-case ASCII word, as digits of base len(_ALPHABET).
_ALPHABET = "abcdefghijklmnopqrstuvwxyz<>"
_BASE = len(_ALPHABET)
_DIGIT = np.full(256, -1, dtype=np.int64)
_DIGIT[np.frombuffer(_ALPHABET.encode("ascii"), dtype=np.uint8)] = np.arange(_BASE)
# n-grams of each length n get their own block of codes, starting here
_OFFSET: dict[int, int] = {n: sum(_BASE**m for m in range(1, n)) for n in range(MIN_N, MAX_N + 2)}
PLAIN = re.compile(r"[a-z]*")  # words the table serves: "".join(words) matches this whole


def _code(gram: str) -> int:
    value: int = 0
    for c in gram:
        value = value * _BASE + _ALPHABET.index(c)
    return _OFFSET[len(gram)] + value


class GramTable:
    """row1 of every n-gram over `_ALPHABET` by its code (0: not a feature); a few MB of int32."""

    def __init__(self, index1: dict[str, int]) -> None:
        self.rows = np.zeros(_OFFSET[MAX_N + 1], dtype=np.int32)
        alphabet = set(_ALPHABET)
        for f, row in index1.items():
            if MIN_N <= len(f) <= MAX_N and alphabet.issuperset(f):
                self.rows[_code(f)] = row

    def rows_of(self, words: list[str], word_rows: list[int]) -> tuple[list[int], list[int]]:
        """(rows, segment starts) for `words` of a-z only, as the per-word loop builds them;
        `word_rows` holds each word's own feature row (0 when unknown)."""
        rows, starts = self.row_arrays(words, word_rows)
        return rows.tolist(), starts.tolist()

    def row_arrays(self, words: list[str], word_rows: list[int]) -> tuple[Ints, Ints]:
        """`rows_of` as arrays (what the gather of the rows takes, without a round trip through lists)."""
        padded = "".join(f"<{w}>" for w in words)
        digits = _DIGIT[np.frombuffer(padded.encode("ascii") + b"<" * MAX_N, dtype=np.uint8)]
        sizes = np.array([len(w) + 2 for w in words], dtype=np.int64)
        k = np.arange(len(words), dtype=np.int64)
        owner_at = np.repeat(k, sizes)  # the word of each character
        room = np.repeat(np.cumsum(sizes), sizes) - np.arange(len(padded))  # characters left in its word
        code = np.zeros(len(padded), dtype=np.int64)
        owners: list[Ints] = []
        rows: list[npt.NDArray[np.int32]] = []
        for n in range(MIN_N, MAX_N + 1):
            code = code * _BASE + digits[n - 1 : n - 1 + len(padded)]  # the n-gram starting at each character
            found = self.rows[code + _OFFSET[n]]
            keep = (room >= n) & (found > 0)
            owners.append(owner_at[keep])
            rows.append(found[keep])
        own = np.array(word_rows, dtype=np.int64)
        # word features first, then the n-grams (shortest first, left to right): a stable sort by word
        owner = np.concatenate((k[own > 0], *owners))
        order = np.argsort(owner, kind="stable")
        every = np.concatenate((own[own > 0], *rows))
        return every[order], np.searchsorted(owner[order], k)
