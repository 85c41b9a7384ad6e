"""Languages outside the shipped classifier's classes, by a second opinion from py3langid.

warta's own classifier knows id, ms, en and the languages of its training corpus; a German or a
Japanese page comes out as its nearest class, usually English. English text is easy to tell by its
function words ("the", "of", "and" make up a fifth of any English article), so only a text the
classifier calls English (or another class but id and ms, 'und' included) that reads otherwise is
passed to py3langid, whose packaged model covers 97 languages. id and ms answers are never
overridden, and py3langid's answer is not taken when it is a close neighbour of id/ms (Javanese,
Acehnese, Tagalog ...): py3langid confuses those with Indonesian and Malay, and an article read as
another language loses its extraction (`pipeline.applies`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

_WORDS_PATH = Path(__file__).resolve().parents[1] / "knowledge" / "langid_english_words.txt"
# Below this share of English function words a text "called English" is asked about again. English
# news runs at 0.2-0.35; lists of scores or recipes can fall to 0.02-0.08 (py3langid then says "en").
MIN_ENGLISH_SHARE = 0.1
# Fewer letters than this say too little for a second opinion.
MIN_LETTERS = 60
# The share is settled within this many words (an English article's first paragraphs tell).
SAMPLE_WORDS = 400
# py3langid must be at least this sure (its normalised probability) to replace the answer.
MIN_PROBABILITY = 0.9
# The verdict of py3langid is settled within this many characters.
SAMPLE_CHARS = 3000
_OWN = frozenset({"id", "ms"})
# py3langid answers that are not taken: Indonesian and Malay and the languages it mixes up with them
_NEIGHBOURS = _OWN | {"jv", "ace", "tl", "bcl", "mg"}
# A paragraph of fewer words than this is too short to read as English or not: it takes the document's code.
MIN_PARAGRAPH_WORDS = 8


@cache
def english_words() -> frozenset[str]:
    lines = _WORDS_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def english_share(ws: list[str]) -> float:
    """The share of English function words among the first `SAMPLE_WORDS` of `ws` (lower-cased words)."""
    sample = ws[:SAMPLE_WORDS]
    return sum(map(english_words().__contains__, sample)) / len(sample) if sample else 0.0


def needs_second_opinion(code: str, ws: list[str]) -> bool:
    """True when `code` may be the classifier's nearest class for a language it does not know."""
    # (a text of MIN_LETTERS words has at least that many letters: the sum is only needed below it)
    if code in _OWN or (len(ws) < MIN_LETTERS and sum(map(len, ws)) < MIN_LETTERS):
        return False
    return code != "en" or english_share(ws) < MIN_ENGLISH_SHARE


def reads_english(ws: list[str]) -> bool:
    """A paragraph of a document in another language that is English all the same (a quote, a name list)."""
    return len(ws) >= MIN_PARAGRAPH_WORDS and english_share(ws) >= MIN_ENGLISH_SHARE


def second_opinion(text: str, code: str) -> tuple[str, float] | None:
    """py3langid's (ISO code, probability) for `text` when it is sure and disagrees with `code`
    (never id, ms or their neighbours); None otherwise."""
    found, prob = _identifier().classify(text[:SAMPLE_CHARS])
    if found == code or found in _NEIGHBOURS or prob < MIN_PROBABILITY:
        return None
    return str(found), float(prob)


@cache
def _identifier() -> Any:
    """py3langid's identifier. Its packaged model is xz-compressed (0.5 s to unpack in every process),
    so the unpacked arrays are kept in warta's disk cache (`knowledge/cache.py`) and built as
    `from_model_file` builds them; with another py3langid layout, `from_model_file` itself runs."""
    import numpy as np
    from py3langid import langid

    from warta.knowledge.cache import cached

    path = Path(langid.MODEL_FILE)
    path = path if path.is_absolute() else Path(langid.MODEL_DIR) / path
    load = getattr(langid, "_load_model_file", None)
    if load is None or not path.exists():
        return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = cached(
        "py3langid", [path, Path(langid.__file__)], lambda: load(path)
    )
    return langid.LanguageIdentifier(
        np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row
    )
