"""Language of a document and of each paragraph: id, ms or en (else 'und'), with a confidence.

Baseline scorer on distinctive function words; `warta.langid` replaces it with a trained model
when one is shipped in `warta/models/`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import ClassVar

from warta.model import Article
from warta.registry import register

_WORD = re.compile(r"[a-zA-Z]+")
MARKERS: dict[str, tuple[str, ...]] = {
    "id": (
        "yang",
        "dan",
        "di",
        "dengan",
        "untuk",
        "tidak",
        "ini",
        "itu",
        "dari",
        "pada",
        "akan",
        "telah",
        "mereka",
        "juga",
        "kata",
        "dalam",
        "tersebut",
        "bahwa",
        "pemerintah",
        "serikat",
        "minggu",
        "agustus",
        "kamis",
        "jumat",
        "sedikitnya",
        "setidaknya",
        "hingga",
        "saat",
        "bisa",
        "karena",
        "masih",
        "sudah",
        "menurut",
        "kemarin",
        "mengatakan",
        "ujarnya",
        "tahun",
        "kami",
        "kita",
    ),
    "ms": (
        "yang",
        "dan",
        "di",
        "dengan",
        "untuk",
        "tidak",
        "ini",
        "itu",
        "dari",
        "pada",
        "akan",
        "telah",
        "mereka",
        "juga",
        "kata",
        "dalam",
        "berkata",
        "beliau",
        "kerajaan",
        "syarikat",
        "bahawa",
        "ahad",
        "khamis",
        "jumaat",
        "ogos",
        "disember",
        "kelmarin",
        "sekurang",
        "kurangnya",
        "seramai",
        "kerana",
        "boleh",
        "lagi",
        "semasa",
        "menerusi",
        "negara",
        "rakyat",
        "tahun",
        "kami",
        "kita",
    ),
    "en": (
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "on",
        "with",
        "was",
        "said",
        "by",
        "as",
        "at",
        "from",
        "it",
        "has",
        "have",
        "are",
        "were",
        "be",
        "this",
        "which",
        "government",
    ),
}
# Words that only one of id/ms uses; each adds evidence beyond the shared core.
DISTINCT = {
    "id": {
        "bahwa",
        "pemerintah",
        "serikat",
        "agustus",
        "kamis",
        "jumat",
        "sedikitnya",
        "setidaknya",
        "karena",
        "bisa",
        "sudah",
        "kemarin",
        "mengatakan",
        "ujarnya",
        "tersebut",
        "saat",
        "hingga",
        "minggu",
        "masih",
        "bagaimana",
        "uang",
        "kantor",
        "anggota",
        "rumah",
        "sakit",
        "tewas",
    },
    "ms": {
        "bahawa",
        "kerajaan",
        "syarikat",
        "ogos",
        "khamis",
        "jumaat",
        "disember",
        "kelmarin",
        "beliau",
        "seramai",
        "kerana",
        "boleh",
        "menerusi",
        "berkata",
        "semasa",
        "ahad",
        "isnin",
        "mac",
        "wang",
        "pejabat",
        "ahli",
        "hospital",
        "terbunuh",
        "kanak",
        "sehingga",
        "selepas",
        "daripada",
        "iaitu",
    },
}


def detect(text: str) -> tuple[str, float]:
    """(language, confidence in [0, 1]) for a span of text."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "und", 0.0
    counts = Counter(words)
    malay_family = sum(counts[w] for w in MARKERS["id"] if w in MARKERS["ms"])
    english = sum(counts[w] for w in MARKERS["en"])
    if english == 0 and malay_family == 0:
        return "und", 0.0
    if english > malay_family:
        return "en", round(english / (english + malay_family), 3)
    id_score = sum(counts[w] for w in DISTINCT["id"]) + 0.5
    ms_score = sum(counts[w] for w in DISTINCT["ms"]) + 0.5
    lang = "ms" if ms_score > id_score else "id"
    margin = abs(math.log(ms_score / id_score))
    return lang, round(min(0.99, 0.5 + margin / 4), 3)


@register("language.v1")
class DetectLanguage:
    name: ClassVar[str] = "language"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text", "paragraphs")
    assigns: ClassVar[tuple[str, ...]] = ("language", "language_confidence")

    def __call__(self, article: Article) -> Article:
        article.language, article.language_confidence = detect(article.text)
        for para in article.paragraphs:
            para.language, para.confidence = detect(article.text[para.start : para.end])
        return article
