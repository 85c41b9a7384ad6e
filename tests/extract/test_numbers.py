"""Number parsing: Indonesian/Malay/English digits and words, and what is not a count."""

from __future__ import annotations

import pytest

from warta.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("34.622", 34622),
        ("22,722", 22722),
        ("1,5 juta", 1_500_000),
        ("1.5 million", 1_500_000),
        ("15 ribu", 15_000),
        ("delapan", 8),
        ("seorang", 1),
        ("satu", 1),
        ("dua juta", 2_000_000),
        ("Sepuluh", 10),
        ("dua puluh tiga", 23),
        ("dua belas", 12),
        ("seratus lima puluh", 150),
        ("dua ribu lima ratus", 2500),
        ("twenty", 20),
    ],
)
def test_numbers_parse_values(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["13.00", "1,5", "dua tiga"])
def test_numbers_parse_rejects_non_counts(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text", ["RM7,000", "(4/2/2025)", "hari ke-491", "jam 2petang", "puluhan orang", "setahun"]
)
def test_numbers_find_skips_glued_and_vague(text: str) -> None:
    assert find_numbers(text) == []


def test_numbers_find_offsets_point_at_the_number() -> None:
    text = "Sedikitnya 1,5 juta warga dan tiga orang lainnya."
    found = find_numbers(text)
    assert [(n.value, text[n.start : n.end]) for n in found] == [(1_500_000, "1,5 juta"), (3, "tiga")]
    assert found[1].spelled and not found[0].spelled


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Twenty-three people were hurt.", [23]),
        ("seventy-five thousand residents", [75000]),
        ("The bus left at 4:15 PM with five people.", [5]),
        ("between 350–375 million people", []),
        ("a two-year-old girl", []),
    ],
)
def test_numbers_english_hyphens_times_and_ranges(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [("One hundred and twenty people", 120), ("two thousand and five hundred", 2500), ("Twenty-one", 21)],
)
def test_numbers_english_and_after_hundred_joins_one_number(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


def test_numbers_and_between_units_keeps_two_numbers() -> None:
    assert [n.value for n in find_numbers("aged two and three")] == [2, 3]
