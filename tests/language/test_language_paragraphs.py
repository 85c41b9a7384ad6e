"""The stage looks each document's words up once; every paragraph must still get what `detect` says."""

from __future__ import annotations

from typing import Any

from warta.clean.stage import CleanLines
from warta.langid.features import words
from warta.language import MIN_PARAGRAPH_WORDS, DetectLanguage, detect
from warta.model import Article


def test_language_paragraphs_match_detect(all_gold: list[dict[str, Any]]) -> None:
    checked = 0
    for rec in all_gold:
        art = DetectLanguage()(CleanLines()(Article(id=rec["id"], raw=rec["text"])))
        assert (art.language, art.language_confidence) == detect(art.text)
        for para in art.paragraphs:
            chunk = art.text[para.start : para.end]
            if len(words(chunk)) >= MIN_PARAGRAPH_WORDS:
                assert (para.language, para.confidence) == detect(chunk, prior=art.language)
                checked += 1
    assert checked > 0


def test_language_words_fold_case_beyond_ascii() -> None:
    assert words("Kerajaan MENGUMUMKAN") == ["kerajaan", "mengumumkan"]
    assert words("İstanbul Çarşı") == [w.lower() for w in ("İstanbul", "Çarşı")]
