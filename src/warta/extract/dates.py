"""Dates in the story, resolved against the publication date.

Absolute forms ("7 Oktober 2023", "Senin (4/2/2025)", "19 Disember 2023") resolve on their own;
forms without a year ("Kamis (30/1)", "21 November lalu", "14 Mac depan") and relative ones
("kemarin", "kelmarin", "hari ini", "pada hari Jumat", "Ahad lalu") need `Article.published` and
stay unresolved (value None) without it. A weekday that does not match its date ("Senin
(4/2/2025)": 4 Feb 2025 was a Tuesday) is kept with `consistent=False`, so a consumer can refuse
it. Periods ("awal bulan ini", "pekan lalu", "November 2023") are kept with value None: they name
no single day. Rules, not dateparser: these few shapes cover the news we read, and the rules can
keep each match's offsets and check its weekday, which a parser of whole strings does not do.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import ClassVar

from warta.alternation import alternation
from warta.calendar import months, weekdays
from warta.model import Article, DateMention
from warta.registry import register

_FUTURE = {"depan", "mendatang", "nanti", "hadapan", "next", "coming", "besok", "esok", "lusa"}
_PAST = {"lalu", "lepas", "kemarin", "kelmarin", "semalam", "last", "yang lalu"}
# Relative day words -> offset from the publication date.
_DAY_WORDS = {
    "kemarin lusa": -2,
    "kemarin": -1,
    "kelmarin": -1,
    "semalam": -1,
    "yesterday": -1,
    "last night": -1,
    "malam tadi": -1,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "pagi tadi": 0,
    "pagi ini": 0,
    "petang ini": 0,
    "malam ini": 0,
    "siang ini": 0,
    "hari ini": 0,
    "hari ni": 0,
    "today": 0,
    "besok": 1,
    "esok": 1,
    "tomorrow": 1,
    "lusa": 2,
}


def _alt(names: list[str]) -> str:
    # every use is case-insensitive
    return alternation(sorted((re.escape(n) for n in names), key=len, reverse=True), ignore_case=True)


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    # Short weekday abbreviations ("sun", "sat", "mon") are ordinary words: full names only.
    wd = _alt([w for w in weekdays() if len(w) >= 4])
    mo = _alt(list(months()))
    # English month-first dates ("July 9", "Feb. 14, 2025"): any month name or abbreviation, but
    # capitalised (checked in `find_dates`), since "may", "march" and "sun" are ordinary words.
    en_mo = _alt([m for m in months() if len(m) >= 3 and m.isascii()])
    rel = r"(?:\s+(?:yang\s+)?(lalu|lepas|depan|mendatang|nanti|hadapan))?"
    return {
        "wd_numeric": re.compile(
            rf"\b(?:(?:pada\s+)?hari\s+)?({wd})\s*,?\s*\(\s*(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}|\d{{2}}))?\s*\)",
            re.I,
        ),
        # the look-behinds follow the first digit, so `re` jumps from digit to digit
        "iso": re.compile(r"(\d(?<![\d/].)\d{3})-(\d{2})-(\d{2})(?![\d/])"),
        "numeric": re.compile(r"(\d(?<![\d/.].)\d?)[/.-](\d{1,2})[/.-](\d{4})(?![\d/])"),
        "range": re.compile(
            rf"\b(\d{{1,2}})(?=\s*(?:-|–|hingga|sampai|dan|to|and)\s*\d{{1,2}}\s+(?:{mo})\b)", re.I
        ),
        "textual": re.compile(
            rf"\b(?:({wd})\s*,?\s+)?(?:tanggal\s+|tgl\.?\s+)?(\d{{1,2}})\s+({mo})\b\.?(?:,?\s+(\d{{4}}))?{rel}",
            re.I,
        ),
        "english": re.compile(
            rf"\b({en_mo})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]\d)(?:,?\s+(\d{{4}}))?", re.I
        ),
        # the weekday before an English date ("Wednesday (July 9", "Fri, Feb. 14"), matched backwards
        "en_weekday": re.compile(rf"\b({wd})\s*,?\s*\(?\s*$", re.I),
        "en_period": re.compile(
            r"\b(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:week|month|year)\b", re.I
        ),
        "month_year": re.compile(
            rf"\b(?:(?:awal|akhir|pertengahan|early|late|mid)[\s-]+)?(?:{mo})\s+(\d{{4}})\b", re.I
        ),
        "period": re.compile(
            r"\b(?:(?:awal|akhir|pertengahan|earlier|early|late)\s+)?(?:this|last|next\s+)?"
            r"(?:bulan|pekan|minggu|tahun|month|week|year)\s+(?:ini|lalu|lepas|depan|hadapan)\b",
            re.I,
        ),
        "day_word": re.compile(rf"\b({_alt(list(_DAY_WORDS))})\b", re.I),
        "weekday": re.compile(
            rf"\b(?:(?:pada|on|sejak|since|hari|pada\s+hari)\s+)?(?:(last|next|this|coming)\s+)?({wd})\b{rel}"
            r"(?!\s*\()",
            re.I,
        ),
    }


_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_NUM_BEFORE = re.compile(
    r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan|sepuluh|beberapa)\s+$", re.I
)
_PERIOD_NOUNS = {"bulan", "pekan", "minggu", "tahun", "month", "week", "year"}


@cache
def _triggers() -> frozenset[str]:
    """Words that can be part of a date expression: every rule needs one of them nearby."""
    words = set(months()) | set(weekdays()) | _PERIOD_NOUNS
    words |= {w.split()[0] for w in _DAY_WORDS} | {w.split()[-1] for w in _DAY_WORDS}
    return frozenset(words)


@cache
def _trigger_starts() -> re.Pattern[str]:
    """What may open a trigger word, tried at word starts of lower-cased text: a superset found in C.

    A word whose first character is a digit starts with neither a letter a-z nor "_"; a trigger
    word matches the (lower-case) trigger alternation. Lower-casing one character to one keeps which
    characters are word characters (checked over all of Unicode in the tests), so word starts agree.
    """
    return re.compile(rf"[^\W_a-z]|(?:{_alt(sorted(_triggers()))})(?!\w)")


@cache
def _trigger_screen() -> re.Pattern[str]:
    """`_trigger_starts` after a non-word character (the match's end is the word start): a leading
    class of plain ranges lets `re` skip letters fast; the look-behind drops non-ASCII letters."""
    return re.compile(rf"[^a-zA-Z0-9_](?<=\W)(?={_trigger_starts().pattern})")


def _candidates(low: str) -> list[int]:
    """Where `_trigger_starts` matches at a word start of lower-cased text, in order."""
    first = [0] if _trigger_starts().match(low) else []
    return first + [m.end() for m in _trigger_screen().finditer(low)]


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around digits and date words, where the rules are worth running.

    Running ten case-insensitive alternations over a whole article costs milliseconds; most of
    the text has no date word or digit in it.
    """
    return [(lo, hi) for lo, hi, _ in _window_words(text)]


def _window_words(text: str) -> list[tuple[int, int, set[str]]]:
    """`_windows`, each with the lower-cased trigger words around which it was opened."""
    trig = _triggers()
    out: list[tuple[int, int, set[str]]] = []
    low = text.lower()
    # candidate word starts from one scan when lower-casing keeps offsets, else every word
    found = _candidates(low) if len(low) == len(text) else [m.start() for m in _WORD.finditer(text)]
    for c in found:
        m = _WORD.match(text, c)
        assert m is not None  # a candidate starts a word
        w = m.group(0).lower()
        if w[0].isdigit() or w in trig:
            lo, hi = max(0, m.start() - 40), min(len(text), m.end() + 40)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi, out[-1][2])
            else:
                out.append((lo, hi, set()))
            out[-1][2].add(w)
    return out


