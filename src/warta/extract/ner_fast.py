"""Tagging-time CRF features, the same as `ner_features.sentence_features` (which training uses).

`Slots` gives them for a batch of sentences as attribute ids into the model's weight rows
(`ner_crf`), one per fixed slot in the order of `sentence_features`, the model's `absent` row where
a feature is missing or unknown to the model (adding its zeros changes no sum). What a word
contributes as itself and to its neighbours depends on the word only, so each distinct word's ids
are looked up once per process into a table (`WordIds`: from tables of the model's attributes by
word part, no feature strings), with the sum of the weights of its own features; a batch is then
numpy gathers and shifts of its rows plus the few features that need context. `Featurizer` gives
them as strings, the known ones only, for pycrfsuite to tag a sentence or two (crfsuite ignores
unknown attributes, so the tags are the same, and they are fewer strings to hand over).
"""

from __future__ import annotations

from itertools import chain

import numpy as np
import numpy.typing as npt

from warta.extract.ner_crf import CrfModel, Floats, Ids
from warta.extract.ner_features import (
    _ASCII_CLASSES,
    _capital_runs,
    _case,
    _gazetteer_lengths,
    _gazetteer_starts,
    _run_features,
    char_classes,
    cues,
    gazetteer,
    gazetteer_tags,
    shape_of,
)

_CACHE_LIMIT = 100_000  # distinct words kept before a word cache starts afresh (the table: 12 MB)
# A word's row: its own ids (11), what it lends to the tokens 2 and 1 after it (3, 5) and 1 and 2
# before it (5, 3), its "BOS&c=" and "lcue=" ids, 1 if it is capitalised.
_OWN, _M2, _M1, _P1, _P2 = slice(0, 11), slice(11, 14), slice(14, 19), slice(19, 24), slice(24, 27)
_BOS_C, _LCUE, _CAP, _ROW = 27, 28, 29, 30
# `Slots` adds the word's numbers as first and second word of a bigram (-1: none) and 1 if it
# may open a gazetteer name.
_BG_FIRST, _BG_SECOND, _OPENS, _WIDTH = 30, 31, 32, 33
# A token's slots, in `sentence_features` order: own (11), gz, +1:gz, BOS, BOS&c, EOS, lcue (i-4),
# lcue (i-3), lent by i-2 (3), by i-1 (5), bigram, lent by i+1 (5), by i+2 (3), capital run (3).
# `Slots` gives the sum of a token's own 11 as one number per label (a word's, kept per word) and
# the ids of the other 27, from `CONTEXT` on.
SLOTS = 38
CONTEXT = 11
_GZ, _NEXT_GZ, _BOS, _BOS_CASE, _EOS, _LCUE4, _LCUE3, _BIGRAM, _RUN = 0, 1, 2, 3, 4, 5, 6, 15, 24
Index = npt.NDArray[np.intp]
_GAP = 4  # blank rows between sentences: as far as a word lends features ("lcue=" to i+4)
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
        # an ASCII word's char classes -> its case ids, shape ids and capital (its case and
        # capital follow from them)
        self.kinds: dict[str, tuple[tuple[int, ...], tuple[int, ...], int]] = {}
        self.cue_of = cues()

    def _ids(self, table: dict[str, tuple[int, ...]], key: str, feats: list[str]) -> tuple[int, ...]:
        if len(table) > _CACHE_LIMIT:
            table.clear()
        found = table[key] = tuple(self.attrs.get(f, self.absent) for f in feats)
        return found

    def row(self, word: str) -> list[int]:
        a = self.absent
        low = word.lower()
        if word.isascii():  # most words: `char_classes` inline, and their kind kept
            classes = word.translate(_ASCII_CLASSES)
            c, sh, cap = self.kinds.get(classes) or self._kind(word, classes)
        else:
            classes = char_classes(word)
            c, sh, cap = self._kind(word, classes)
        w = self.lows.get(low, self.no_low)
        two, three, end2, end4 = self.affixes
        p2, p3, s2, s4 = (
            two.get(low[:2], a),
            three.get(low[:3], a),
            end2.get(low[-2:], a),
            end4.get(low[-4:], a),
        )
        s3 = self.ends.get(low[-3:], self.no_end)
        cue = self.cue_of.get(low)
        # one list literal per case, in the slot order of `_OWN`, `_M2`, `_M1`, `_P1`, `_P2`
        if not cue:
            one = self.len1 if len(word) == 1 else a
            # fmt: off
            return [
                self.bias, w[0], sh[0], c[0], p2, p3, s2, s3[0], s4, one, a,
                w[1], c[1], a, w[2], c[2], sh[1], s3[1], a, w[3], c[3], sh[2], s3[2], a, w[4], c[4], a,
                c[5], a, cap,
            ]
            # fmt: on
        q = self.cues.get(cue) or self._ids(self.cues, cue, [t + cue for t in _CUE_TAGS])
        one = len(word) == 1
        # fmt: off
        return [
            self.bias, w[0], sh[0], c[0], p2, p3, s2, s3[0], s4, self.len1 if one else q[0], q[0] if one else a,
            w[1], c[1], q[1], w[2], c[2], q[2], sh[1], s3[1], w[3], c[3], q[3], sh[2], s3[2], w[4], c[4], q[4],
            c[5], q[5], cap,
        ]
        # fmt: on

    def _kind(self, word: str, classes: str) -> tuple[tuple[int, ...], tuple[int, ...], int]:
        case = _case(word)
        c = self.cases.get(case) or self._ids(self.cases, case, [t + case for t in _CASE_TAGS])
        found = c, self.shapes.get(classes) or self._shape(classes), 1 if word[:1].isupper() else 0
        if word.isascii():
            if len(self.kinds) > _CACHE_LIMIT:
                self.kinds.clear()
            self.kinds[classes] = found
        return found

    def _shape(self, classes: str) -> tuple[int, ...]:
        shape = shape_of(classes)
        return self._ids(self.shapes, classes, [t + shape for t in ("sh=", "-1:sh=", "+1:sh=")])


