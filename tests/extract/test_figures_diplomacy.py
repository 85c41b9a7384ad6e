"""Figures in diplomacy and conflict reports, through the whole pipeline on sentences written for these
tests: "hilang tempat tinggal" is displaced (not missing), citizens abroad who remain in a country are a
population ("other") even with an aside before the verb, prisoners a state "is holding" or "held without
charge" are detained, "menurut X" after a speaker's verb credits the number to X, and "the agency" /
"badan tersebut" points back at a UN office."""

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
        ("Lebih 12 juta rakyat Sudan hilang tempat tinggal akibat perang itu.", 12_000_000),
        ("Sekitar 300.000 warga hilang tempat tinggal akibat banjir itu.", 300_000),
        ("More than 40,000 people lost their homes in the earthquake.", 40_000),
        ("Seramai 5,000 penduduk kehilangan rumah dalam kebakaran itu.", 5_000),
    ],
)
def test_figures_diplomacy_lost_homes_is_displaced(pipe: Pipeline, text: str, value: int) -> None:
    found = figures(pipe, text)
    assert {(v, m) for v, m, _ in found} == {(value, "displaced")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The ministry said around 400 Indonesian citizens, most of them students, remained in the country.",
            400,
        ),
        ("Kementerian itu menyebut sekitar 350 WNI, sebagian besar mahasiswa, masih berada di Iran.", 350),
        (
            "Wisma Putra berkata kira-kira 250 rakyat Malaysia, kebanyakannya pelajar, masih berada di negara itu.",
            250,
        ),
        ("The embassy said some 1,200 Malaysian students remained in Egypt.", 1200),
    ],
)
def test_figures_diplomacy_citizens_remaining_abroad_are_other(pipe: Pipeline, text: str, value: int) -> None:
    assert (value, "other") in {(v, m) for v, m, _ in figures(pipe, text)}


@pytest.mark.parametrize(
    "text",
    [
        "About 500 fans remained in the stadium after the match.",
        "Sekitar 300 WNI berada di lokasi kejadian saat itu.",
    ],
)
def test_figures_diplomacy_people_staying_somewhere_is_none(pipe: Pipeline, text: str) -> None:
    assert figures(pipe, text) == set()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Israel is holding more than 9,000 Palestinians, including some 3,400 held without charge.",
            {9000, 3400},
        ),
        ("Myanmar's junta is still holding about 22,000 political prisoners.", {22000}),
        (
            "Israel masih menahan lebih dari 9.000 warga Palestina, termasuk sekitar 3.400 orang yang ditahan tanpa dakwaan.",
            {9000, 3400},
        ),
    ],
)
def test_figures_diplomacy_held_prisoners_are_detained(pipe: Pipeline, text: str, values: set[int]) -> None:
    assert {(v, m) for v, m, _ in figures(pipe, text)} == {(v, "detained") for v in values}


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Luar Negeri, Datuk Seri Mohamad Hasan berkata, lebih 3.5 juta orang kehilangan tempat tinggal, "
        "menurut Pertubuhan Bangsa-Bangsa Bersatu (PBB).",
        "Menteri Luar Negeri Sugiono mengatakan lebih dari 2 juta orang mengungsi, menurut Perserikatan Bangsa-Bangsa (PBB).",
        "Foreign Minister Penny Wong said more than 2 million people had fled, according to the United Nations.",
    ],
)
def test_figures_diplomacy_according_to_outranks_the_citing_speaker(pipe: Pipeline, text: str) -> None:
    assert {s for _, _, s in figures(pipe, text)} == {"United Nations"}


def test_figures_diplomacy_said_verb_is_no_according_phrase(pipe: Pipeline) -> None:
    text = (
        "Meanwhile, the Indonesian National Board for Disaster Management (BNPB) said two firefighters died "
        "in Ogan Komering Ilir, South Sumatra, and at least 90 people had been evacuated."
    )
    assert {s for _, _, s in figures(pipe, text)} == {"Badan Nasional Penanggulangan Bencana"}


@pytest.mark.parametrize(
    "text",
    [
        "Kantor Komisioner Tinggi HAM PBB (OHCHR) mencatat sedikitnya 13.800 warga sipil tewas. "
        "Sebanyak 34.000 warga sipil lainnya terluka, menurut badan tersebut.",
        "Pejabat Pesuruhjaya Tinggi Hak Asasi Manusia PBB mencatatkan 500 orang awam terbunuh. "
        "Seramai 900 orang awam cedera, menurut agensi itu.",
    ],
)
def test_figures_diplomacy_the_agency_is_the_un_office(pipe: Pipeline, text: str) -> None:
    found = figures(pipe, text)
    assert len(found) == 2
    assert {s for _, _, s in found} == {"Office of the United Nations High Commissioner for Human Rights"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lebih 3.5 juta orang kehilangan tempat tinggal, menurut Pejabat Penyelarasan Hal Ehwal Kemanusiaan "
            "Pertubuhan Bangsa-Bangsa Bersatu (OCHA).",
            "United Nations Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "Lebih 1,2 juta orang mengungsi, menurut Kantor Urusan Kemanusiaan PBB (OCHA).",
            "United Nations Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "Sedikitnya 2.000 pengungsi tiba di Aceh, menurut Badan Pengungsi Perserikatan Bangsa-Bangsa (UNHCR).",
            "United Nations High Commissioner for Refugees",
        ),
    ],
)
def test_figures_diplomacy_translated_body_before_known_acronym(
    pipe: Pipeline, text: str, source: str
) -> None:
    assert {s for _, _, s in figures(pipe, text)} == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Menurut UNHCR, kapal itu membawa 150 pengungsi. Tiga orang dilaporkan meninggal dunia selama perjalanan.",
            "United Nations High Commissioner for Refugees",
        ),
        (
            "According to the Red Crescent, 40 people were injured in the blast. Two people were reportedly killed.",
            "Red Crescent",
        ),
    ],
)
def test_figures_diplomacy_agentless_report_keeps_the_last_source(
    pipe: Pipeline, text: str, source: str
) -> None:
    assert {s for _, _, s in figures(pipe, text)} == {source}


def test_figures_diplomacy_report_without_earlier_source_is_none(pipe: Pipeline) -> None:
    found = figures(pipe, "Lima orang tewas dalam kecelakaan itu. Dua orang lainnya dilaporkan hilang.")
    assert {s for _, _, s in found} == {None}
