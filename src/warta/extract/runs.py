"""Capitalised runs of a text (candidate names) and the lazy, sentence-wise NER lookups.

A run is a sequence of capitalised words, initials and name connectors ("bin", "a/l"); runs are
found once per article and split around mentions already taken. The NER model runs only on the
sentences a piece of a run needs it for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from string import ascii_uppercase

from warta.extract.heads import lone_ordinary, trim
from warta.extract.linking import Doc, phrase_regex
from warta.extract.name_parts import repeated
from warta.model import Mention
from warta.text import sentences

# The rest of a name word; an English possessive "'s" is not part of it ("Bank Indonesia's"). Written
# as runs of word characters between apostrophes: the same strings as `(?:[\w-]|['’](?!s\b))*`,
# read far faster than one alternation per character.
_REST = r"[\w-]*(?:['’](?!s\b)[\w-]*)*"
# A word of a name: capitalised ("Abu", "PBB", "Be'eri"), an initial ("M."), a dotted honorific
# ("Hj.", inside "RSUD Hj. Anna Lasmanah"), or an Arabic article glued to a capitalised word
# ("al-Arouri"). "Singapore-based" is no name word: the place is read by the gazetteer, the body after it alone.
_ARTICLES = "al|el|ad|ar|as|ash|an|at"
_DOTTED = "Jl|Jln|Kab|Kec|Kel|Prov|Hj|Hjh|Dr|Drs|Ir|Prof|Mohd|Muhd|Md|Abd"
_NAME_WORD = rf"(?:(?:{_ARTICLES})[-‘’'][A-Z]{_REST}|(?:{_DOTTED})\.|[A-Z]\.(?:[A-Z]\.)*|[A-Z](?![\w'’]*-based\b){_REST})"
CONNECT = r"(?:bin|binti|bte|ibn|van|von|der|de|da|dos|a/l|a/p)"


def _by_first_letter() -> str:
    """`_NAME_WORD` as one alternative per first letter, each opening with that letter: Python then
    skips every position of the text whose letter opens no name word without trying the pattern
    there. The alternatives one letter can open keep their order, so the matches are the same."""
    articles, abbreviations = _ARTICLES.split("|"), _DOTTED.split("|")
    alts = [f"{c}(?:{'|'.join(a[1:] for a in articles if a[0] == c)})[-‘’'][A-Z]{_REST}" for c in "ae"]
    for c in ascii_uppercase:
        dotted = [d[1:] for d in abbreviations if d[0] == c]
        inner = [f"(?:{'|'.join(dotted)})\\."] if dotted else []
        inner += [r"\.(?:[A-Z]\.)*", rf"(?![\w'’]*-based\b){_REST}"]  # glued initials: "S.K. Lerik"
        alts.append(f"{c}(?:{'|'.join(inner)})")
    return f"(?:{'|'.join(alts)})"


RUN = re.compile(rf"{_by_first_letter()}(?:[ \u00a0]+(?:{CONNECT}[ \u00a0]+)?{_NAME_WORD})*")


class Ner:
    """The NER model's mentions, computed sentence by sentence and only for sentences that need them."""

    def __init__(
        self,
        text: str,
        recognize: Callable[[str], list[Mention]] | None,
        recognize_many: Callable[[list[str]], list[list[Mention]]] | None = None,
        doc: Doc | None = None,
        eager: bool = False,
    ) -> None:
        self.text = text
        self.recognize = recognize
        self.bounds: dict[int, int] = {}  # sentence start -> end, fixed by the first piece asking
        self.lines: dict[int, list[Mention]] = {}
        # line start -> (line end, its sentences, their starts)
        self.paragraphs: dict[int, tuple[int, list[tuple[int, int]], list[int]]] = {}
        self.holding: dict[int, tuple[int, int, bool]] = {}  # position -> sentence_at(position)
        self.recognize_many = recognize_many
        self.misses = 0
        self.batch: dict[tuple[int, int], list[Mention]] | None = None
        self.could = 0  # runs up to the last sentence asked for that may need the model
        self.scanned = 0  # runs counted in `could`
        self.doc = doc  # the mentions taken so far: a run inside one asks nothing
        # batch from the first sentence asked: English text, whose names the knowledge base
        # mostly lacks, asks the model about most of its runs
        self.eager = eager

    def reserve(self, start: int, end: int) -> int:
        """The start of the sentence holding `start`; its end is fixed here, the model runs later."""
        found = self.holding.get(start)
        if found is None:
            found = self.holding[start] = self.sentence_at(start)
        s_start, s_end, inside = found
        self.bounds.setdefault(s_start, max(s_end, end) if inside else s_end)
        return s_start

    def sentence_at(self, start: int) -> tuple[int, int, bool]:
        """(start, end) of the sentence holding `start`, True; the whole line and False when none does.

        The sentence holding the name, not its whole paragraph: the CRF reads one sentence at a
        time anyway, and most paragraphs hold several sentences nothing asks about.
        """
        line_start = self.text.rfind("\n", 0, start) + 1
        found = self.paragraphs.get(line_start)
        if found is None:
            line_end = self.text.find("\n", start)
            line_end = line_end if line_end >= 0 else len(self.text)
            spans = sentences(self.text[line_start:line_end])
            found = self.paragraphs[line_start] = (line_end, spans, [a for a, _ in spans])
        line_end, spans, starts = found
        # Sentences are sorted and a gap of one character at least lies between two: only the last
        # one starting at or before `start` can hold it.
        k = bisect.bisect_right(starts, start - line_start) - 1
        if k >= 0 and start < line_start + spans[k][1] + 1:
            return line_start + spans[k][0], line_start + spans[k][1], True
        return line_start, line_end, False

    def overlapping(self, start: int, end: int) -> list[Mention]:
        if self.recognize is None:
            return []
        s_start = self.reserve(start, end)
        found = self.lines.get(s_start)
        if found is None:
            got = self._prefetched(start).get((s_start, self.bounds[s_start]))
            if got is None:
                got = self.recognize(self.text[s_start : self.bounds[s_start]])
            found = self.lines[s_start] = [
                Mention(m.start + s_start, m.end + s_start, m.text, m.label) for m in got
            ]
        return [m for m in found if m.start < end and m.end > start]

    def _prefetched(self, start: int) -> dict[tuple[int, int], list[Mention]]:
        """The model's mentions of every sentence from `start` on holding a run that may need it
        (more than a `_lone` word), tagged in one batch (far cheaper per sentence than one by one)
        once the article has asked for six sentences, or for two already and for one at least per
        four such runs read so far, or at once when `eager`; articles that need the model for a few
        of their sentences only (most id/ms ones, whose names the knowledge base mostly knows) are
        left alone. Runs a mention of `doc` already covers are left out: no pass asks about them."""
        self.misses += 1
        if self.batch is not None or self.recognize_many is None:
            return self.batch or {}
        text, found = self.text, _trimmed_runs(self.text)
        while not self.eager and self.scanned < len(found) and found[self.scanned][0] <= start:
            self.could += _may_ask(text, found[self.scanned][2])  # (`could` decides nothing when eager)
            self.scanned += 1
        if self.eager or self.misses >= 6 or (self.misses >= 2 and 4 * self.misses >= self.could):
            later = [p for _, _, p in found[bisect.bisect_left(found, (start,)) :] if p]
            if self.doc is not None:
                later = _uncovered(self.doc.taken, later)
            bounds = sorted(self._sentences_of(text, later))
            self.batch = dict(zip(bounds, self.recognize_many([text[a:b] for a, b in bounds]), strict=True))
        return self.batch or {}

    def _sentences_of(self, text: str, pieces: list[tuple[int, int]]) -> set[tuple[int, int]]:
        """`sentence_at(s)[:2]` of each of the sorted `pieces` `_batched` keeps. A piece inside the
        last sentence found adds nothing, kept or not: it is not tested."""
        out: set[tuple[int, int]] = set()
        a, b = 0, -1  # the last sentence found
        for s, e in pieces:
            # else sentence_at(s) is (a, b) again: the next sentence starts past b + 1
            if not a <= s <= b and _batched(text, s, e):
                a, b, inside = self.sentence_at(s)
                out.add((a, b))
                a, b = (a, b) if inside else (0, -1)
        return out


