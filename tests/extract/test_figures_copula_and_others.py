"""Figures in breakdowns and remainders, through the whole pipeline on sentences written for these
tests: a count named by a copula ("402 adalah warga Indonesia"), "N lainnya/others" still missing or
in remand, and a breakdown sentence ("Daripada jumlah itu, ...") reporting for the source of the total
before it, even in a new paragraph."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


def figures(pipe: Pipeline, text: str) -> set[tuple[int, str, str, str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return {(f.value, f.qualifier, f.measure, f.source) for f in art.figures}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polis menahan 50 orang dalam serbuan itu. Daripada jumlah tersebut, 20 merupakan warga asing.", 20),
        ("Polisi menahan 30 orang di Bandung. Dari jumlah itu, 12 adalah mahasiswa.", 12),
        ("Imigresen menahan 900 pendatang asing. Daripada jumlah itu, 402 adalah warga Indonesia.", 402),
        ("Seramai 80 pekerja ditahan semalam. Daripada jumlah itu, 15 ialah kanak-kanak.", 15),
    ],
)
def test_figures_copula_count_in_breakdown(pipe: Pipeline, text: str, expected: int) -> None:
    assert (expected, "detained") in {(v, m) for v, _, m, _ in figures(pipe, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Judha berkata 12 penumpang selamat, sedangkan empat lainnya masih hilang.",
        "Tujuh nelayan tewas, sedangkan empat lainnya masih hilang.",
        "Two climbers were found dead while four others are still missing.",
    ],
)
def test_figures_others_still_missing(pipe: Pipeline, text: str) -> None:
    assert 4 in {v for v, _, m, _ in figures(pipe, text) if m == "missing"}


def test_figures_others_remain_in_remand(pipe: Pipeline) -> None:
    text = "Five of the suspects were charged in court, while at least seven others remain in remand."
    assert (7, "at_least", "detained", None) in figures(pipe, text)


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_figures_breakdown_keeps_total_source(pipe: Pipeline, gap: str) -> None:
    text = (
        "UNHCR dalam kenyataan berkata, seramai 192,600 pelarian berdaftar dengan agensi itu di Malaysia."
        f"{gap}Daripada jumlah itu, kira-kira 107,000 adalah etnik Rohingya, manakala lebih 45,000 adalah "
        "kanak-kanak."
    )
    found = figures(pipe, text)
    unhcr = "United Nations High Commissioner for Refugees"
    assert (107000, "about", "displaced", unhcr) in found
    assert (45000, "more_than", "displaced", unhcr) in found


@pytest.mark.parametrize(
    "text",
    [
        "Police have detained 14 people, including three foreigners, in a series of raids.",
        "Police arrested 14 people, including three expatriates, at the club.",
    ],
)
def test_figures_foreigners_are_people(pipe: Pipeline, text: str) -> None:
    assert {(14, "detained"), (3, "detained")} <= {(v, m) for v, _, m, _ in figures(pipe, text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Menurut jabatan itu, penduduk Johor dianggarkan kira-kira 4.1 juta orang pada tahun ini.", 4100000),
        ("The population of Selangor is estimated at 7.2 million people.", 7200000),
        ("Jumlah penduduk Kota Bharu kini mencecah 500,000 orang.", 500000),
    ],
)
def test_figures_population_named_before_count(pipe: Pipeline, text: str, value: int) -> None:
    assert (value, "other") in {(v, m) for v, _, m, _ in figures(pipe, text)}


def test_figures_small_population_is_none(pipe: Pipeline) -> None:
    assert figures(pipe, "Jumlah penduduk desa itu hanya 300 jiwa.") == set()
