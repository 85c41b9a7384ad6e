"""Tagging-time CRF features, the same as `ner_features.sentence_features` (which training uses).

`Slots` gives them for a batch of sentences as attribute ids into the model's weight rows
(`ner_crf`), one per fixed slot in the order of `sentence_features`, the model's `absent` row where
a feature is missing or unknown to the model (adding its zeros changes no sum). What a word
contributes as itself and to its neighbours depends on the word only, so each distinct word's ids
are looked up once per process into a table; a batch is then numpy gathers and shifts of its rows
plus the few features that need context. `Featurizer` gives them as strings, the known ones only,
for pycrfsuite to tag a sentence or two (crfsuite ignores unknown attributes, so the tags are the
same, and they are fewer strings to hand over).
"""

from __future__ import annotations

from collections.abc import Container
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from warta.extract.ner_crf import CrfModel, Ids
from warta.extract.ner_features import (
    _capital_runs,
    _case,
    _gazetteer_starts,
    _run_features,
    cues,
    gazetteer_tags,
    word_features,
)

_CACHE_LIMIT = 100_000  # distinct words kept before a word cache starts afresh (the table: 12 MB)
# A word's row: its own ids (11), what it lends to the tokens 2 and 1 after it (3, 5) and 1 and 2
# before it (5, 3), its "BOS&c=" and "lcue=" ids, 1 if it is capitalised.
_OWN, _M2, _M1, _P1, _P2 = slice(0, 11), slice(11, 14), slice(14, 19), slice(19, 24), slice(24, 27)
_BOS_C, _LCUE, _CAP, _ROW = 27, 28, 29, 30
# A token's slots, in `sentence_features` order: own (11), gz, +1:gz, BOS, BOS&c, EOS, lcue (i-4),
# lcue (i-3), lent by i-2 (3), by i-1 (5), bigram, lent by i+1 (5), by i+2 (3), capital run (3).
SLOTS = 38
Index = npt.NDArray[np.intp]


