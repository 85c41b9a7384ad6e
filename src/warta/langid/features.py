"""Features of the language classifier: lower-cased words and their padded character n-grams.

N-grams never cross a word boundary, so a text's score is the sum of its words' scores; the
scorer caches one vector per distinct word, which keeps a whole article to a few hundred lookups.
"""

from __future__ import annotations

import re

# Letters only (any script): digits, punctuation and hyphens split words ("kanak-kanak").
WORD = re.compile(r"[^\W\d_]+")
MAX_N = 4
MIN_N = 1


def words(text: str) -> list[str]:
    """Lower-cased letter runs of `text`."""
    if text.isascii():  # one lower() for the whole text; outside ASCII, case folding may change length
        return WORD.findall(text.lower())
    return [w.lower() for w in WORD.findall(text)]


# Punctuation common in news text that `WORD` never takes (checked in the tests): blanked, a
# paragraph of ASCII besides them splits on a translate and str.split, not the Unicode regex.
_BLANKED = "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\xa0"
# every ASCII character but a-z -> space
_NOT_AZ = str.maketrans({i: " " for i in range(128) if not 97 <= i <= 122})


def span_words(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """`words(text[a:b])` of each span, an ASCII span (once `_BLANKED` is blanked) without the regex:
    lower() of ASCII is per character and keeps offsets, so its letter runs are the same words."""
    plain = text
    if not text.isascii():
        for c in _BLANKED:
            plain = plain.replace(c, " ")
    out: list[list[str]] = []
    for a, b in spans:
        part = plain[a:b]
        out.append(part.lower().translate(_NOT_AZ).split() if part.isascii() else words(text[a:b]))
    return out


def word_features(word: str) -> list[str]:
    """The word itself ("w:kerajaan") and the character 1-4-grams of "<word>", shortest first."""
    return [f"w:{word}", *map(f"<{word}>".__getitem__, gram_slices(len(word) + 2))]


_SLICES: dict[int, list[slice]] = {}


def gram_slices(size: int) -> list[slice]:
    """The n-gram slices of a padded word of `size` characters, in `word_features` order (kept per
    size: slicing with prepared slices runs in C, the per-word cost of an unseen word)."""
    found = _SLICES.get(size)
    if found is None:
        found = _SLICES[size] = [
            slice(i, i + n) for n in range(MIN_N, MAX_N + 1) for i in range(size - n + 1)
        ]
    return found