def _uncovered(taken: list[tuple[int, int]], pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces no single taken mention covers (`taken`: sorted, non-overlapping)."""
    out = []
    for s, e in pieces:
        i = bisect.bisect_right(taken, (s + 1,)) - 1  # the last mention starting at or before s
        if i < 0 or taken[i][1] < e:
            out.append((s, e))
    return out


def _may_ask(text: str, piece: tuple[int, int] | None) -> bool:
    """Whether a run's trimmed piece may need the model: not when nothing is left of it, nor when
    it is one ordinary word ("The", "However"), which the rule passes pass over."""
    # `skip_ordinary` reads nothing past the piece: its per-piece memo `lone_ordinary` tells the same
    return piece is not None and not lone_ordinary(text[piece[0] : piece[1]])


def _batched(text: str, start: int, end: int) -> bool:
    """`_may_ask(text, (start, end)) and not _lone(text, start, end)`, each word split once."""
    word = text[start:end]
    if len(word.split()) > 1:
        return True
    return not lone_ordinary(word) and (_run_words(text).get(word, 0) > 1 or repeated(text, word))


def _lone(text: str, start: int, end: int) -> bool:
    """One word the text holds once ("Really", "Overall" opening a sentence): the rule passes
    seldom ask the model about it, so its sentence is not worth a place in the batch."""
    word = text[start:end]
    if len(word.split()) > 1 or _run_words(text).get(word, 0) > 1:
        return False  # most names: repeated within the runs, no search of the text needed
    return not repeated(text, word)


@lru_cache(maxsize=4)
def _run_words(text: str) -> dict[str, int]:
    """How often each word of a capitalised run occurs in the text's runs (at most as often as
    the text holds it)."""
    counts: dict[str, int] = {}
    for s, e in run_spans(text):
        for word in text[s:e].split():
            counts[word] = counts.get(word, 0) + 1
    return counts


@lru_cache(maxsize=4)
def run_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every capitalised run of the text, found once per article (several passes read them)."""
    return tuple((m.start(), m.end()) for m in RUN.finditer(text))