class Slots:
    """Builds the (tokens, SLOTS) attribute ids of a batch of sentences for one model."""

    def __init__(self, model: CrfModel) -> None:
        self.attrs = model.attrs
        self.absent = model.absent
        self.words: dict[str, int] = {}  # word -> row of `table`
        self.pending: list[list[int]] = []  # rows of new words, not yet in `table`
        self.table: Ids = np.zeros((4096, _ROW), np.int32)  # grown by doubling
        get = self.attrs.get
        self.bos, self.eos = get("BOS", self.absent), get("EOS", self.absent)
        # `_run_features` by the run's length (to 4), the place in it (to 3), whether it ends there
        self.run_ids = np.array([get(f"run={k}", self.absent) for k in range(5)], np.int32)
        self.runpos_ids = np.array([get(f"runpos={k}", self.absent) for k in range(4)], np.int32)
        self.runend_ids = np.array([get(f, self.absent) for f in ("runmid", "runend")], np.int32)

    def _ids(self, feats: tuple[str, ...], width: int) -> list[int]:
        ids = [self.attrs.get(f, self.absent) for f in feats]
        return ids + [self.absent] * (width - len(ids))

    def _row(self, word: str) -> int:
        """The word's row, made on first sight."""
        own, near = word_features(word)
        row = self._ids(own, 11)
        for feats, width in zip(near, (3, 5, 5, 3), strict=True):
            row += self._ids(feats, width)
        cue = cues().get(word.lower())
        row.append(self.attrs.get("BOS&c=" + _case(word), self.absent))
        row.append(self.attrs.get("lcue=" + cue, self.absent) if cue else self.absent)
        row.append(1 if word[:1].isupper() else 0)
        self.pending.append(row)
        found = self.words[word] = len(self.words)
        return found

    def _flush(self) -> None:
        """Moves the new words' rows into the table."""
        size, new = len(self.words), len(self.pending)
        if size > len(self.table):
            grown = np.zeros((max(size, 2 * len(self.table)), _ROW), np.int32)
            grown[: size - new] = self.table[: size - new]
            self.table = grown
        self.table[size - new : size] = self.pending
        self.pending.clear()

    def build(self, sentences: list[list[str]]) -> Ids:
        """(tokens, SLOTS) ids, the sentences' tokens one after another."""
        if len(self.words) >= _CACHE_LIMIT:  # only here: the rows of a batch must stay put
            self.words.clear()
            self.pending.clear()
        words, get, absent = self.words, self.attrs.get, self.absent
        sentences = [s for s in sentences if s]
        flat = [w for s in sentences for w in s]
        index = [words[w] if w in words else self._row(w) for w in flat]
        if self.pending:
            self._flush()
        rows = self.table[index]
        out = np.full((len(flat), SLOTS), absent, np.int32)
        if not flat:
            return out
        lows = [w.lower() for w in flat]
        out[1:, 26] = [get("bg=" + a + "|" + b, absent) for a, b in pairwise(lows)]
        starts = [0]
        for tokens in sentences:
            at = starts[-1]
            if not _gazetteer_starts().isdisjoint(lows[at : at + len(tokens)]):
                self._gazetteer(tokens, out[at : at + len(tokens)])
            starts.append(at + len(tokens))
        first = np.array(starts[:-1], np.intp)
        self._shifts(rows, first, out)
        out[first, 26] = absent  # no bigram across sentences
        return out

    def _gazetteer(self, tokens: list[str], out: Ids) -> None:
        get, absent = self.attrs.get, self.absent
        for k, tag in enumerate(gazetteer_tags(tokens)):
            if tag:
                out[k, 11] = get("gz=" + tag, absent)
            if tag and k:
                out[k - 1, 12] = get("+1:gz=" + tag, absent)

    def _shifts(self, rows: Ids, first: Index, out: Ids) -> None:
        """The slots taken from the words' own rows and their neighbours', within each sentence."""
        n = len(rows)
        last = np.append(first[1:], n) - 1
        sizes = last - first + 1
        pos = np.arange(n) - np.repeat(first, sizes)  # place in the sentence
        left = np.repeat(last, sizes) - np.arange(n)  # tokens after this one
        out[:, :11] = rows[:, _OWN]
        out[first, 13], out[first, 14], out[last, 15] = self.bos, rows[first, _BOS_C], self.eos
        for slot, shift, cols in (
            (16, 4, _LCUE),
            (17, 3, _LCUE),
            (slice(18, 21), 2, _M2),
            (slice(21, 26), 1, _M1),
        ):
            at = np.flatnonzero(pos >= shift)
            out[at, slot] = rows[at - shift, cols]
        for slot, shift, cols in ((slice(27, 32), 1, _P1), (slice(32, 35), 2, _P2)):
            at = np.flatnonzero(left >= shift)
            out[at, slot] = rows[at + shift, cols]
        self._runs(rows[:, _CAP].astype(bool), pos, out)

    def _runs(self, cap: npt.NDArray[np.bool_], pos: Index, out: Ids) -> None:
        """`_capital_runs` features: runs of capitalised tokens, never across sentences."""
        at = np.flatnonzero(cap)
        if not len(at):
            return
        follows = np.zeros_like(cap)
        follows[1:] = cap[:-1]
        starts = cap & ((pos == 0) | ~follows)
        run = np.cumsum(starts)[at] - 1  # the run of each capitalised token
        place = at - np.flatnonzero(starts)[run]
        length = np.bincount(run)[run]
        out[at, 35] = self.run_ids[np.minimum(length, 4)]
        out[at, 36] = self.runpos_ids[np.minimum(place, 3)]
        out[at, 37] = self.runend_ids[(place == length - 1).astype(np.intp)]


class Featurizer:
    """`sentence_features` with the model's unknown features left out, as strings for pycrfsuite's
    own tagger: for a sentence or two, cheaper than `Slots`, whose numpy steps cost the same for
    one sentence as for fifty."""

    def __init__(self, known: Container[str]) -> None:
        self.known = known
        self.own: dict[str, tuple[str, ...]] = {}
        self.near: tuple[dict[str, tuple[str, ...]], ...] = ({}, {}, {}, {})  # offsets -2, -1, +1, +2
        self.runs: dict[tuple[int, int], tuple[str, ...]] = {}

    def _word(self, word: str, table: int) -> tuple[str, ...]:
        """The known features of `word`: its own (table -1) or those it lends (0-3: to the token 2
        and 1 after it, 1 and 2 before it); all five are filled at once."""
        if len(self.own) > _CACHE_LIMIT:
            self.own.clear()
            for near in self.near:
                near.clear()
        known = self.known
        own, lent = word_features(word)
        self.own[word] = tuple([f for f in own if f in known])
        for near, feats in zip(self.near, lent, strict=True):
            near[word] = tuple([f for f in feats if f in known])
        return self.own[word] if table < 0 else self.near[table][word]

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
            feats = list(own.get(word) or self._word(word, -1))
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
                feats += m2.get(w) or self._word(w, 0)
            if i >= 1:
                w = tokens[i - 1]
                feats += m1.get(w) or self._word(w, 1)
                bigram = "bg=" + lows[i - 1] + "|" + lows[i]
                if bigram in known:
                    feats.append(bigram)
            if i + 1 < n:
                w = tokens[i + 1]
                feats += p1.get(w) or self._word(w, 2)
            if i + 2 < n:
                w = tokens[i + 2]
                feats += p2.get(w) or self._word(w, 3)
            feats += runs[i]
            out.append(feats)
        return out