class Bigrams:
    """The model's "bg=first|second" ids as sorted numeric keys `first * seconds + second`, from
    the words' numbers as first and as second word, so that a batch's bigrams are one search.
    Each name is split at every "|": a token may be "|" itself, and a lookup meets only the
    true split."""

    def __init__(self, attrs: dict[str, int]) -> None:
        pairs: dict[tuple[str, str], int] = {}
        for name, k in attrs.items():
            if name.startswith("bg="):
                pair = name[3:]
                for i, ch in enumerate(pair):
                    if ch == "|":
                        pairs[pair[:i], pair[i + 1 :]] = k
        self.firsts = {first: n for n, first in enumerate(dict.fromkeys(a for a, _ in pairs))}
        self.seconds = {second: n for n, second in enumerate(dict.fromkeys(b for _, b in pairs))}
        keys = np.array([self.firsts[a] * len(self.seconds) + self.seconds[b] for a, b in pairs], np.int64)
        order = np.argsort(keys, kind="stable")
        self.keys = np.append(keys[order], -1)  # a last key that no search meets
        self.ids = np.array(list(pairs.values()), np.int32)[order]

    def lookup(self, first: Ids, second: Ids, absent: int) -> Ids:
        """The bigram ids of word numbers `first` and `second` (-1: none), `absent` if unknown."""
        if not len(self.ids):
            return np.full(len(first), absent, np.int32)
        key = first.astype(np.int64) * len(self.seconds) + second
        at = np.searchsorted(self.keys[:-1], key)
        hit = (self.keys[at] == key) & (first >= 0) & (second >= 0)
        return np.where(hit, self.ids[np.minimum(at, len(self.ids) - 1)], absent).astype(np.int32)


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
    """Builds the state scores' parts of a batch of sentences for one model: per token the sum of
    the weights of its own features, and the (SLOTS - CONTEXT, tokens) ids of the rest."""

    def __init__(self, model: CrfModel) -> None:
        self.attrs = model.attrs
        self.absent = model.absent
        self.ids = WordIds(model.attrs, model.absent)
        self.words: dict[str, int] = {}  # word -> row of `table`
        # by row: the word in lower case and whether it is capitalised (for gazetteer names)
        self.lows: list[str] = [""]
        self.caps: list[bool] = [False]
        self.table: Ids = np.zeros((4096, _WIDTH), np.int32)  # grown by doubling
        self.weights = model.weights
        self.sums = np.zeros((len(self.table), len(model.labels)))  # by row: its own features' sum
        self.table[0, :_CAP] = self.absent  # the blank row: no features, no capital,
        self.table[0, _BG_FIRST:_OPENS] = -1  # no bigrams, opens no gazetteer name
        self.bigrams = Bigrams(model.attrs)
        self.starts = _gazetteer_starts()
        get = self.attrs.get
        self.bos, self.eos = get("BOS", self.absent), get("EOS", self.absent)
        # `_run_features` by the run's length (to 4), the place in it (to 3), whether it ends there
        self.run_ids = np.array([get(f"run={k}", self.absent) for k in range(5)], np.int32)
        self.runpos_ids = np.array([get(f"runpos={k}", self.absent) for k in range(4)], np.int32)
        self.runend_ids = np.array([get(f, self.absent) for f in ("runmid", "runend")], np.int32)

    def _add(self, new: list[str]) -> None:
        """Rows for words never seen before, after the table's last (row 0 is the blank row)."""
        start = len(self.words) + 1
        end = start + len(new)
        if end > len(self.table):  # grown by doubling
            size = max(end, 2 * len(self.table))
            self.table = np.concatenate((self.table, np.zeros((size - len(self.table), _WIDTH), np.int32)))
            self.sums = np.concatenate((self.sums, np.zeros((size - len(self.sums), self.sums.shape[1]))))
        rows = self.table[start:end]
        ids = chain.from_iterable(map(self.ids.row, new))
        rows[:, :_ROW] = np.fromiter(ids, np.int32, len(new) * _ROW).reshape(len(new), _ROW)
        lows = [w.lower() for w in new]
        firsts, seconds, starts = self.bigrams.firsts.get, self.bigrams.seconds.get, self.starts
        rows[:, _BG_FIRST:] = [(firsts(low, -1), seconds(low, -1), low in starts) for low in lows]
        # added up in `emissions`' order (row after row), so they start its sums bit for bit
        self.sums[start:end] = np.add.reduce(self.weights.take(rows[:, _OWN].T, axis=0), axis=0)
        self.lows += lows
        self.caps += [w[:1].isupper() for w in new]
        self.words.update(zip(new, range(start, end), strict=True))

    def build(self, sentences: list[list[str]]) -> tuple[Ids, Floats]:
        """The (SLOTS - CONTEXT, tokens) ids and (tokens, labels) own sums of the sentences'
        tokens, one sentence after another: `emissions`' input.

        The words' rows are laid out with `_GAP` blank rows before each sentence and after the
        last, so that what a word lends to its neighbours is a plain shift of the rows: a blank
        row lends nothing, breaks every capital run and is no part of a bigram or a name.
        """
        if len(self.words) >= _CACHE_LIMIT:  # only here: the rows of a batch must stay put
            self.words.clear()
            del self.lows[1:], self.caps[1:]
        find = self.words.get
        sentences = [s for s in sentences if s]
        words = [find(w, 0) for s in sentences for w in s]  # 0, the blank row, is no word's
        if 0 in words:
            known = self.words
            self._add(list(dict.fromkeys([w for s in sentences for w in s if w not in known])))
            words = [known[w] for s in sentences for w in s]
        size = np.array([len(s) for s in sentences], np.intp)
        first = np.cumsum(size) - size + _GAP * np.arange(1, len(sentences) + 1)  # where they are laid
        at = np.arange(len(words)) + np.repeat(first - np.cumsum(size) + size, size)
        laid = np.zeros(len(words) + _GAP * (len(sentences) + 1), np.intp)
        laid[at] = words
        rows = self.table[laid].T  # (row's column, place)
        padded = np.full((SLOTS - CONTEXT, len(laid)), self.absent, np.int32)
        self._shifts(rows, first, first + size - 1, padded)
        padded[_BIGRAM, 1:] = self.bigrams.lookup(rows[_BG_FIRST, :-1], rows[_BG_SECOND, 1:], self.absent)
        opens = np.flatnonzero(rows[_OPENS])
        if len(opens):  # the gazetteer slots, which need the words themselves
            self._gazetteer(laid.tolist(), opens.tolist(), padded)
        return padded[:, at], self.sums[laid[at]]

    def _gazetteer(self, laid: list[int], opens: list[int], out: Ids) -> None:
        """`gazetteer_tags` of the laid out words, whose names can open at `opens` only (a name
        never takes in a blank row: its words are not empty)."""
        table, lengths, lows, caps = gazetteer(), _gazetteer_lengths(), self.lows, self.caps
        get, absent = self.attrs.get, self.absent
        free = 0  # where the last name ended
        for i in opens:
            if i < free:
                continue
            for n in lengths[lows[laid[i]]]:
                hit = table.get(tuple([lows[r] for r in laid[i : i + n]]))
                if hit and all(caps[laid[i + k]] for k, cap in enumerate(hit[1]) if cap):
                    for k in range(i, i + n):
                        tag = ("B-" if k == i else "I-") + hit[0]
                        own, lent = get("gz=" + tag, absent), get("+1:gz=" + tag, absent)
                        out[_GZ, k], out[_NEXT_GZ, k - 1] = own, lent
                    free = i + n
                    break

    def _shifts(self, rows: Ids, first: Index, last: Index, out: Ids) -> None:
        """The slots taken from the words' rows and their neighbours' (blank rows between
        sentences), and the capital runs; `rows` and `out` by column."""
        out[_BOS, first], out[_BOS_CASE, first], out[_EOS, last] = self.bos, rows[_BOS_C, first], self.eos
        out[_LCUE4, 4:] = rows[_LCUE, :-4]
        out[_LCUE3, 3:] = rows[_LCUE, :-3]
        out[7:10, 2:] = rows[_M2, :-2]
        out[10:15, 1:] = rows[_M1, :-1]
        out[16:21, :-1] = rows[_P1, 1:]
        out[21:24, :-2] = rows[_P2, 2:]
        cap = rows[_CAP].astype(bool)
        at = np.flatnonzero(cap)
        if not len(at):
            return
        starts = cap.copy()
        starts[1:] &= ~cap[:-1]
        run = np.cumsum(starts)[at] - 1  # the run of each capitalised token
        place = at - np.flatnonzero(starts)[run]
        length = np.bincount(run)[run]
        out[_RUN, at] = self.run_ids[np.minimum(length, 4)]
        out[_RUN + 1, at] = self.runpos_ids[np.minimum(place, 3)]
        out[_RUN + 2, at] = self.runend_ids[(place == length - 1).astype(np.intp)]


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
