"""Named-entity recognition (PER / ORG / LOC) with a small CRF trained on Indonesian news NER data.

API:
    tokenize(text) -> [(start, end), ...]          token character offsets
    recognize(text) -> [Mention, ...]              PER/ORG/LOC mentions with offsets into `text`
    recognize_many(texts) -> [[Mention, ...], ...]  `recognize` of each text, tagged in one batch
    recognize_tokens(tokens) -> ["B-PER", "O", ...] BIO tags for pre-tokenised input
    tag_sentences([tokens, ...]) -> [[tag, ...], ...] the same for many sentences in one batch

The model (`warta/models/ner.crfsuite`, rebuilt by `scripts/train_ner.py`) is read lazily once
per process: batches of sentences are tagged in numpy (`ner_crf`: crfsuite's scores and tags, bit
for bit), single sentences by pycrfsuite, which is also the fallback. No object here holds a
handle, so callers stay picklable.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np

from warta.extract.ner_crf import CrfModel, Ints, best_labels, emissions, read_model
from warta.extract.ner_fast import Featurizer, Slots
from warta.extract.ner_features import TOKEN_RE, cues, sentence_features, title_words
from warta.model import Mention

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "ner.crfsuite"
LABELS = frozenset({"PER", "ORG", "LOC"})
_DASHES = frozenset({"-", "–", "—"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
_BREAK_TOKENS = _DASHES | _BRACKETS  # all one character long
# TOKEN_RE as a split: the text between tokens (spaces) and the tokens in turn, whose lengths
# add up to the tokens' offsets without a match object per token
_TOKEN_SPLIT = re.compile(f"({TOKEN_RE.pattern})")
# Second words of honorifics and ranks ("Datuk Seri", "Tan Sri", "Marsekal TNI"), dropped only
# after a title word.
_AFTER_TITLE = frozenset({"seri", "sri", "tni", "polri"})

# A CRF sequence longer than this is cut: very long "sentences" are lists or broken text.
_MAX_TOKENS = 200

# Fewer sentences than this are tagged by pycrfsuite: the numpy steps cost about the same for one
# sentence as for fifty, so they pay off on batches only.
_BATCH_SENTENCES = 6

_lock = threading.Lock()
_tagger: Any = None


def _get_tagger() -> Any:
    """pycrfsuite's tagger of the model as it is: the fallback, and the reference in tests."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import pycrfsuite

                tagger = pycrfsuite.Tagger()
                tagger.open(str(MODEL_PATH))
                _tagger = tagger
    return _tagger


@cache
def _numpy_tagger() -> tuple[CrfModel, Slots, Featurizer] | None:
    """The model's weights in numpy, the per-word feature ids for batches and the string
    featuriser for single sentences; None if the model file cannot be read here."""
    model = read_model(MODEL_PATH)
    if model is None:
        return None
    slots = Slots(model)
    return model, slots, Featurizer(model, slots.ids)  # one table of word parts for both


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token `(start, end)` character offsets over `text`."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def recognize_tokens(tokens: list[str]) -> list[str]:
    """BIO tags (`B-PER`, `I-ORG`, `O`, ...) for one pre-tokenised sentence."""
    return tag_sentences([tokens])[0]


def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    """BIO tags for many pre-tokenised sentences at once."""
    found = _tag(sentences)
    if isinstance(found, list):
        return found
    ids, labels = found
    names = np.array(labels, object)[ids].tolist()
    out: list[list[str]] = []
    at = 0
    for s in sentences:
        out.append(names[at : at + len(s)])
        at += len(s)
    return out


def _tag(sentences: list[list[str]]) -> tuple[Ints, tuple[str, ...]] | list[list[str]]:
    """The label ids of all the sentences' tokens, one sentence after another, and the labels'
    names (numpy, for a batch); else (pycrfsuite, a sentence or two) each sentence's tags."""
    if max(map(len, sentences), default=0) <= _MAX_TOKENS:
        chunks = list(filter(None, sentences))  # one chunk a sentence, none for an empty one
    else:
        chunks = [s[i : i + _MAX_TOKENS] for s in sentences for i in range(0, len(s), _MAX_TOKENS)]
    found = _numpy_tagger()
    if found is not None and len(chunks) >= _BATCH_SENTENCES:
        model, slots, _ = found
        with _lock:  # the word table grows as it goes
            ids, start = slots.build(chunks)
        return best_labels(model, emissions(model, ids, start), list(map(len, chunks))), model.labels
    tagger = _get_tagger()
    features = found[2].sentence if found is not None else sentence_features
    tagged = [tagger.tag(features(chunk)) for chunk in chunks]
    if all(0 < len(s) <= _MAX_TOKENS for s in sentences):  # one chunk each
        return tagged
    out: list[list[str]] = []
    pieces = iter(tagged)
    for s in sentences:
        tags: list[str] = []
        for _ in range(0, len(s), _MAX_TOKENS):
            tags += next(pieces)
        out.append(tags)
    return out


