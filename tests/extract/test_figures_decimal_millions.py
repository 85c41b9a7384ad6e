"""Counts written with a decimal and "juta"/"ribu": the ms decimal point ("2.15 juta") and the id decimal
comma ("1,2 juta") read as whole numbers; populations and electorates are `other`; money, percentages
and things stay out. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from warta.extract.dates import ExtractDates
from warta.extract.figures import ExtractFigures
from warta.extract.numbers import parse_number
from warta.model import Article
from warta.pipeline import default_pipeline


def _triples(text: str) -> list[tuple[int, str, str]]:
    article = Article(id="t", text=text, published="2025-03-01")
    ExtractDates()(article)
    return [(f.value, f.qualifier, f.measure) for f in ExtractFigures()(article).figures]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.15 juta", 2_150_000),
        ("1,2 juta", 1_200_000),
        ("3.5 juta", 3_500_000),
        ("2,75 juta", 2_750_000),
        ("3,4 ribu", 3_400),
        ("1.5 million", 1_500_000),
    ],
)
def test_figures_decimal_before_a_big_number_word(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Suruhanjaya Pilihan Raya berkata seramai 2.15 juta pemilih layak mengundi.",
            (2_150_000, "exact", "other"),
        ),
        (
            "Menurut SPR, kira-kira 1.8 juta pengundi berdaftar akan keluar mengundi.",
            (1_800_000, "about", "other"),
        ),
        (
            "The commission said 2.4 million eligible voters would cast ballots.",
            (2_400_000, "exact", "other"),
        ),
        ("KPU mencatat 1,35 juta pemilih di provinsi itu.", (1_350_000, "exact", "other")),
        (
            "Jabatan itu menganggarkan kira-kira 3.5 juta penduduk tinggal di negeri itu.",
            (3_500_000, "about", "other"),
        ),
        (
            "BNPB mencatat sebanyak 1,2 juta pengungsi masih bertahan di posko.",
            (1_200_000, "exact", "displaced"),
        ),
        (
            "Lebih dari 1,9 juta warga telah mengungsi sejak perang dimulai.",
            (1_900_000, "more_than", "displaced"),
        ),
        ("Sebanyak 3,4 ribu warga mengungsi ke tenda darurat.", (3_400, "exact", "displaced")),
    ],
)
def test_figures_decimal_millions_of_people(text: str, expected: tuple[int, str, str]) -> None:
    assert _triples(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah menyalurkan Rp 2,5 juta per keluarga.",
        "Kerajaan memperuntukkan RM 1.2 juta untuk projek itu.",
        "Sebanyak 1,2 juta ton beras didistribusikan.",
        "Sebanyak 1.5 juta rumah rusak dan 2,3 juta hektare sawah terendam.",
        "Kerajaan membantu 3.5 juta isi rumah, manakala 2.5 juta unit kediaman dibina.",
        "Kadar pengangguran ialah 3.5 peratus dan inflasi 2,5 persen.",
        "Sebanyak 1.200 pemilih menjadi responden survei itu.",  # a survey sample, not an electorate
        "Dua pemilih datang lebih awal ke tempat mengundi.",
    ],
)
def test_figures_decimal_millions_that_are_not_people(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Suruhanjaya Pilihan Raya (SPR) menjangkakan seramai 2.15 juta pemilih akan keluar mengundi Sabtu ini.",
        "Suruhanjaya Pilihan Raya (SPR) berkata seramai 2.15 juta pemilih layak mengundi Sabtu ini.",
    ],
)
def test_figures_electorate_attributed_to_the_commission(sentence: str) -> None:
    text = f"SPR sedia hadapi pilihan raya negeri\nSHAH ALAM: {sentence}\nPusat mengundi dibuka pukul 8 pagi."
    article = default_pipeline()(Article(id="t", raw=text))
    assert [(f.value, f.measure) for f in article.figures] == [(2_150_000, "other")]
    assert "Suruhanjaya Pilihan Raya" in (article.figures[0].source or "")
