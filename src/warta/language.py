"""Language of a document and of each paragraph: id, ms, en (or another ISO code, else 'und').

The classifier is trained here (`scripts/train_langid.py`, see docs/quality-language.md) and
shipped as `warta/models/langid.npz`; it is loaded once per process on first use.
"""

from __future__ import annotations

from itertools import chain
from typing import ClassVar

from warta.langid.features import span_words, words
from warta.langid.model import Array, get_model
from warta.langid.other import needs_second_opinion, reads_english, second_opinion
from warta.model import Article, Paragraph
from warta.registry import register

# A paragraph with fewer words than this says too little on its own ("Foto: Antara"): it takes
# the document's language, with the document's confidence halved.
MIN_PARAGRAPH_WORDS = 3


# Paragraphs of one article nearly always share its language: before looking at a paragraph,
# the document's language is this many times likelier than the rest (a prior, not an override:
# a clearly English quote paragraph still comes out 'en').
PARAGRAPH_PRIOR_ODDS = 4.0
# The verdict on a document is settled long before this many characters; reading only this much
# keeps a 50 MB input to milliseconds and bounded memory.
MAX_CHARS = 20_000


def detect(
    text: str, prior: str | None = None, prior_odds: float = PARAGRAPH_PRIOR_ODDS
) -> tuple[str, float]:
    """(ISO code, confidence in [0, 1]) for a span of text; ('und', 0.0) when it has no words.

    `prior`, when given, is the language expected from context (e.g. the document's).
    """
    text = text[:MAX_CHARS]
    model, ws = get_model(), words(text)
    if model is None or not ws:
        return "und", 0.0
    code, conf = model.predict_words(ws, prior, prior_odds if prior else 1.0)
    code, conf = _foreign(text, code, ws) or (code, conf)
    return code, round(conf, 3)


@register("language.v2")
class DetectLanguage:
    name: ClassVar[str] = "language"
    version: ClassVar[str] = "2"
    requires: ClassVar[tuple[str, ...]] = ("text", "paragraphs")
    assigns: ClassVar[tuple[str, ...]] = ("language", "language_confidence")

    def __call__(self, article: Article) -> Article:
        text, model = article.text, get_model()
        chunks = span_words(text, [(p.start, min(p.end, p.start + MAX_CHARS)) for p in article.paragraphs])
        # the paragraphs tile the text line by line, so their words are the document's words
        tiled = _tiles(text, article)
        doc_words = list(chain.from_iterable(chunks)) if tiled else words(text[:MAX_CHARS])
        table: tuple[dict[str, int], Array] | None = None
        found: dict[int, Array] = {}
        if model is None or not doc_words:
            article.language, article.language_confidence = "und", 0.0
        elif tiled:  # the document's and the paragraphs' sums in one pass
            wanted = [k for k, ws in enumerate(chunks) if len(ws) >= MIN_PARAGRAPH_WORDS]
            whole, parts = model.segment_scores(doc_words, list(map(len, chunks)), wanted)
            found = dict(zip(wanted, parts, strict=True))
            code, conf = model.best(model.softmax(whole))
            article.language, article.language_confidence = code, round(conf, 3)
        else:
            # every word of the document looked up once; the paragraphs reuse the rows
            table = model.vocabulary(doc_words)
            code, conf = model.predict_words(doc_words, table=table)
            article.language, article.language_confidence = code, round(conf, 3)
        foreign = _foreign(text, article.language, doc_words)
        if foreign is not None:
            article.language, article.language_confidence = foreign[0], round(foreign[1], 3)
        prior = article.language
        scored: list[Paragraph] = []
        raws = []
        for k, (para, ws) in enumerate(zip(article.paragraphs, chunks, strict=True)):
            if len(ws) < MIN_PARAGRAPH_WORDS and prior != "und":
                para.language, para.confidence = prior, round(article.language_confidence / 2, 3)
            elif model is None or not ws:
                para.language, para.confidence = "und", 0.0
            else:
                raw = found.get(k)
                if raw is None:  # a short paragraph of an 'und' document, or paragraphs not tiling it
                    shared = table is not None and all(w in table[0] for w in ws)
                    raw = model.scores_words(ws, table if shared else None)
                assert raw is not None  # ws is not empty
                scored.append(para)
                raws.append(raw)
        if model is not None:  # the paragraphs' softmax in one pass
            odds = PARAGRAPH_PRIOR_ODDS if prior else 1.0
            for para, (code, conf) in zip(scored, model.best_many(raws, prior, odds), strict=True):
                para.language, para.confidence = code, round(conf, 3)
        if foreign is not None:  # the classifier's answers for a language it does not know
            for para, ws in zip(article.paragraphs, chunks, strict=True):
                if para.language not in ("id", "ms") and not reads_english(ws):
                    para.language, para.confidence = prior, round(article.language_confidence / 2, 3)
        return article


def _foreign(text: str, code: str, ws: list[str]) -> tuple[str, float] | None:
    """(code, confidence) of a language the classifier does not know, None for one it knows."""
    if not needs_second_opinion(code, ws):
        return None
    return second_opinion(text[:MAX_CHARS], code)


def _tiles(text: str, article: Article) -> bool:
    """True when the paragraphs are exactly the newline-separated lines of a short enough text."""
    if len(text) > MAX_CHARS or not article.paragraphs:
        return False
    pos = 0
    for para in article.paragraphs:
        if para.start != pos or (para.end < len(text) and text[para.end] != "\n"):
            return False
        pos = para.end + 1
    return pos == len(text) + 1
