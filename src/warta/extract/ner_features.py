"""Token features for the CRF named-entity model (shared by training and tagging).

Features are binary strings. A token's own features and the features it lends to its
neighbours depend only on the word, so both are memoised per word: tagging a sentence is then
mostly list concatenation, which keeps the tagger at thousands of sentences per second.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby
from pathlib import Path

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"
CUES_PATH = KNOWLEDGE / "ner_cues.txt"
GAZETTEER_PATH = KNOWLEDGE / "ner_gazetteer.txt"

# Words (letters/digits) joined by inner hyphens/apostrophes/dots ("PDI-P", "Tribunnews.com"),
# numbers with separators ("5.700", "1,5"), else any single non-space character.
TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|\d+(?:[.,]\d+)*|\S")
_SHAPE_RUNS = re.compile(r"(.)\1+")
_ASCII_CLASSES = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "X" * 26 + "x" * 26 + "d" * 10
)
_GAZ_MAX = 6  # longest gazetteer name, in tokens, that is looked up


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    """Lower-cased cue word -> class (PER/ORG/LOC) from `knowledge/ner_cues.txt`."""
    return {word: label for word, label, _ in _cue_rows()}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Cue words flagged `title`: never part of a name ("Menteri", "Datuk"), so trimmed from PER."""
    return frozenset(word for word, _, flag in _cue_rows() if flag == "title")


def _cue_rows() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for line in CUES_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")] + ["", ""]
        word = cols[0].lower()
        if word not in seen:
            seen.add(word)
            rows.append((word, cols[1], cols[2]))
    return rows


@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, ...], tuple[str, tuple[bool, ...]]]:
    """Lower-cased token tuple -> (label, which tokens must be capitalised in the text)."""
    table: dict[tuple[str, ...], tuple[str, tuple[bool, ...]]] = {}
    for line in GAZETTEER_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, label = line.partition("\t")
        words = TOKEN_RE.findall(name.strip())
        if 0 < len(words) <= _GAZ_MAX:
            key = tuple(w.lower() for w in words)
            table.setdefault(key, (label.strip(), tuple(w[:1].isupper() for w in words)))
    return table


@lru_cache(maxsize=1)
def _gazetteer_lengths() -> dict[str, tuple[int, ...]]:
    """First word of a gazetteer name -> the lengths of the names it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in gazetteer():
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


@lru_cache(maxsize=1)
def _gazetteer_starts() -> frozenset[str]:
    return frozenset(_gazetteer_lengths())


def gazetteer_tags(tokens: list[str], lows: list[str] | None = None) -> list[str]:
    """`B-LOC`/`I-ORG`/... where a gazetteer name matches (longest first, capitals respected), else ''.

    `lows`: the tokens in lower case, when the caller has them already."""
    table = gazetteer()
    lengths = _gazetteer_lengths()
    lows = lows if lows is not None else [t.lower() for t in tokens]
    tags = [""] * len(tokens)
    free = 0  # where the last match ended
    for i in [i for i, low in enumerate(lows) if low in lengths]:  # the words that start a name
        if i < free:
            continue
        for n in lengths[lows[i]]:
            hit = table.get(tuple(lows[i : i + n])) if n <= len(tokens) - i else None
            if hit and all(tokens[i + k][:1].isupper() for k, cap in enumerate(hit[1]) if cap):
                tags[i : i + n] = ["B-" + hit[0]] + ["I-" + hit[0]] * (n - 1)
                free = i + n
                break
    return tags


def _shape(word: str) -> str:
    """Compressed character classes: 'Joko' -> 'Xx', 'PDI-P' -> 'X-X', '5.700' -> 'd.d'."""
    return shape_of(char_classes(word))


def char_classes(word: str) -> str:
    """Each character's class: 'Joko' -> 'Xxxx' (many words share one: a key for their shape)."""
    if word.isascii():  # most words: one table lookup per character
        return word.translate(_ASCII_CLASSES)
    return "".join(
        "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch for ch in word
    )


def shape_of(classes: str) -> str:
    """The shape of a word from its `char_classes`: runs of one class collapsed."""
    if "\n" in classes:  # a run of line breaks is left as it is (the regex's "." stops at them)
        return _SHAPE_RUNS.sub(r"\1", classes)
    return "".join(k for k, _ in groupby(classes))  # runs of one class collapsed


