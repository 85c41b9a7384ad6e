"""Tagging-time CRF features, the same as `ner_features.sentence_features` (which training uses).

`Slots` gives them for a batch of sentences as attribute ids into the model's weight rows
(`ner_crf`), one per fixed slot in the order of `sentence_features`, the model's `absent` row where
a feature is missing or unknown to the model (adding its zeros changes no sum). What a word
contributes as itself and to its neighbours depends on the word only, so each distinct word's ids
are looked up once per process into a table (`WordIds`: from tables of the model's attributes by
word part, no feature strings); a batch is then numpy gathers and shifts of its rows plus the few
features that need context. `Featurizer` gives them as strings, the known ones only,
for pycrfsuite to tag a sentence or two (crfsuite ignores unknown attributes, so the tags are the
same, and they are fewer strings to hand over).
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import numpy.typing as npt

from warta.extract.ner_crf import CrfModel, Ids
from warta.extract.ner_features import (
    _capital_runs,
    _case,
    _gazetteer_starts,
    _run_features,
    char_classes,
    cues,
    gazetteer_tags,
    shape_of,
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
_GAP = 4  # blank rows between sentences: as far as a word lends features ("lcue=" to i+4)
_BLANKS = [0] * _GAP
_NO_BIGRAMS: dict[str, int] = {}
_CASE_TAGS = ("c=", "-2:c=", "-1:c=", "+1:c=", "+2:c=", "BOS&c=")
_CUE_TAGS = ("cue=", "-2:cue=", "-1:cue=", "+1:cue=", "+2:cue=", "lcue=")
# Features keyed by a part of the word, by group: the first tag names the group.
_KEYED = (
    ("w=", "-2:w=", "-1:w=", "+1:w=", "+2:w="),
    ("s3=", "-1:s3=", "+1:s3="),
    ("p2=",),
    ("p3=",),
    ("s2=",),
    ("s4=",),
)


class WordIds:
    """A word's row of ids, the features of `word_features` plus "BOS&c=", "lcue=" and capitals.

    A word's features come from its lower case, affixes, case, cue class and shape, which many
    words share: their ids are read from tables made once from the model's attributes (or kept
    as they are met), so a word never seen before costs a dozen lookups rather than some thirty
    feature strings. The row lists the known ids in the order of `word_features`, padded with
    `absent` (zeros), exactly as looking each feature up would.
    """

    def __init__(self, attrs: dict[str, int], absent: int) -> None:
        self.attrs, self.absent = attrs, absent
        self.bias, self.len1 = attrs.get("b", absent), attrs.get("len1", absent)
        tables = _by_key(attrs, absent)
        self.lows = {low: tuple(ids) for low, ids in tables["w="].items()}  # -> w=, -2:w=, ... +2:w=
        self.no_low = (absent,) * 5
        self.ends = {end: tuple(ids) for end, ids in tables["s3="].items()}  # -> s3=, -1:s3=, +1:s3=
        self.no_end = (absent,) * 3
        self.affixes = [
            {key: ids[0] for key, ids in tables[tag].items()} for tag in ("p2=", "p3=", "s2=", "s4=")
        ]
        self.cases: dict[str, tuple[int, ...]] = {}  # case -> c=, -2:c=, -1:c=, +1:c=, +2:c=, BOS&c=
        self.cues: dict[str, tuple[int, ...]] = {}  # class -> cue=, -2:, -1:, +1:, +2:cue=, lcue=
        self.shapes: dict[str, tuple[int, ...]] = {}  # char classes -> sh=, -1:sh=, +1:sh=
        self.cue_of = cues()

    def _ids(self, table: dict[str, tuple[int, ...]], key: str, feats: list[str]) -> tuple[int, ...]:
        if len(table) > _CACHE_LIMIT:
            table.clear()
        found = table[key] = tuple(self.attrs.get(f, self.absent) for f in feats)
        return found

    def row(self, word: str) -> list[int]:
        a = self.absent
        low = word.lower()
        case = _case(word)
        c = self.cases.get(case) or self._ids(self.cases, case, [t + case for t in _CASE_TAGS])
        classes = char_classes(word)
        sh = self.shapes.get(classes) or self._shape(classes)
        w = self.lows.get(low, self.no_low)
        s3 = self.ends.get(low[-3:], self.no_end)
        p2, p3, s2, s4 = self.affixes
        cap = 1 if word[:1].isupper() else 0
        cue = self.cue_of.get(low)
        # one list literal per case, in the slot order of `_OWN`, `_M2`, `_M1`, `_P1`, `_P2`
        if not cue:
            return [
                *(self.bias, w[0], sh[0], c[0], p2.get(low[:2], a), p3.get(low[:3], a), s2.get(low[-2:], a)),
                *(s3[0], s4.get(low[-4:], a), self.len1 if len(word) == 1 else a, a),
                *(w[1], c[1], a, w[2], c[2], sh[1], s3[1], a, w[3], c[3], sh[2], s3[2], a, w[4], c[4], a),
                *(c[5], a, cap),
            ]
        q = self.cues.get(cue) or self._ids(self.cues, cue, [t + cue for t in _CUE_TAGS])
        one = len(word) == 1
        return [
            *(self.bias, w[0], sh[0], c[0], p2.get(low[:2], a), p3.get(low[:3], a), s2.get(low[-2:], a)),
            *(s3[0], s4.get(low[-4:], a), self.len1 if one else q[0], q[0] if one else a),
            *(w[1], c[1], q[1], w[2], c[2], q[2], sh[1], s3[1], w[3], c[3], q[3], sh[2], s3[2]),
            *(w[4], c[4], q[4], c[5], q[5], cap),
        ]

    def _shape(self, classes: str) -> tuple[int, ...]:
        shape = shape_of(classes)
        return self._ids(self.shapes, classes, [t + shape for t in ("sh=", "-1:sh=", "+1:sh=")])


def _bigrams(attrs: dict[str, int]) -> dict[str, dict[str, int]]:
    """First word -> second word -> id of "bg=first|second", for each bigram the model knows
    (split at every "|": a token may be "|" itself, and the lookup meets only the true split)."""
    out: dict[str, dict[str, int]] = {}
    for name, k in attrs.items():
        if name.startswith("bg="):
            pair = name[3:]
            for i, ch in enumerate(pair):
                if ch == "|":
                    out.setdefault(pair[:i], {})[pair[i + 1 :]] = k
    return out


def _by_key(attrs: dict[str, int], absent: int) -> dict[str, dict[str, list[int]]]:
    """Per group of `_KEYED` tags: key -> the ids of `tag + key` for each tag of the group, for
    every key the model knows with any of them (one pass over the attributes)."""
    groups: dict[str, dict[str, list[int]]] = {tags[0]: {} for tags in _KEYED}
    where = {tag: (groups[tags[0]], i, len(tags)) for tags in _KEYED for i, tag in enumerate(tags)}
    for name, k in attrs.items():
        tag, eq, key = name.partition("=")
        found = where.get(tag + eq)
        if found is not None:
            table, i, width = found
            table.setdefault(key, [absent] * width)[i] = k
    return groups


class Slots:
    """Builds the (tokens, SLOTS) attribute ids of a batch of sentences for one model."""

    def __init__(self, model: CrfModel) -> None:
        self.attrs = model.attrs
        self.absent = model.absent
        self.ids = WordIds(model.attrs, model.absent)
        self.words: dict[str, int] = {}  # word -> row of `table`
        # by row: the word in lower case, its bigram table, whether it may open a gazetteer name
        self.lows: list[str] = [""]
        self.nexts: list[dict[str, int]] = [_NO_BIGRAMS]
        self.opens: list[bool] = [False]
        self.pending: list[list[int]] = []  # rows of new words, not yet in `table`
        self.table: Ids = np.zeros((4096, _ROW), np.int32)  # grown by doubling
        self.table[0, :_CAP] = self.absent  # the blank row: no features, no capital
        self.bigrams = _bigrams(model.attrs)
        get = self.attrs.get
        self.bos, self.eos = get("BOS", self.absent), get("EOS", self.absent)
        # `_run_features` by the run's length (to 4), the place in it (to 3), whether it ends there
        self.run_ids = np.array([get(f"run={k}", self.absent) for k in range(5)], np.int32)
        self.runpos_ids = np.array([get(f"runpos={k}", self.absent) for k in range(4)], np.int32)
        self.runend_ids = np.array([get(f, self.absent) for f in ("runmid", "runend")], np.int32)

    def _row(self, word: str) -> int:
        """The word's row, made on first sight (row 0 is the blank row)."""
        self.pending.append(self.ids.row(word))
        low = word.lower()
        self.lows.append(low)
        self.nexts.append(self.bigrams.get(low) or _NO_BIGRAMS)
        self.opens.append(low in _gazetteer_starts())
        found = self.words[word] = len(self.words) + 1
        return found

    def _flush(self) -> None:
        """Moves the new words' rows into the table."""
        size, new = len(self.words) + 1, len(self.pending)
        if size > len(self.table):
            grown = np.zeros((max(size, 2 * len(self.table)), _ROW), np.int32)
            grown[: size - new] = self.table[: size - new]
            self.table = grown
        self.table[size - new : size] = self.pending
        self.pending.clear()

    def build(self, sentences: list[list[str]]) -> Ids:
        """(tokens, SLOTS) ids, the sentences' tokens one after another.

        The words' rows are laid out with `_GAP` blank rows before each sentence and after the
        last, so that what a word lends to its neighbours is a plain shift of the rows: a blank
        row lends nothing and breaks every capital run.
        """
        if len(self.words) >= _CACHE_LIMIT:  # only here: the rows of a batch must stay put
            self.words.clear()
            self.pending.clear()
            del self.lows[1:], self.nexts[1:], self.opens[1:]
        find, absent = self.words.get, self.absent
        sentences = [s for s in sentences if s]
        laid: list[int] = []
        firsts: list[int] = []
        for tokens in sentences:
            laid += _BLANKS
            firsts.append(len(laid))
            laid += [find(w) or self._row(w) for w in tokens]  # row 0, the blank row, is no word's
        laid += _BLANKS
        if self.pending:
            self._flush()
        rows = self.table[laid]
        first = np.array(firsts, np.intp)
        size = np.array([len(t) for t in sentences], np.intp)
        padded = np.full((len(laid), SLOTS), absent, np.int32)
        self._shifts(rows, first, first + size - 1, padded)
        # bigrams over the whole layout: a blank row before a sentence's first word makes none
        lows, nexts = self.lows, self.nexts
        padded[1:, 26] = [nexts[a].get(lows[b], absent) for a, b in pairwise(laid)]
        out = padded[
            np.arange(len(laid) - _GAP * (len(sentences) + 1))
            + np.repeat(_GAP * np.arange(1, len(sentences) + 1), size)
        ]
        opens, lows = self.opens, self.lows
        at = 0
        for tokens, k in zip(sentences, firsts, strict=True):
            ids = laid[k : k + len(tokens)]
            if any([opens[r] for r in ids]):  # the gazetteer slots, which need the words themselves
                self._gazetteer(tokens, [lows[r] for r in ids], out[at : at + len(tokens)])
            at += len(tokens)
        return out

    def _gazetteer(self, tokens: list[str], lows: list[str], out: Ids) -> None:
        get, absent = self.attrs.get, self.absent
        for k, tag in enumerate(gazetteer_tags(tokens, lows)):
            if tag:
                out[k, 11] = get("gz=" + tag, absent)
            if tag and k:
                out[k - 1, 12] = get("+1:gz=" + tag, absent)

    def _shifts(self, rows: Ids, first: Index, last: Index, out: Ids) -> None:
        """The slots taken from the words' own rows and their neighbours' (blank rows between
        sentences), and the capital runs."""
        out[:, :11] = rows[:, _OWN]
        out[first, 13], out[first, 14], out[last, 15] = self.bos, rows[first, _BOS_C], self.eos
        out[4:, 16] = rows[:-4, _LCUE]
        out[3:, 17] = rows[:-3, _LCUE]
        out[2:, 18:21] = rows[:-2, _M2]
        out[1:, 21:26] = rows[:-1, _M1]
        out[:-1, 27:32] = rows[1:, _P1]
        out[:-2, 32:35] = rows[2:, _P2]
        cap = rows[:, _CAP].astype(bool)
        at = np.flatnonzero(cap)
        if not len(at):
            return
        starts = cap.copy()
        starts[1:] &= ~cap[:-1]
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

    def __init__(self, model: CrfModel, ids: WordIds | None = None) -> None:
        self.known = frozenset(model.attrs)  # a set: a little faster to ask
        self.names = [""] * len(model.attrs)  # attribute id -> string
        for name, k in model.attrs.items():
            self.names[k] = name
        self.ids = ids or WordIds(model.attrs, model.absent)
        self.own: dict[str, tuple[str, ...]] = {}
        self.near: tuple[dict[str, tuple[str, ...]], ...] = ({}, {}, {}, {})  # offsets -2, -1, +1, +2
        self.runs: dict[tuple[int, int], tuple[str, ...]] = {}

    def _word(self, word: str, table: int) -> tuple[str, ...]:
        """The known features of `word`: its own (table -1) or those it lends (0-3: to the token 2
        and 1 after it, 1 and 2 before it); all five are filled at once, from the word's ids."""
        if len(self.own) > _CACHE_LIMIT:
            self.own.clear()
            for near in self.near:
                near.clear()
        names, absent = self.names, self.ids.absent
        row = self.ids.row(word)
        self.own[word] = tuple([names[k] for k in row[_OWN] if k != absent])
        for near, part in zip(self.near, (_M2, _M1, _P1, _P2), strict=True):
            near[word] = tuple([names[k] for k in row[part] if k != absent])
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
        gaz = gazetteer_tags(tokens, lows)
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
