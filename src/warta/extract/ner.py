"""Named-entity recognition (PER / ORG / LOC) with a small CRF trained on Indonesian news NER data.

API:
    tokenize(text) -> [(start, end), ...]          token character offsets
    recognize(text) -> [Mention, ...]              PER/ORG/LOC mentions with offsets into `text`
    recognize_tokens(tokens) -> ["B-PER", "O", ...] BIO tags for pre-tokenised input

The model (`warta/models/ner.crfsuite`, rebuilt by `scripts/train_ner.py`) is loaded lazily
once per process into a module-level cache; no object here holds a handle, so callers stay
picklable.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from warta.extract.ner_features import TOKEN_RE, sentence_features
from warta.model import Mention

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "ner.crfsuite"
LABELS = frozenset({"PER", "ORG", "LOC"})

# A CRF sequence longer than this is cut: very long "sentences" are lists or broken text.
_MAX_TOKENS = 200

_lock = threading.Lock()
_tagger: Any = None


def _get_tagger() -> Any:
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import pycrfsuite

                tagger = pycrfsuite.Tagger()
                tagger.open(str(MODEL_PATH))
                _tagger = tagger
    return _tagger


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token `(start, end)` character offsets over `text`."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def recognize_tokens(tokens: list[str]) -> list[str]:
    """BIO tags (`B-PER`, `I-ORG`, `O`, ...) for one pre-tokenised sentence."""
    if not tokens:
        return []
    tagger = _get_tagger()
    tags: list[str] = []
    for i in range(0, len(tokens), _MAX_TOKENS):
        chunk = tokens[i : i + _MAX_TOKENS]
        tags.extend(tagger.tag(sentence_features(chunk)))
    return tags


def _sentence_token_spans(text: str) -> list[list[tuple[int, int]]]:
    """Tokens grouped into sentences (the CRF was trained on sentences)."""
    from warta.text import sentences

    groups: list[list[tuple[int, int]]] = []
    for s_start, s_end in sentences(text):
        spans = [(s_start + a, s_start + b) for a, b in tokenize(text[s_start:s_end])]
        if spans:
            groups.append(spans)
    return groups


def spans_from_bio(tags: list[str]) -> list[tuple[int, int, str]]:
    """`(first_token, last_token_exclusive, label)` for each entity in a BIO sequence.

    An `I-X` that does not continue an `X` starts a new entity (the CRF rarely does this, but
    dropping it would lose a name).
    """
    out: list[tuple[int, int, str]] = []
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
    mentions: list[Mention] = []
    for spans in _sentence_token_spans(text):
        tags = recognize_tokens([text[a:b] for a, b in spans])
        for first, last, label in spans_from_bio(tags):
            if label not in LABELS:
                continue
            start, end = spans[first][0], spans[last - 1][1]
            mentions.append(Mention(start=start, end=end, text=text[start:end], label=label))
    return _vote_labels(mentions)


def _vote_labels(mentions: list[Mention]) -> list[Mention]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[m.text][m.label] += 1
    for m in mentions:
        m.label = votes[m.text].most_common(1)[0][0]
    return mentions