@lru_cache(maxsize=4)
def _trimmed_runs(text: str) -> tuple[tuple[int, int, tuple[int, int] | None], ...]:
    """Each run with its trimmed bounds (None when nothing is left): most runs meet no mention, and
    then the trimmed run is the piece."""
    out = []
    for s, e in run_spans(text):
        piece = trim(text, s, e)
        out.append((s, e, piece if piece[1] > piece[0] else None))
    return tuple(out)


# The last answer of `runs`: (text, taken, runs). Passes read the runs again with nothing taken between.
_last: list[tuple[str, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]] = []


def runs(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised runs not covered by an earlier mention, split where one sits inside."""
    key = tuple(doc.taken)  # the answer depends on the text and the mentions taken alone
    last = _last[0] if _last else None
    if last is not None and last[0] is doc.text and last[1] == key:
        return list(last[2])
    found = _runs(doc)
    _last[:] = [(doc.text, key, tuple(found))]
    return found


def _runs(doc: Doc) -> list[tuple[int, int]]:
    taken, text = doc.taken, doc.text  # taken: kept sorted by Doc.add
    if doc.tangled:
        return _join_bodies(text, _runs_tangled(doc))
    found = _trimmed_runs(text)
    run_ends, wholes = _run_index(text)
    out: list[tuple[int, int]] = []
    j = 0  # the next run to place
    for t, (ts, te) in enumerate(taken):
        # Runs ending by this mention's start meet none from here on (the mentions are sorted by
        # start), nor one before (a run meeting one was placed with it): placed whole, at C speed.
        k = bisect.bisect_right(run_ends, ts, j)
        out += filter(None, wholes[j:k])
        j = k
        while j < len(found) and found[j][0] < te:  # ends past `ts`, starts before `te`: cut
            out += _pieces(text, taken, t, found[j][0], found[j][1])
            j += 1
    out += filter(None, wholes[j:])
    return _join_bodies(text, out)


def _pieces(
    text: str, taken: list[tuple[int, int]], first: int, run_start: int, run_end: int
) -> list[tuple[int, int]]:
    """The trimmed parts of a run outside the mentions from `taken[first]` on (the first one ending
    past the run's start)."""
    start = run_start
    pieces = []
    for i in range(first, len(taken)):
        s, e = taken[i]
        if s >= run_end:
            break
        if e <= start:
            continue
        if s > start:
            pieces.append((start, s))
        start = max(start, e)
    if start < run_end:
        pieces.append((start, run_end))
    return [(s, e) for s, e in (trim(text, s, e) for s, e in pieces) if e > s]


def _runs_tangled(doc: Doc) -> list[tuple[int, int]]:
    """`_runs` before joining when one mention sits inside another: the first one ending past each
    run's start bisected in the ends as they stand."""
    out: list[tuple[int, int]] = []
    taken, text = doc.taken, doc.text
    ends = [e for _, e in taken]
    for run_start, run_end, whole in _trimmed_runs(text):
        first = bisect.bisect_right(ends, run_start)
        if first == len(taken) or taken[first][0] >= run_end:  # nothing taken inside: the whole run
            if whole is not None:
                out.append(whole)
            continue
        out += _pieces(text, taken, first, run_start, run_end)
    return out


@lru_cache(maxsize=4)
def _run_index(text: str) -> tuple[list[int], list[tuple[int, int] | None]]:
    """The runs' ends (sorted: the runs are disjoint) and their trimmed pieces."""
    found = _trimmed_runs(text)
    return [e for _, e, _ in found], [p for _, _, p in found]


_JOINER = re.compile(r" (?:dan|and|of|&) ")


_LIST_TAIL = re.compile(r"(?:, [A-Z][\w-]+)+,? (?:dan|and|&) [A-Z][\w-]+\b")


def _join_bodies(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Jabatan Pengairan" + "dan" + "Saliran": one body's name when the first part has a head word;
    so is "Badan Meteorologi, Klimatologi, dan Geofisika" (a listed name)."""
    out: list[tuple[int, int]] = []
    upto = -1
    heads = phrase_regex("org_heads")
    for s, e in spans:
        if out:
            last_s, last_e = out[-1]
            if (
                e <= upto
                or (
                    3 <= s - last_e <= 5  # " & ", " of ", " dan ", " and ": nothing else can join
                    and _JOINER.fullmatch(text[last_e:s])
                    and heads.search(text, last_s, last_e) is not None
                )
            ):
                out[-1] = (last_s, e)
                continue
        out.append((s, e))
        m = _LIST_TAIL.match(text, e) if text.startswith(", ", e) else None  # a list tail opens so
        upto = m.end() if m is not None and heads.search(text, s, e) is not None else -1
    return out
