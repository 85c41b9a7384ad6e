"""Figures in forms seen in match reports and accident stories, through the whole pipeline on
sentences written for these tests: "lima lagi masih hilang" (a bare number, "lagi" and an adverb),
fans and supporters detained or injured with the police officer as source, a subset of union
members, and a data system's owner as the source."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


def figures(pipe: Pipeline, text: str) -> set[tuple[int, str, str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return {(f.value, f.measure, f.source) for f in art.figures}


@pytest.mark.parametrize(
    "text",
    [
        "Tiga penumpang maut manakala lima lagi masih hilang selepas bot itu karam.",
        "Tiga penumpang maut manakala lima lagi hilang selepas bot itu karam.",
        "Dua pendaki ditemukan tewas, sedangkan lima lagi masih hilang di gunung itu.",
        "Three fishermen were found dead while five more are still missing.",
        "Seramai lima mangsa masih belum ditemui sehingga petang ini.",
        "Tiga orang disahkan maut dan lima lagi masih belum ditemui.",
    ],
)
def test_figures_more_counts_more_still_missing(pipe: Pipeline, text: str) -> None:
    assert (5, "missing", None) in figures(pipe, text)


def test_figures_more_counts_rescued_more_is_none(pipe: Pipeline) -> None:
    assert figures(pipe, "Bot itu membawa 19 penumpang manakala lima lagi terselamat.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selangor police chief Comm Hussein Omar Khan said 15 supporters were arrested after the match. "
            "He said four spectators were injured when a flare was thrown.",
            {(15, "detained", "Hussein Omar Khan"), (4, "injured", "Hussein Omar Khan")},
        ),
        (
            "Ketua Polis Daerah Kuantan ACP Wan Mohd Zahari Wan Busu berkata 12 penyokong ditahan selepas "
            "pergaduhan itu.",
            {(12, "detained", "Wan Mohd Zahari Wan Busu")},
        ),
    ],
)
def test_figures_more_counts_fans_and_police_source(
    pipe: Pipeline, text: str, expected: set[tuple[int, str, str | None]]
) -> None:
    assert figures(pipe, text) == expected


def test_figures_more_counts_spectators_alone_are_none(pipe: Pipeline) -> None:
    assert figures(pipe, "The final was watched by 80,000 spectators at the national stadium.") == set()


def test_figures_more_counts_union_members_subset(pipe: Pipeline) -> None:
    text = "Police said 40 protesters were arrested at the gate, including six union members."
    assert {(v, m) for v, m, _ in figures(pipe, text)} == {(40, "detained"), (6, "detained")}


def test_figures_more_counts_data_system_owner_is_source(pipe: Pipeline) -> None:
    text = (
        "Berdasarkan data Sistem Informasi Kebencanaan Terpadu (Sikenter) Badan Nasional Penanggulangan "
        "Bencana, hingga Senin tercatat 45 orang meninggal akibat banjir."
    )
    assert figures(pipe, text) == {(45, "killed", "Badan Nasional Penanggulangan Bencana")}


def test_figures_more_counts_taken_into_custody(pipe: Pipeline) -> None:
    text = "Eleven supporters were taken into custody, district police chief ACP Rahmat Ariffin said."
    assert figures(pipe, text) == {(11, "detained", "Rahmat Ariffin")}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Tiga mangsa masih hilang, menurut Pengarah Maritim Negeri Sabah, Laksamana Pertama Maritim "
            "Mohd Rizal Hashim.",
            "Mohd Rizal Hashim",
        ),
        ("Menurut Ketua Polis Daerah Semporna, Supt Anuar Saidin, dua individu ditahan.", "Anuar Saidin"),
        ("Menurut Kepala Basarnas Kendari, Yusuf Hidayat, tujuh orang masih hilang.", "Yusuf Hidayat"),
    ],
)
def test_figures_more_counts_title_holder_is_source(pipe: Pipeline, text: str, who: str) -> None:
    assert {src for _, _, src in figures(pipe, text)} == {who}


def test_figures_more_counts_body_source_stays_body(pipe: Pipeline) -> None:
    text = "Menurut Basarnas, tujuh orang masih hilang dan Yusuf Hidayat memimpin pencarian."
    assert figures(pipe, text) == {(7, "missing", "Badan Nasional Pencarian dan Pertolongan")}
