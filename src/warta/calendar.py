"""Month and weekday names (id/ms/en) and the date-line pattern shared by cleaning and metadata."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import resources


@cache
def _names(kind: str) -> dict[str, int]:
    text = resources.files("warta.knowledge").joinpath("calendar.tsv").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        k, num, names = line.split("\t")
        if k == kind:
            for n in names.split(","):
                out[n.strip()] = int(num)
    return out


def months() -> dict[str, int]:
    return _names("month")


def weekdays() -> dict[str, int]:
    return _names("weekday")


def _alt(names: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


@cache
def date_patterns() -> tuple[re.Pattern[str], re.Pattern[str], str, str]:
    """(textual date, numeric date, weekday alternation, month alternation)."""
    wd, mo = _alt(weekdays()), _alt(months())
    textual = re.compile(rf"\b(\d{{1,2}})\s+({mo})\.?,?\s+(\d{{4}})\b", re.I)
    numeric = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
    return textual, numeric, wd, mo


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date in `text` as (YYYY-MM-DD, start, end), day-month-year order."""
    textual, numeric, _, _ = date_patterns()
    best: tuple[str, int, int] | None = None
    for m in textual.finditer(text):
        iso = make_iso(int(m.group(3)), months()[m.group(2).lower()], int(m.group(1)))
        if iso:
            best = (iso, m.start(), m.end())
            break
    for m in numeric.finditer(text):
        iso = make_iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso and (best is None or m.start() < best[1]):
            best = (iso, m.start(), m.end())
        break
    return best


def make_iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@cache
def dateline_regex() -> re.Pattern[str]:
    """A line that is only a date/time stamp, e.g. 'Selasa 29 Oct 2019 17:05 WIB',
    'Agensi 10/10/2023 | 21:10 MYT', 'Rabu, 13 Desember 2023 - 10:15'."""
    _, _, wd, mo = date_patterns()
    date = rf"(?:\d{{1,2}}\s+(?:{mo})\.?,?\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    time = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|wib|wita|wit|myt|gmt|utc|\+0[78]00)?)"
    return re.compile(
        rf"^(?:[A-Z][\w.]*\s+)?(?:(?:{wd}),?\s+)?{date}(?:\s*[,|@/-]?\s*(?:pukul\s+)?{time})?"
        rf"(?:\s*(?:wib|wita|wit|myt|gmt|utc))?\.?$",
        re.I,
    )
