"""Meetings told in three less common ways, through the whole pipeline on sentences written for these
tests: a venue named by its kind and its place ("di Pendopo Sleman", "di Balai Kota Surabaya"), a
noun with both sides after it ("pertemuan X dengan Y", told in testimony), and a minister telling in
a quote that he met the unnamed officials of two states (the speaker is the side, each state stands
in for its officials: one meeting each); and the traps (a planned meeting)."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


def meetings(pipe: Pipeline, text: str) -> list[tuple[set[str], str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return [(set(m.participants), m.location) for m in art.meetings]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "Wali Kota Terima Menteri\nWali Kota Surabaya Eri Cahyadi menerima Menteri Sosial Tri "
            "Rismaharini di Balai Kota Surabaya, Senin (2/3/2026).",
            "Balai Kota Surabaya",
        ),
        (
            "Bupati Bertemu Gubernur\nBupati Sleman Kustini Sri Purnomo bertemu Gubernur DIY Sri Sultan "
            "Hamengku Buwono X di Pendopo Sleman kemarin.",
            "Pendopo Sleman",
        ),
        (
            "Bupati Temui Menteri\nGarut - Bupati Garut Asep Kurniawan bertemu Menteri Dalam Negeri Bambang "
            "Sutrisno di Pendopo Garut, Jumat (20/11/2026). Pertemuan itu membahas relokasi warga.",
            "Pendopo Garut",
        ),
    ],
)
def test_meetings_venue_kind_and_place_is_the_venue(pipe: Pipeline, text: str, where: str) -> None:
    found = meetings(pipe, text)
    assert len(found) == 1 and found[0][1] == where


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Sidang Suap\nSaksi mengaku pernah mengatur pertemuan Budi Santoso dengan Direktur PT Maju "
            "Jaya, Andi Wijaya, di sebuah restoran di Surabaya.",
            {"Budi Santoso", "Andi Wijaya"},
        ),
        (
            "Mahkamah\nSaksi memberitahu mahkamah bahawa perjumpaan Ahmad Zaki dengan Lim Kok Wing berlaku "
            "di Kuala Lumpur pada tahun lalu.",
            {"Ahmad Zaki", "Lim Kok Wing"},
        ),
        (
            "Court\nThe witness told the court he had arranged a meeting between Rahmat Hidayat and Henry "
            "Tanoto at a hotel in Jakarta in March.",
            {"Rahmat Hidayat", "Henry Tanoto"},
        ),
    ],
)
def test_meetings_noun_with_both_sides_after_it(pipe: Pipeline, text: str, who: set[str]) -> None:
    found = meetings(pipe, text)
    assert len(found) == 1 and who <= found[0][0]
    assert len(found[0][0]) <= 3  # the witness who tells it is no side


@pytest.mark.parametrize(
    "text",
    [
        "Sidang Suap\nJaksa menyebut rencana pertemuan Budi Santoso dengan Andi Wijaya pekan depan akan dibahas.",
        "Court\nProsecutors said the planned meeting between Anwar Ibrahim and Prabowo Subianto next week was "
        "cancelled.",
    ],
)
def test_meetings_noun_with_both_sides_planned_is_none(pipe: Pipeline, text: str) -> None:
    assert meetings(pipe, text) == []


@pytest.mark.parametrize(
    ("text", "who", "places"),
    [
        (
            "Parlimen\nMenteri Pertanian, Mohamad Sabu, berkata isu itu sudah dibincangkan.\n"
            '"Saya sudah bertemu Menteri Besar Perak dan Exco Johor minggu lalu. Semua negeri bersetuju," '
            "katanya.",
            "Mohamad Sabu",
            {"Perak", "Johor"},
        ),
        (
            "Nation\nDeputy minister Lim Hui Ying defended the bill in parliament.\n"
            '"I met the Penang and Selangor state governments last month and they agreed," she said.',
            "Lim Hui Ying",
            {"Penang", "Selangor"},
        ),
        (
            "DPR\nMenteri Pertanian Andi Amran Sulaiman menegaskan kebijakan itu sudah disosialisasikan.\n"
            '"Saya sudah bertemu Gubernur Jawa Timur dan Gubernur Jawa Tengah bulan lalu," kata Amran.',
            "Andi Amran Sulaiman",
            {"East Java", "Central Java"},
        ),
    ],
)
def test_meetings_quoted_first_person_one_per_state(
    pipe: Pipeline, text: str, who: str, places: set[str]
) -> None:
    found = meetings(pipe, text)
    assert sorted(sorted(p) for p, _ in found) == sorted(sorted({who, place}) for place in places)