def _case(word: str) -> str:
    # an upper-case ASCII word holds a letter: the scan is for other cased characters ("Ⓐ")
    if word.isupper() and (word.isascii() or any(c.isalpha() for c in word)):
        return "U" if len(word) > 1 else "T"
    if word[:1].isupper():
        return "T"
    if word[:1].isdigit():
        return "D"
    return "l" if word[:1].isalpha() else "p"


_NEAR_TAGS = ("-2:", "-1:", "+1:", "+2:")


@lru_cache(maxsize=100_000)
def own_features(word: str) -> tuple[str, ...]:
    """Features of the token itself."""
    low = word.lower()
    return _own(word, low, _shape(word), _case(word), cues().get(low))


def _own(word: str, low: str, shape: str, case: str, cue: str | None) -> tuple[str, ...]:
    feats = [
        "b",
        "w=" + low,
        "sh=" + shape,
        "c=" + case,
        "p2=" + low[:2],
        "p3=" + low[:3],
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
    ]
    if len(word) == 1:
        feats.append("len1")
    if cue:
        feats.append("cue=" + cue)
    return tuple(feats)


@lru_cache(maxsize=200_000)
def neighbour_features(word: str, offset: int) -> tuple[str, ...]:
    """Features a word lends to the token `offset` positions away from it."""
    low = word.lower()
    return _near(f"{offset:+d}:", low, _shape(word), _case(word), cues().get(low))


def _near(tag: str, low: str, shape: str, case: str, cue: str | None) -> tuple[str, ...]:
    feats = [tag + "w=" + low, tag + "c=" + case]
    if cue:
        feats.append(tag + "cue=" + cue)
    if tag[1] == "1":  # the next words over lend more
        feats += [tag + "sh=" + shape, tag + "s3=" + low[-3:]]
    return tuple(feats)


def word_features(word: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """`own_features(word)` and `neighbour_features(word, k)` for k = -2, -1, +1, +2, the word's
    parts (lower case, shape, case, cue) computed once for all five."""
    low = word.lower()
    shape, case, cue = _shape(word), _case(word), cues().get(low)
    return _own(word, low, shape, case, cue), tuple(_near(tag, low, shape, case, cue) for tag in _NEAR_TAGS)


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """One feature list per token of a sentence (hot path: per-word parts come from caches)."""
    n = len(tokens)
    lows = [t.lower() for t in tokens]
    table = cues()
    tcues = [table.get(low) for low in lows]
    gaz = gazetteer_tags(tokens)
    runs = _capital_runs(tokens)
    out: list[list[str]] = []
    for i, word in enumerate(tokens):
        feats = list(own_features(word))
        if gaz[i]:
            feats.append("gz=" + gaz[i])
        if i + 1 < n and gaz[i + 1]:
            feats.append("+1:gz=" + gaz[i + 1])
        if i == 0:
            feats.append("BOS")
            feats.append("BOS&c=" + _case(word))
        if i == n - 1:
            feats.append("EOS")
        # a title or place cue a little further left ("Menteri Luar Negeri Rusia Sergei Lavrov")
        for j in range(max(0, i - 4), max(0, i - 2)):
            if tcues[j]:
                feats.append("lcue=" + str(tcues[j]))
        if i >= 2:
            feats.extend(neighbour_features(tokens[i - 2], -2))
        if i >= 1:
            feats.extend(neighbour_features(tokens[i - 1], -1))
            feats.append("bg=" + lows[i - 1] + "|" + lows[i])
        if i + 1 < n:
            feats.extend(neighbour_features(tokens[i + 1], 1))
        if i + 2 < n:
            feats.extend(neighbour_features(tokens[i + 2], 2))
        feats.extend(_run_features(runs[i]))
        out.append(feats)
    return out


def _capital_runs(tokens: list[str]) -> list[tuple[int, int]]:
    """For each token: (position, length) in its run of capitalised tokens, (0, 0) outside one.

    Names are runs of capitalised words, so where a token sits in its run says much about
    whether it starts, continues or ends a name.
    """
    out = [(0, 0)] * len(tokens)
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j][:1].isupper():
            j += 1
        for k in range(i, j):
            out[k] = (k - i, j - i)
        i = max(j, i + 1)
    return out


@lru_cache(maxsize=64)
def _run_features(run: tuple[int, int]) -> tuple[str, ...]:
    pos, length = run
    if not length:
        return ()
    return (f"run={min(length, 4)}", f"runpos={min(pos, 3)}", "runend" if pos == length - 1 else "runmid")
