"""Role titles in a text ("Wakil Menteri Luar Negeri", "Ahli Parlimen"), found by whole words."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import compress

from warta.extract.word_lists import word_list
from warta.extract.word_memo import Offsets, WordMemo, joined_parts

_PHRASE_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_PHRASE_SPLIT = re.compile(rf"({_PHRASE_WORD.pattern})")


class Phrases:
    """Word-list phrases found by whole words, case-insensitively (faster than one big regex)."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.first: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            toks = tuple(w.casefold() for w in _PHRASE_WORD.findall(p))
            if toks:
                self.first.setdefault(toks[0], []).append(toks)
        for v in self.first.values():
            v.sort(key=len, reverse=True)
        # each phrase's length and words after the first, as a list: compared with a slice at once
        self.rests = {k: [(len(t), list(t[1:])) for t in v] for k, v in self.first.items()}

    def match_at(self, words: list[str], gaps: list[str], i: int) -> int:
        """How many words from `i` the longest phrase covers (0 when none starts there), compared
        case-insensitively; `gaps[k]` is the text between words k and k + 1."""
        options = self.rests.get(words[i].casefold(), [])
        # the words after `i`, folded once for all the phrases (the longest come first)
        after = [w.casefold() for w in words[i + 1 : i + options[0][0]]] if options else []
        for n, rest in options:
            same = i + n <= len(words) and after[: n - 1] == rest
            if same and all(not gaps[j].strip() for j in range(i, i + n - 1)):
                return n
        return 0


@cache
def _title_phrases() -> tuple[Phrases, Phrases]:
    titles = word_list("person_titles") + word_list("seat_titles") + word_list("fused_titles")
    return Phrases(titles), Phrases(word_list("portfolios"))


@cache
def _opening() -> WordMemo:
    """Which written words open a title (a word's case-folded form is a title's first word)."""
    first = _title_phrases()[0].first
    return WordMemo(lambda w: w.casefold() in first)


@lru_cache(maxsize=8)
def title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every role title in the text ("Wakil Menteri Luar Negeri", "Ahli Parlimen", "Kapolri"), in order."""
    titles, jobs = _title_phrases()
    parts = joined_parts(text)  # gap, word, gap, word, ..., gap, as `_PHRASE_SPLIT.split(text)`
    words, gaps = parts[1::2], parts[2::2]
    offset = Offsets(parts)  # word k spans offset(2k + 1) .. offset(2k + 2)
    out = []
    upto = 0
    for i in compress(range(len(words)), _opening().flags(words)):  # a set test per word first: cheap
        if i < upto:
            continue
        n = titles.match_at(words, gaps, i)
        if n == 0:
            continue
        if i + n < len(words) and not gaps[i + n - 1].strip():
            n += jobs.match_at(words, gaps, i + n)  # "Menteri" + "Pertahanan"
        out.append((offset(2 * i + 1), offset(2 * (i + n))))
        upto = i + n
    return tuple(out)


@lru_cache(maxsize=8)
def title_starts(text: str) -> tuple[int, ...]:
    return tuple(s for s, _ in title_spans(text))


@lru_cache(maxsize=8)
def title_end_list(text: str) -> tuple[int, ...]:
    return tuple(sorted(e for _, e in title_spans(text)))


@lru_cache(maxsize=8)
def title_ends(text: str) -> frozenset[int]:
    return frozenset(e for _, e in title_spans(text))