@cache
def _bio(labels: tuple[str, ...]) -> tuple[Ints, Ints, Ints, tuple[str, ...]]:
    """Per label id: whether it is a `B-`, an `I-`, its kind's number; and the kinds by number."""
    parts = [label.partition("-") for label in labels]
    kinds = tuple(dict.fromkeys(kind for _, _, kind in parts))
    begins = np.array([prefix == "B" for prefix, _, _ in parts])
    inside = np.array([prefix == "I" for prefix, _, _ in parts])
    return begins, inside, np.array([kinds.index(kind) for _, _, kind in parts], np.intp), kinds


def _entity_spans(sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
    """`spans_from_bio` of each sentence's tags; for a batch, read off its label ids at once."""
    found = _tag(sentences)
    if isinstance(found, list):
        return [spans_from_bio(tags) for tags in found]
    return _bio_spans(*found, [len(s) for s in sentences])


def _bio_spans(ids: Ints, labels: tuple[str, ...], sizes: list[int]) -> list[list[tuple[int, int, str]]]:
    """`spans_from_bio` of each sentence's tags, from the label ids of the sentences' tokens one
    after another (`sizes` tokens each)."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in sizes]
    begins, inside, kind_of, kinds = _bio(labels)
    named = (begins | inside)[ids]
    if not named.any():
        return out
    size = np.array(sizes, np.intp)
    starts = np.cumsum(size) - size
    kind = kind_of[ids]
    # an `I-` goes on with the entity before it if that is of its kind in the same sentence
    goes_on = inside[ids]
    goes_on[1:] &= named[:-1] & (kind[1:] == kind[:-1])
    goes_on[starts[size > 0]] = False
    firsts = np.flatnonzero(named & ~goes_on)
    stops = np.flatnonzero(np.concatenate((~goes_on, [True])))  # the end is a stop too
    lasts = stops[np.searchsorted(stops, firsts, "right")]
    where = np.searchsorted(starts, firsts, "right") - 1  # an empty sentence shares the next's start
    at = starts[where]
    for first, last, k, s in zip(
        (firsts - at).tolist(), (lasts - at).tolist(), kind[firsts].tolist(), where.tolist(), strict=True
    ):
        out[s].append((first, last, kinds[k]))
    return out


# A superset of where `warta.text` may end a sentence (an end mark, closing quotes, a space; a line
# break): the model is mostly asked about single sentences, which need no split then.
_MAY_SPLIT = re.compile(r"[.!?…][\"'”’)\]]*\s|\n")


def _sentences(text: str) -> list[tuple[int, int]]:
    """`warta.text.sentences(text)`, told at once for a text with nowhere to split."""
    if _MAY_SPLIT.search(text) is None:
        stripped = text.lstrip()
        start = len(text) - len(stripped)
        return [(start, start + len(stripped.rstrip()))] if stripped else []
    from warta.text import sentences

    return sentences(text)


def _sentence_token_spans(text: str) -> list[list[tuple[int, int]]]:
    """Tokens grouped into sentences (the CRF was trained on sentences)."""
    return [_spans(start, parts) for start, parts, _ in _sentence_tokens(text)]


# A sentence: where it starts, the text before each token and the token in turn (the parts
# `_TOKEN_SPLIT` gives, the last space left out), and its tokens (= `tokenize` of the sentence).
Piece = tuple[int, list[str], list[str]]


def _sentence_tokens(text: str) -> list[Piece]:
    """The text's sentences as pieces; the tokens' offsets are worked out when needed only."""
    groups: list[Piece] = []
    for start, end in _sentences(text):
        parts = _TOKEN_SPLIT.split(text if start == 0 and end == len(text) else text[start:end])
        parts.pop()
        tokens = parts[1::2]
        # a dateline ("JAKARTA - ", "Gaza, Purna Warta - ") is tagged apart from its sentence
        upto = min(len(tokens), 8)
        if upto > 1 and not _BREAK_TOKENS.isdisjoint(tokens[1:upto]):  # else no token breaks
            spans = _spans(start, parts)
            cut = next((k for k in range(1, upto) if _is_break(text, spans, k)), 0)
            if cut and tokens[cut] in _DASHES:
                groups.append((start, parts[: 2 * cut + 2], tokens[: cut + 1]))
                start, parts, tokens = spans[cut][1], parts[2 * cut + 2 :], tokens[cut + 1 :]
        if tokens:
            groups.append((start, parts, tokens))
    return groups


def _spans(start: int, parts: list[str]) -> list[tuple[int, int]]:
    """The tokens' `(start, end)` offsets in the text."""
    ends = list(accumulate(map(len, parts), initial=start))
    return list(zip(ends[1::2], ends[2::2], strict=True))


def spans_from_bio(tags: list[str]) -> list[tuple[int, int, str]]:
    """`(first_token, last_token_exclusive, label)` for each entity in a BIO sequence.

    An `I-X` that does not continue an `X` starts a new entity (the CRF rarely does this, but
    dropping it would lose a name).
    """
    out: list[tuple[int, int, str]] = []
    if tags.count("O") == len(tags):  # most sentences: no entity
        return out
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if start >= 0 and (prefix != "I" or kind != label):
            out.append((start, i, label))
            start, label = -1, ""
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, kind
    return out


def recognize(text: str) -> list[Mention]:
    """PER/ORG/LOC mentions in `text`, in order, with character offsets into `text`.

    One name keeps one type within a document: each distinct mention text takes the type it
    gets most often (first seen on a tie), since the CRF sees one sentence at a time.
    """
    return recognize_many([text])[0]


def recognize_many(texts: list[str]) -> list[list[Mention]]:
    """`recognize` of each text, all their sentences tagged in one batch (much cheaper per sentence)."""
    groups = [_sentence_tokens(text) for text in texts]
    found = iter(_entity_spans([_uncapitalise(tokens) for g in groups for _, _, tokens in g]))
    out: list[list[Mention]] = []
    for text, g in zip(texts, groups, strict=True):
        # not strict: `found` runs on over the next texts' sentences
        named = [(piece, spans) for piece, spans in zip(g, found, strict=False) if spans]
        out.append(_mentions(text, named) if named else [])
    return out


def _mentions(text: str, sentences: list[tuple[Piece, list[tuple[int, int, str]]]]) -> list[Mention]:
    mentions: list[Mention] = []
    for (at, parts, tokens), entities in sentences:
        spans = _spans(at, parts)
        for first, last, label in entities:
            if label not in LABELS:
                continue
            for a, b in _parts(text, spans, tokens, first, last):
                if label == "PER":
                    a = _skip_titles(text, spans, a, b)
                start, end = spans[a][0], spans[b - 1][1] if a < b else 0
                if a < b and not (b - a == 1 and cues().get(text[start:end].lower()) == "O"):
                    mentions.append(Mention(start=start, end=end, text=text[start:end], label=label))
    return _vote_labels(mentions)


def _uncapitalise(tokens: list[str]) -> list[str]:
    """An all-capitals line (dateline, headline) as title case, the casing the CRF knows."""
    if not "".join(tokens).isupper() or max(len(t) for t in tokens) < 4:
        return tokens
    return [t.title() if t.isupper() and len(t) > 3 else t for t in tokens]


def _parts(
    text: str, spans: list[tuple[int, int]], tokens: list[str], first: int, last: int
) -> list[tuple[int, int]]:
    """A tagged span split at brackets and spaced dashes, punctuation trimmed from each part.

    "Jabatan Meteorologi Malaysia (MetMalaysia)" is a name and its acronym, two mentions;
    "SHAH ALAM - Seramai" is a dateline run into the story.
    """
    parts: list[tuple[int, int]] = []
    start = first
    for k in range(first, last + 1):
        if k < last and (tokens[k] not in _BREAK_TOKENS or not _is_break(text, spans, k)):
            continue
        a, b = start, k
        while a < b and not _has_alnum(tokens[a]):
            a += 1
        while b > a and not _has_alnum(tokens[b - 1]):
            b -= 1
        if a < b:
            parts.append((a, b))
        start = k + 1
    return parts


def _has_alnum(token: str) -> bool:
    return token.isalnum() or any(ch.isalnum() for ch in token)


def _is_break(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    token = text[spans[k][0] : spans[k][1]]
    if token in _BRACKETS:
        return True
    if token not in _DASHES:
        return False
    spaced_before = k == 0 or spans[k - 1][1] < spans[k][0]
    spaced_after = k + 1 >= len(spans) or spans[k][1] < spans[k + 1][0]
    return spaced_before and spaced_after


def _skip_titles(text: str, spans: list[tuple[int, int]], first: int, last: int) -> int:
    """First token of a PER mention after leading titles/honorifics ("Mendagri", "Datuk Seri")."""
    titles = title_words()
    stripped = False
    while first < last:
        word = text[spans[first][0] : spans[first][1]].lower()
        nxt = text[spans[first + 1][0] : spans[first + 1][1]].lower() if first + 1 < last else ""
        if word in titles or (stripped and word in (".", "'")):
            first, stripped = first + 1, True
        elif (stripped or word == "tan") and nxt in _AFTER_TITLE and last - first > 2:
            first, stripped = first + 2, True  # "Tan Sri", "Datuk Seri"
        elif stripped and word in _AFTER_TITLE and last - first > 2:
            first += 1
        else:
            break
    return first


def _vote_labels(mentions: list[Mention]) -> list[Mention]:
    first: dict[str, str] = {}
    if all(first.setdefault(m.text, m.label) == m.label for m in mentions):
        return mentions  # each text has one label: nothing to vote on
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[m.text][m.label] += 1
    for m in mentions:
        m.label = votes[m.text].most_common(1)[0][0]
    return mentions
