"""Numbers as Indonesian, Malay and English news write them, normalised to integers.

"34.622" (id thousands dot) and "22,722" (ms/en thousands comma) are 34622 and 22722; "1,5 juta"
and "1.5 million" are 1500000; "15 ribu" is 15000; words ("delapan", "dua puluh tiga", "seorang",
"dua juta", "Sepuluh") are read with the table in `knowledge/figures_numbers.tsv`. A bare decimal
("13.00", "1,5") is not a count and parses to None. Vague amounts ("puluhan", "ribuan") are not
numbers at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warta.alternation import alternation
from warta.extract.word_scan import finditer, screen


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number found in text: `[start, end)` offsets, its value and whether it is spelled out."""

    start: int
    end: int
    value: int
    text: str
    spelled: bool


@cache
def number_words() -> dict[str, tuple[int, str]]:
    """word -> (value, kind) from the packaged table."""
    text = resources.files("warta.knowledge").joinpath("figures_numbers.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[int, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, value, kind = line.split("\t")
        out[word.strip().lower()] = (int(value), kind.strip())
    return out


@cache
def _pattern() -> re.Pattern[str]:
    words = alternation(
        sorted((re.escape(w) for w in number_words()), key=len, reverse=True), ignore_case=True
    )
    digits = r"\d+(?:[.,]\d+)*"
    # English tens and units join with a hyphen ("twenty-three")
    head = rf"(?:{digits}|\b(?:{words})(?:-(?:{words}))?\b)"
    # Digits or a word, then more number words on the same line ("dua puluh tiga", "1,5 juta"); never glued to
    # letters, slashes, colons or dashes, so "RM7,000", "4/2/2025", "4:15 PM", "ke-491", "2petang" and the
    # range "350–375 million" are not counts.
    # English "one hundred and twenty": "and" only right after hundred/thousand/million
    glue = r"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million))[^\S\n]+and)?"
    # Every match starts with a digit or a number word's first letter: one class test spares the
    # alternation at most positions (~10% of the scan).
    firsts = "".join(sorted({re.escape(w[0]) for w in number_words()}))
    return re.compile(
        rf"(?<![\w/.,:\-–])(?=[\d{firsts}]){head}(?:{glue}[^\S\n]+\b(?:{words})(?:-(?:{words}))?\b)*(?![\w/\-–]|[.,:]\d)",
        re.I,
    )


_SEP = re.compile(r"[.,]")


def parse_digits(token: str, scaled: bool = False) -> float | None:
    """'34.622' -> 34622, '22,722' -> 22722; '1,5' -> 1.5 only when `scaled` (before juta/million)."""
    parts = _SEP.split(token)
    if len(parts) == 1:
        return float(int(token))
    seps = set(_SEP.findall(token))
    if len(seps) == 1 and all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
        return float(int("".join(parts)))
    if scaled and len(parts) == 2:
        return float(f"{parts[0]}.{parts[1]}")
    return None


def parse_words(words: list[str]) -> int | None:
    """A run of number words -> integer, or None when the run is not one number ("dua tiga")."""
    table = number_words()
    if table[words[0].lower()][1] != "unit":
        return None  # "ribu" alone ("puluhan ribu warga") is vague, not 1000
    total, group, unit, unit_open = 0, 0, 0, False
    for word in words:
        value, kind = table[word.lower()]
        if kind == "unit" and value >= 1000:  # seribu, sejuta: a whole group
            total, group, unit, unit_open = total + group + unit + value, 0, 0, False
        elif kind == "unit" and value >= 100:  # seratus: smaller words may follow
            group, unit, unit_open = group + unit + value, 0, False
        elif kind == "unit":
            if unit_open and 20 <= unit <= 90 and unit % 10 == 0 and value < 10:
                unit += value  # "twenty three"
                continue
            if unit_open:
                return None
            unit, unit_open = unit + value, True
        elif kind in ("teen", "ten"):
            if not 1 <= unit <= 9:
                return None
            unit, unit_open = (unit + value if kind == "teen" else unit * value), False
        elif kind == "hundred":
            group, unit, unit_open = group + (unit or 1) * value, 0, False
        else:  # big: ribu, juta
            total, group, unit, unit_open = total + ((group + unit) or 1) * value, 0, 0, False
    return total + group + unit


def parse_number(text: str) -> int | None:
    """The integer a whole number expression stands for, or None."""
    parts = text.replace("-", " ").split() if not text[:1].isdigit() else text.split()
    parts = [p for p in parts if p.lower() != "and"]  # "one hundred and twenty"
    if not parts:
        return None
    if parts[0][0].isdigit():
        table = number_words()
        rest = [p.lower() for p in parts[1:]]
        if any(table.get(r, (0, ""))[1] != "big" for r in rest):
            return None
        base = parse_digits(parts[0], scaled=bool(rest))
        if base is None:
            return None
        for r in rest:
            base *= table[r][0]
        return round(base) if abs(base - round(base)) < 1e-6 else None
    return parse_words(parts)


@cache
def _screen() -> re.Pattern[str] | None:
    # where `_pattern` may start: after a character its look-behind allows, a digit or a number word
    return screen(number_words(), before=r"\w/.,:\-–", also=r"\d")


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number expression in `text` that parses to an integer."""
    out: list[NumberSpan] = []
    for m in finditer(_pattern(), _screen(), text):
        value = parse_number(m.group(0))
        if value is not None:
            out.append(NumberSpan(m.start(), m.end(), value, m.group(0), not m.group(0)[0].isdigit()))
    return out