@cache
def _needs() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Per rule, the words one of which it needs as a whole word: (trigger words, other entries).

    A match lies inside its window, so a window opened around none of those words (and holding no
    other entry, checked as lower-case text) cannot hold one; that rule skips it.
    """
    wd = [w for w in weekdays() if len(w) >= 4]
    days = [w.split()[0] for w in _DAY_WORDS]
    groups = {"wd": wd, "mo": list(months()), "period": list(_PERIOD_NOUNS), "day": days}
    out = {}
    for name, words in groups.items():
        plain = frozenset(w for w in words if _WORD.fullmatch(w)) & _triggers()
        out[name] = (plain, tuple(w for w in words if w not in plain))
    # "period" lets "this"/"last" run into its noun ("lastmonth"): there the noun is no whole word
    out["period"] = (frozenset(), tuple(groups["period"]))
    return out


# Characters other than A-Z that case-insensitive patterns match to a-z but lower() leaves alone:
# with one in the text a date word may hide from the trigger words, so no rule skips a window.
_FOLDING = ("\u0131", "\u017f")


def _having(
    windows: list[tuple[int, int, set[str]]], need: str, text: str, low: str
) -> list[tuple[int, int, set[str]]]:
    """The windows where rules needing word group `need` (see `_needs`) may match."""
    if len(low) != len(text) or any(c in text for c in _FOLDING):
        return windows
    words, others = _needs()[need]
    return [w for w in windows if not words.isdisjoint(w[2]) or any(o in low[w[0] : w[1]] for o in others)]


def _finditer(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int, set[str]]]
) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for lo, hi, _ in windows:
        found.extend(pattern.finditer(text, lo, hi))
    return found


def _year_for(month: int, day: int, published: dt.date, direction: str | None) -> dt.date | None:
    """The date with this month/day nearest the publication date in the stated direction."""
    options: list[dt.date] = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if direction == "future":
        later = [d for d in options if d > published]
        return min(later) if later else None
    # News reports the recent past: the latest such date no more than a week after publication.
    earlier = [d for d in options if d <= published + dt.timedelta(days=7 if direction is None else 0)]
    return max(earlier) if earlier else None


def _direction(word: str | None) -> str | None:
    w = (word or "").lower()
    return "future" if w in _FUTURE else "past" if w in _PAST else None


_FUTURE_VERBS = re.compile(
    r"\b(?:will|would|akan|bakal|hendak|dijadwalkan|dijadualkan|scheduled|due to)\b", re.I
)


def _tense(text: str, at: int) -> str | None:
    """'future' when a future verb stands earlier in the same sentence ("will meet on Monday")."""
    lo = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), at - 80)
    return "future" if _FUTURE_VERBS.search(text, lo + 1, at) else None


def _weekday_date(wd: int, published: dt.date, direction: str | None) -> dt.date:
    if direction == "future":
        return published + dt.timedelta(days=(wd - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - wd) % 7
    if direction == "past" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _make(
    year: int | None, month: int, day: int, published: dt.date | None, direction: str | None
) -> dt.date | None:
    if year is not None:
        if year < 100:
            year += 2000
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return _year_for(month, day, published, direction) if published else None


def _published(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Date expressions in `text`, resolved against `published` where they need it."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []

    def add(
        m: re.Match[str], value: dt.date | None, wd: str | None = None, span: tuple[int, int] | None = None
    ) -> None:
        s, e = span or (m.start(), m.end())
        while e > s and m.string[e - 1] in " .,":
            e -= 1
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        consistent = True
        if wd and value is not None:
            consistent = weekdays()[wd.lower()] == value.weekday()
        out.append(DateMention(m.string[s:e], s, e, value.isoformat() if value else None, consistent))

    rules, mo = _rules(), months()
    windows = _window_words(text)
    low = text.lower()
    # the numeric shapes need a digit inside the window: a window around a bare weekday or
    # "bulan lalu" cannot hold one of them, so those rules skip it
    numeric = [w for w in windows if _DIGIT.search(text, w[0], w[1])]
    by_month = _having(numeric, "mo", text, low)
    for m in _finditer(rules["wd_numeric"], text, _having(numeric, "wd", text, low)):
        year = int(m.group(4)) if m.group(4) else None
        add(m, _make(year, int(m.group(3)), int(m.group(2)), published, None), m.group(1))
    for m in _finditer(rules["iso"], text, numeric):
        add(m, _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), None, None))
    for m in _finditer(rules["numeric"], text, numeric):
        add(m, _make(int(m.group(3)), int(m.group(2)), int(m.group(1)), None, None))
    for m in _finditer(rules["textual"], text, by_month):
        year = int(m.group(4)) if m.group(4) else None
        value = _make(year, mo[m.group(3).lower()], int(m.group(2)), published, _direction(m.group(5)))
        add(m, value, m.group(1))
    for m in _finditer(rules["range"], text, by_month):
        end = rules["textual"].search(text, m.end())
        if end is None:
            continue
        year = int(end.group(4)) if end.group(4) else None
        add(m, _make(year, mo[end.group(3).lower()], int(m.group(1)), published, _direction(end.group(5))))
    for m in _finditer(rules["english"], text, by_month):
        if not m.group(1)[0].isupper():
            continue
        year = int(m.group(3)) if m.group(3) else None
        before = rules["en_weekday"].search(text, max(0, m.start() - 14), m.start())
        s = before.start() if before else m.start()
        closes = before and "(" in before.group(0) and text[m.end() : m.end() + 1] == ")"
        e = m.end() + 1 if closes else m.end()
        value = _make(year, mo[m.group(1).lower()], int(m.group(2)), published, None)
        add(m, value, before.group(1) if before else None, (s, e))
    by_period = _having(windows, "period", text, low)
    for m in _finditer(rules["en_period"], text, by_period):
        add(m, None)  # "last week" names no single day
    for m in _finditer(rules["month_year"], text, by_month):
        add(m, None)
    for m in _finditer(rules["period"], text, by_period):
        if not _NUM_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            add(m, None)  # "tiga bulan lalu" is a span of time, not a period of the calendar
    for m in _finditer(rules["day_word"], text, _having(windows, "day", text, low)):
        if any(0 <= m.start() - te <= 1 for _, te in taken):
            continue  # "Rabu (10/9/2025) kemarin": the word only qualifies the date before it
        offset = _DAY_WORDS[m.group(1).lower()]
        add(m, published + dt.timedelta(days=offset) if published else None)
    for m in _finditer(rules["weekday"], text, _having(windows, "wd", text, low)):
        name = m.group(2)
        # "minggu" is also "week": only a capitalised Minggu after hari/pada is Sunday.
        if not name[0].isupper() or (name.lower() == "minggu" and m.group(0) == name):
            continue
        day = weekdays()[name.lower()]
        direction = _direction(m.group(3) or m.group(1)) or _tense(text, m.start())
        if (m.group(1) or "").lower() == "this":
            add(m, None)  # "this Monday": past or coming, no single reading
            continue
        add(m, _weekday_date(day, published, direction) if published else None)
    return sorted(out, key=lambda d: d.start)


def dates_in(article: Article, start: int, end: int) -> list[DateMention]:
    """The article's date mentions that overlap `[start, end)` (e.g. one sentence)."""
    return [d for d in article.dates if d.start < end and d.end > start]


@register("extract.dates.v1")
class ExtractDates:
    name: ClassVar[str] = "extract.dates"
    language_bound: ClassVar[bool] = True  # skipped outside id/ms/en (see pipeline)
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("dates",)

    def __call__(self, article: Article) -> Article:
        article.dates = find_dates(article.text, _published(article))
        return article
