"""Story dates: absolute, weekday-checked and relative expressions against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.extract.dates import ExtractDates, dates_in, find_dates
from warta.model import Article

PUB = dt.date(2025, 2, 5)  # a Wednesday


def _one(text: str, published: dt.date | None = PUB) -> tuple[str, str | None, bool]:
    found = find_dates(text, published)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start : d.end] == d.text
    return d.text, d.value, d.consistent


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Serangan itu terjadi pada 7 Oktober 2023.", "2023-10-07"),
        ("Banjir melanda sejak 19 Disember 2023 di Kelantan.", "2023-12-19"),
        ("Mesyuarat itu diadakan pada 3 Ogos 2024.", "2024-08-03"),
        ("Ia berlaku pada 1 Mac 2024.", "2024-03-01"),
        ("The attack came on October 7, 2023.", "2023-10-07"),
        ("Data per 2024-05-13 menunjukkan hal itu.", "2024-05-13"),
    ],
)
def test_dates_absolute(text: str, value: str) -> None:
    assert _one(text)[1] == value


def test_dates_weekday_mismatch_is_flagged() -> None:
    text, value, consistent = _one("Kedua pihak bertemu di Moskow, Senin (4/2/2025).")
    assert (text, value, consistent) == ("Senin (4/2/2025)", "2025-02-04", False)


def test_dates_weekday_match_is_consistent() -> None:
    assert _one("Pertemuan digelar Rabu (13/12/2023) di Jenewa.")[1:] == ("2023-12-13", True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bantuan tiba Kamis (30/1) pagi.", "2025-01-30"),
        ("Surat perintah dikeluarkan 21 November lalu.", "2024-11-21"),
        ("Sidang ditetapkan pada 14 Mac depan.", "2025-03-14"),
        ("Delegasi itu tiba kemarin di Kairo.", "2025-02-04"),
        ("Beliau tiba di Turkiye kelmarin.", "2025-02-04"),
        ("Mereka berunding pada hari Jumat tentang gencatan senjata.", "2025-01-31"),
        ("Wawancara itu disiarkan hari Sabtu.", "2025-02-01"),
        ("Tertuduh didakwa pada Isnin atas tuduhan itu.", "2025-02-03"),
        ("Kenyataan itu dikeluarkan pada Ahad.", "2025-02-02"),
        ("Mesyuarat diadakan Khamis lalu.", "2025-01-30"),
        ("Polisi masih berjaga hari ini.", "2025-02-05"),
    ],
)
def test_dates_relative_resolve_against_published(text: str, value: str) -> None:
    assert _one(text)[1] == value


@pytest.mark.parametrize(
    "text", ["Delegasi itu tiba kemarin.", "Ia berbicara pada hari Jumat.", "Bantuan tiba Kamis (30/1)."]
)
def test_dates_relative_without_published_stay_unresolved(text: str) -> None:
    assert _one(text, None)[1] is None


def test_dates_periods_are_kept_without_a_day() -> None:
    assert _one("Kami selalu mendukung kontak, kata Bogdanov awal bulan ini.")[:2] == ("awal bulan ini", None)


@pytest.mark.parametrize("text", ["Polisi menargetkan satu minggu ke depan.", "Harga naik 4/5 dari semula."])
def test_dates_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_dates_stage_and_dates_in() -> None:
    article = Article(
        id="t", text="Pada Senin (3/2/2025) mereka bertemu. Kemarin mereka pulang.", published="2025-02-05"
    )
    ExtractDates()(article)
    assert [d.value for d in article.dates] == ["2025-02-03", "2025-02-04"]
    first = dates_in(article, 0, 36)
    assert [d.text for d in first] == ["Senin (3/2/2025)"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bus overturned early Wednesday (July 9).", "2024-07-09"),
        ("The bus overturned early Wednesday, July 9, 2025.", "2025-07-09"),
        ("Jakarta ● Fri, Feb. 14, 2025", "2025-02-14"),
        ("The talks resumed on Sept. 3 in Doha.", "2024-09-03"),
    ],
)
def test_dates_english_month_first(text: str, value: str) -> None:
    found = find_dates(text, PUB)
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize("text", ["They may 5 times refuse.", "The march 12 people joined was calm."])
def test_dates_lower_case_month_words_are_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministers met on Monday.", "2025-02-03"),
        ("The ministers met last Wednesday.", "2025-01-29"),
        ("The ministers will meet on Monday.", "2025-02-10"),
        ("The ministers meet next Friday.", "2025-02-07"),
        ("The ministers meet this Friday.", None),
        ("The blast last night shook the town.", "2025-02-04"),
        ("The ministers met last week.", None),
    ],
)
def test_dates_english_relative(text: str, value: str | None) -> None:
    found = find_dates(text, PUB)
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Paras air naik pagi ini.", "2025-02-05"), ("Banjir surut malam tadi.", "2025-02-04")],
)
def test_dates_malay_parts_of_the_day(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, PUB)] == [value]


def test_dates_lower_case_keeps_word_characters() -> None:
    """`_windows` finds word starts in lower-cased text: that holds when lower() maps a character
    to one character of the same kind (word or not), and leaves digits alone."""
    import re
    import sys

    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        low = c.lower()
        if len(low) == 1:
            assert bool(word.match(c)) == bool(word.match(low)), hex(code)
        if c.isdigit():
            assert low == c, hex(code)


def test_dates_window_filter_matches_every_window(all_gold: list[dict[str, object]]) -> None:
    """Rules skip windows without their words: the dates equal those found over every window."""
    from warta.extract import dates

    texts = [str(rec["text"]) for rec in all_gold] + ["Pada Jum'at (12/3) lalu dan thisbulan ini, 3 Mei."]
    found = [find_dates(t, PUB) for t in texts]
    original = dates._having
    try:
        dates._having = lambda windows, *_: windows  # type: ignore[assignment]
        unfiltered = [find_dates(t, PUB) for t in texts]
    finally:
        dates._having = original
    assert any(found)
    assert found == unfiltered


def test_dates_folding_characters_are_complete() -> None:
    """Every character a case-insensitive a-z matches, whose lower() is no a-z, is in `_FOLDING`."""
    import re
    import sys

    from warta.extract.dates import _FOLDING

    letter, lower = re.compile(r"[a-z]", re.I), re.compile(r"[a-z]")
    odd = {chr(i) for i in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(i))}
    odd = {c for c in odd if not lower.fullmatch(c.lower())}
    assert odd - {"\u0130"} == set(_FOLDING)  # İ lower-cases to two characters: no filter then


def test_dates_candidates_are_the_word_start_scan(all_gold: list[dict[str, object]]) -> None:
    """The screened scan finds every word start where a trigger or a digit opens, as a look-behind scan does."""
    import re

    from warta.extract import dates

    plain = re.compile(rf"(?<!\w)(?:{dates._trigger_starts().pattern})")
    own = ["é2 Senin, 12 mei; xsenin _3 ٣ hari ini", "Januari", "senin", "-senin", "", "2"]
    for text in [str(rec["text"]).lower() for rec in all_gold] + own:
        assert dates._candidates(text) == [m.start() for m in plain.finditer(text)]


@pytest.mark.parametrize("rule", ["iso", "numeric"])
def test_dates_digit_first_rules_match_their_look_behind_form(rule: str) -> None:
    """The numeric shapes test the character before their first digit after it: the same matches."""
    import re

    from warta.extract import dates

    first = {
        "iso": re.compile(r"(?<![\d/])(\d{4})-(\d{2})-(\d{2})(?![\d/])"),
        "numeric": re.compile(r"(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])"),
    }[rule]
    text = "1/2/2024 x12/3/2024 /1/2/2024 .1.2.2024 2024-01-02 12024-01-02 /2024-01-02 3.4.2024\n5-6-2025"
    for lo in range(len(text)):
        for hi in (len(text), lo + 9, lo + 11):
            got = [m.span() for m in dates._rules()[rule].finditer(text, lo, hi)]
            assert got == [m.span() for m in first.finditer(text, lo, hi)], (lo, hi)
