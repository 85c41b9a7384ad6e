"""Figures in forms written for these tests: crowds and forces of helpers ("about 300 fishermen" at a
protest, "2,000 volunteers" deployed) are `other`, one constituency's registered voters are no figure;
"forced ... to flee their homes" is displaced; "including three association leaders" detained; a
headline's "58 Pasien Dirawat dan Satu Meninggal" counts only the death. Sources: a subject with an
apposition closed by a comma ("Pengarah X, Nama, berkata"), a quote closed before "X told", and a
sentence opened by "Menurut X," whose next sentence in the paragraph goes on reporting."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


def figures(pipe: Pipeline, text: str) -> set[tuple[int, str, str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return {(f.value, f.measure, f.source) for f in art.figures}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Nation\nGEORGE TOWN: Police detained 14 people after a protest by about 300 fishermen turned rowdy.",
            300,
        ),
        ("Nasional\nSekitar 500 nelayan berunjuk rasa di depan kantor gubernur.", 500),
        ("Nation\nAbout 150 protesters gathered outside the court on Monday.", 150),
        ("Nation\nHe said about 2,000 volunteers would be deployed in the constituency.", 2000),
        ("Nasional\nSeramai 1,200 sukarelawan dikerahkan membantu mangsa banjir.", 1200),
    ],
)
def test_figures_crowds_and_helpers_are_other(pipe: Pipeline, text: str, value: int) -> None:
    found = {(v, m) for v, m, _ in figures(pipe, text)}
    assert (value, "other") in found and not any(v == value and m != "other" for v, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Nation\nThe semi-rural constituency has 41,327 registered voters.",
        "Nation\nAbout 2,000 volunteers will help in the seat, which has 41,327 registered voters.",
        "Nasional\nSeramai 150 sukarelawan turut membantu mangsa banjir.",
    ],
)
def test_figures_crowds_small_teams_and_one_seats_voters_are_none(pipe: Pipeline, text: str) -> None:
    assert not any(v in (41327, 150) for v, _, _ in figures(pipe, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indonesia\nThe volcano erupted twice, forcing more than 6,500 people to flee their homes.",
            (6500, "displaced"),
        ),
        (
            "Nation\nPolice detained 14 people, including three fishermen's association leaders.",
            (3, "detained"),
        ),
        (
            "Wabah Diare di RSUD Tasikmalaya, 58 Pasien Dirawat dan Satu Meninggal\nDiare melanda kota.",
            (1, "killed"),
        ),
    ],
)
def test_figures_crowds_measure_forms(pipe: Pipeline, text: str, expected: tuple[int, str]) -> None:
    found = {(v, m) for v, m, _ in figures(pipe, text)}
    assert expected in found
    assert not any(m == "killed" and v == 58 for v, m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kebakaran\nPenolong Pengarah Operasi Jabatan Bomba dan Penyelamat Malaysia (JBPM) Kuala Lumpur, "
            "Mohd Rizal Abdullah, berkata pihaknya menerima panggilan kecemasan pada jam 3.12 pagi.\n"
            "Menurutnya, dua mangsa cedera dihantar ke Hospital Kuala Lumpur.",
            (2, "injured", "Mohd Rizal Abdullah"),
        ),
        (
            "Pilihan raya\n"
            '"We agreed there will be one candidate. There is no room for sabotage," Zainal Abidin Osman '
            "told reporters.\nHe said 12 people were detained last week.",
            (12, "detained", "Zainal Abidin Osman"),
        ),
        (
            "Banjir\nKOTA BHARU: Mengikut Ahmad Fauzi Hassan, banjir itu mengorbankan dua nyawa. Seramai "
            "1,204 mangsa kini ditempatkan di 15 pusat pemindahan.",
            (1204, "displaced", "Ahmad Fauzi Hassan"),
        ),
        (
            "Longsor\nGarut - Menurut Dedi Rosadi, longsor menewaskan tujuh orang. Dua warga masih hilang.",
            (2, "missing", "Dedi Rosadi"),
        ),
        (
            "Flood\nJAKARTA - According to Rina Marlina, the floods killed four people. Another 3,000 "
            "residents were evacuated to shelters.",
            (3000, "displaced", "Rina Marlina"),
        ),
    ],
)
def test_figures_sources_apposition_quote_close_and_opening(
    pipe: Pipeline, text: str, expected: tuple[int, str, str]
) -> None:
    assert expected in figures(pipe, text)


def test_figures_sources_opening_does_not_cross_paragraphs(pipe: Pipeline) -> None:
    text = (
        "Banjir\nMenurut Budi Hartono, banjir menewaskan tiga orang.\nSebanyak 200 warga mengungsi ke masjid."
    )
    assert (200, "displaced", None) in figures(pipe, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Banjir\nBupati Bogor Rudy Susmanto, yang juga Ketua DPD Partai Gerindra, mengatakan sebanyak 300 "
            "warga mengungsi.",
            "Rudy Susmanto",
        ),
        ("Banjir\nAbdul Muhari, Kepala Pusat Data BNPB, mengatakan 12 orang tewas.", "Abdul Muhari"),
        (
            "Tahanan\nMenteri Dalam Negeri, Datuk Seri Saifuddin Nasution Ismail, berkata 45 orang ditahan.",
            "Saifuddin Nasution Ismail",
        ),
    ],
)
def test_figures_sources_apposition_keeps_the_person(pipe: Pipeline, text: str, source: str) -> None:
    assert {s for _, _, s in figures(pipe, text)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crash\nTwo people died at the scene. Police said five others were injured.", (5, "injured")),
        ("Crash\nA bus driver died while 12 others were hurt.", (12, "injured")),
    ],
)
def test_figures_others_with_a_measure_after_them(
    pipe: Pipeline, text: str, expected: tuple[int, str]
) -> None:
    assert expected in {(v, m) for v, m, _ in figures(pipe, text)}


def test_figures_others_without_a_people_measure_are_none(pipe: Pipeline) -> None:
    assert figures(pipe, "Fire\nThree shops were destroyed and two others were damaged in the fire.") == set()
