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
from pathlib import Path
from typing import Any

from warta.extract.ner_crf import CrfModel, emissions, read_model, viterbi
from warta.extract.ner_fast import Featurizer, Slots
from warta.extract.ner_features import TOKEN_RE, cues, sentence_features, title_words
from warta.model import Mention

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "ner.crfsuite"
LABELS = frozenset({"PER", "ORG", "LOC"})
_DASHES = frozenset({"-", "–", "—"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
_BREAK_CHAR = re.compile("[" + re.escape("".join(_DASHES | _BRACKETS)) + "]")  # all one character long
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
    chunks = [s[i : i + _MAX_TOKENS] for s in sentences for i in range(0, len(s), _MAX_TOKENS)]
    found = _numpy_tagger()
    if found is not None and len(chunks) >= _BATCH_SENTENCES:
        model, slots, _ = found
        with _lock:  # the word table grows as it goes
            ids = slots.build(chunks)
        paths = viterbi(model, emissions(model, ids), [len(c) for c in chunks])
        tagged = [[model.labels[k] for k in path] for path in paths]
    else:
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
    groups: list[list[tuple[int, int]]] = []
    for s_start, s_end in _sentences(text):
        spans = [m.span() for m in TOKEN_RE.finditer(text, s_start, s_end)]  # = tokenize(text[s_start:s_end])
        # a dateline ("JAKARTA - ", "Gaza, Purna Warta - ") is tagged apart from its sentence
        upto, cut = min(len(spans), 8), 0
        if upto > 1 and _BREAK_CHAR.search(text, spans[1][0], spans[upto - 1][1]):  # else no token breaks
            cut = next((k for k in range(1, upto) if _is_break(text, spans, k)), 0)
        if cut and text[spans[cut][0] : spans[cut][1]] in _DASHES:
            groups.append(spans[: cut + 1])
            spans = spans[cut + 1 :]
        if spans:
            groups.append(spans)
    return groups


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
    groups = _sentence_token_spans(text)
    tagged = tag_sentences([_uncapitalise([text[a:b] for a, b in spans]) for spans in groups])
    return _mentions(text, list(zip(groups, tagged, strict=True)))


def recognize_many(texts: list[str]) -> list[list[Mention]]:
    """`recognize` of each text, all their sentences tagged in one batch (much cheaper per sentence)."""
    groups = [_sentence_token_spans(text) for text in texts]
    batch = [
        _uncapitalise([text[a:b] for a, b in spans])
        for text, g in zip(texts, groups, strict=True)
        for spans in g
    ]
    tagged = iter(tag_sentences(batch))
    return [
        _mentions(text, [(spans, next(tagged)) for spans in g]) for text, g in zip(texts, groups, strict=True)
    ]


def _mentions(text: str, sentences: list[tuple[list[tuple[int, int]], list[str]]]) -> list[Mention]:
    mentions: list[Mention] = []
    for spans, tags in sentences:
        for first, last, label in spans_from_bio(tags):
            if label not in LABELS:
                continue
            for a, b in _parts(text, spans, first, last):
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


def _parts(text: str, spans: list[tuple[int, int]], first: int, last: int) -> list[tuple[int, int]]:
    """A tagged span split at brackets and spaced dashes, punctuation trimmed from each part.

    "Jabatan Meteorologi Malaysia (MetMalaysia)" is a name and its acronym, two mentions;
    "SHAH ALAM - Seramai" is a dateline run into the story.
    """
    parts: list[tuple[int, int]] = []
    start = first
    for k in range(first, last + 1):
        if k < last and not _is_break(text, spans, k):
            continue
        a, b = start, k
        while a < b and not _has_alnum(text, spans[a]):
            a += 1
        while b > a and not _has_alnum(text, spans[b - 1]):
            b -= 1
        if a < b:
            parts.append((a, b))
        start = k + 1
    return parts


def _has_alnum(text: str, span: tuple[int, int]) -> bool:
    return any(ch.isalnum() for ch in text[span[0] : span[1]])


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
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[m.text][m.label] += 1
    for m in mentions:
        m.label = votes[m.text].most_common(1)[0][0]
    return mentions
