"""What a title says about the words after it: the region of a "Bupati"/"Wali Kota", or a
portfolio ("Ketua Pembangkang, Datuk Seri ..."), which are not the holder's name."""

from __future__ import annotations

import re

from warta.extract import linking
from warta.extract.heads import WORD_SPACE, common, trim
from warta.extract.linking import Cand, lookup

_NOMINAL = re.compile(r"(?:Ke|Pe|Per|Pen|Pem|Peng|Peny)[a-z]{3,}an")  # as in names.py: "Kepatuhan"


_REGION_TITLES = {"bupati": "Kabupaten", "wakil bupati": "Kabupaten", "wali kota": "Kota", "walikota": "Kota"}
_TITLE_END = re.compile(r"(\w+(?:\s+\w+)?)\s+$")


def region_after_title(text: str, start: int, end: int) -> Cand | None:
    """The regency or city a "Bupati"/"Wali Kota" names before the holder, when the KB knows it."""
    m = _TITLE_END.search(text, max(0, start - 20), start)
    if m is None:
        return None
    title = " ".join(m.group(1).split()).casefold()
    head = _REGION_TITLES.get(title) or _REGION_TITLES.get(title.split()[-1])
    words = list(WORD_SPACE.finditer(text, start, end))
    if head is None or len(words) < 3:
        return None  # "Bupati Ahmad Yani": a name alone
    for n in (2, 1):
        stop = trim(text, start, words[n - 1].end())[1]
        found = lookup(f"{head} {text[start:stop]}", "LOC") or lookup(text[start:stop], "LOC")
        if found is not None and found.type == "location":
            return Cand(start, stop, text[start:stop], "LOC", found, "rule")
    return None


_COMMA_NAME = re.compile(r",[ \u00a0]+[A-Z]")


def portfolio_before_comma(text: str, start: int, end: int) -> bool:
    """One word after a title, then a comma and a name or honorific: a portfolio, not a name."""
    word = text[start:end].strip()
    if " " in word or not _COMMA_NAME.match(text, end):
        return False
    after = text[end:].lstrip(", \u00a0")
    honorific = linking.phrase_regex("honorifics").match(after) is not None
    return (
        honorific
        or common(word)
        or bool(_NOMINAL.fullmatch(word))
        or word.casefold() in linking.word_set("portfolios")
    )
