"""Language of a document and of each paragraph: id, ms, en (or another ISO code, else 'und').

The classifier is trained here (`scripts/train_langid.py`, see docs/quality-language.md) and
shipped as `warta/models/langid.npz`; it is loaded once per process on first use.
"""

from __future__ import annotations

from typing import ClassVar

from warta.langid.features import words
from warta.langid.model import get_model
from warta.model import Article
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
    model = get_model()
    if model is None or not words(text):
        return "und", 0.0
    code, conf = model.predict(text, prior, prior_odds if prior else 1.0)
    return code, round(conf, 3)


@register("language.v1")
class DetectLanguage:
    name: ClassVar[str] = "language"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text", "paragraphs")
    assigns: ClassVar[tuple[str, ...]] = ("language", "language_confidence")

    def __call__(self, article: Article) -> Article:
        article.language, article.language_confidence = detect(article.text)
        for para in article.paragraphs:
            chunk = article.text[para.start : min(para.end, para.start + MAX_CHARS)]
            if len(words(chunk)) < MIN_PARAGRAPH_WORDS and article.language != "und":
                para.language, para.confidence = article.language, round(article.language_confidence / 2, 3)
            else:
                para.language, para.confidence = detect(chunk, prior=article.language)
        return article
