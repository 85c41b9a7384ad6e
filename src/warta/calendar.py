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


@cache
def month_first() -> re.Pattern[str]:
    """English-style 'April 12, 2025', 'Feb. 14, 2025', 'Jun 12 2025' (BH, NST, The Star, JP, JG); the
    year may run straight into a clock time when a page's date and time elements are copied together
    ("November 23, 20264:12 AM UTC")."""
    return re.compile(
        rf"\b({date_patterns()[3]})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?:\b|(?=\d{{1,2}}:\d{{2}}\s*[AaPp]\.?[Mm]\b))",
        re.I,
    )


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date in `text` as (YYYY-MM-DD, start, end): day-month-year, or a capitalised
    month name first ("April 12, 2025"); "may 3, 2025" in lower case is a verb, not a date."""
    textual, numeric, _, _ = date_patterns()
    found: list[tuple[str, int, int]] = []
    for m in textual.finditer(text):
        iso = make_iso(int(m.group(3)), months()[m.group(2).lower()], int(m.group(1)))
        if iso:
            found.append((iso, m.start(), m.end()))
            break
    for m in month_first().finditer(text):
        iso = make_iso(int(m.group(3)), months()[m.group(1).lower()], int(m.group(2)))
        if iso and m.group(1)[0].isupper():
            found.append((iso, m.start(), m.end()))
            break
    for m in numeric.finditer(text):
        iso = make_iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            found.append((iso, m.start(), m.end()))
        break
    return min(found, key=lambda f: f[1]) if found else None


def make_iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@cache
def dateline_regex() -> re.Pattern[str]:
    """A line that is only a date/time stamp, e.g. 'Selasa 29 Oct 2019 17:05 WIB',
    'Agensi 10/10/2023 | 21:10 MYT', 'Rabu, 13 Desember 2023 - 10:15', 'Kompas.com - 12/06/2025,
    14:30 WIB', 'Jakarta ● Fri, February 14, 2025', 'March 27, 2025 | 6:42 pm', or only a time
    with its zone ('4:15 PM MYT')."""
    _, _, wd, mo = date_patterns()
    zone = r"(?:wib|wita|wit|myt|gmt|utc|sgt|ict|\+0[78]00)"
    date = (
        rf"(?:\d{{1,2}}\s+(?:{mo})\.?,?\s+\d{{4}}|(?:{mo})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    )
    # Malay pages mark the half of the day: "7:50 PTG" (petang), "10.15 PG" (pagi), "9:00 MLM" (malam)
    time = rf"(?:\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.|ptg|pg|mlm|{zone})?)"
    # an outlet, agency or place before the stamp: "Agensi ", "Kompas.com - ", "Jakarta ● ",
    # "Larantuka, East Nusa Tenggara ● " (a town and its province)
    prefix = r"(?:[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*){0,3}\s*(?:[-–—●•|,/]\s*|\s))?"
    # Inquirer puts the time first: "Philippine Daily Inquirer / 04:15 PM November 05, 2025"
    stamp = rf"{prefix}(?:{time}\s*[,|/•–—-]?\s*)?(?:(?:{wd})\.?,?\s+)?{date}(?:\s*[,|@/•●–—-]?\s*(?:pukul\s+|jam\s+)?{time})?"
    only_time = rf"(?:pukul\s+|jam\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*{zone}?"
    return re.compile(
        rf"^(?:{stamp}|(?={only_time}$)(?=.*(?:[ap]\.?m\.?|{zone})\.?$){only_time})(?:\s*{zone})?\.?$",
        re.I,
    )
