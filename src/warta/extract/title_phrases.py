"""Role titles in a text ("Wakil Menteri Luar Negeri", "Ahli Parlimen"), found by whole words."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import accumulate, compress

from warta.extract.word_lists import word_list

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

    def match_at(self, folded: list[str], gaps: list[str], i: int) -> int:
        """How many words from `i` the longest phrase covers (0 when none starts there); `gaps[k]`
        is the text between words k and k + 1."""
        for n, rest in self.rests.get(folded[i], ()):
            same = i + n <= len(folded) and folded[i + 1 : i + n] == rest
            if same and all(not gaps[j].strip() for j in range(i, i + n - 1)):
                return n
        return 0


@cache
def _title_phrases() -> tuple[Phrases, Phrases]:
    titles = word_list("person_titles") + word_list("seat_titles") + word_list("fused_titles")
    return Phrases(titles), Phrases(word_list("portfolios"))


@lru_cache(maxsize=8)
def title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every role title in the text ("Wakil Menteri Luar Negeri", "Ahli Parlimen", "Kapolri"), in order."""
    titles, jobs = _title_phrases()
    parts = _PHRASE_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    folded, gaps = list(map(str.casefold, parts[1::2])), parts[2::2]
    bounds = list(accumulate(map(len, parts)))  # word k spans bounds[2k] .. bounds[2k + 1]
    out = []
    upto = 0
    first = titles.first
    for i in compress(range(len(folded)), map(first.__contains__, folded)):  # the dict test first: cheap
        if i < upto:
            continue
        n = titles.match_at(folded, gaps, i)
        if n == 0:
            continue
        if i + n < len(folded) and not gaps[i + n - 1].strip():
            n += jobs.match_at(folded, gaps, i + n)  # "Menteri" + "Pertahanan"
        out.append((bounds[2 * i], bounds[2 * (i + n) - 1]))
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
