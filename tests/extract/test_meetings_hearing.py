"""Committee hearings as meetings (RDP / RDPU / raker, Malay "prosiding" / "sesi pendengaran", English
"hearing with"), through the whole pipeline on sentences written for these tests; scheduled, planned,
postponed hearings and a court's hearing are no meeting."""

from __future__ import annotations

import pytest

from warta.model import Article, Meeting
from warta.pipeline import Pipeline, default_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def meetings(pipeline: Pipeline, text: str) -> list[Meeting]:
    return pipeline(Article(id="t", raw=text)).meetings


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Komisi III DPR menggelar RDP dengan Badan Narkotika Nasional (BNN) pada Senin. Rapat dipimpin "
            "oleh Ketua Komisi III Habiburokhman. Kepala BNN Marthinus Hukom hadir dalam rapat tersebut.",
            {"Dewan Perwakilan Rakyat", "Badan Narkotika Nasional"},
        ),
        (
            "Komisi X DPR RI menggelar rapat dengar pendapat (RDP) dengan Badan Riset dan Inovasi Nasional "
            "di Senayan, Selasa.",
            {"Dewan Perwakilan Rakyat", "Badan Riset dan Inovasi Nasional"},
        ),
        (
            "Dalam RDP Komisi III DPR dengan BNN di Senayan, Senin, Kepala BNN Marthinus Hukom mengatakan "
            "peredaran narkoba meningkat.",
            {"Dewan Perwakilan Rakyat", "Badan Narkotika Nasional"},
        ),
        (
            "Komisi II DPR menggelar rapat kerja (raker) dengan Menteri Dalam Negeri Tito Karnavian di "
            "Senayan, Jakarta.",
            {"Dewan Perwakilan Rakyat", "Tito Karnavian"},
        ),
        (
            "RDP antara Komisi III DPR dan Badan Narkotika Nasional berlangsung tertutup di Senayan, Senin.",
            {"Dewan Perwakilan Rakyat", "Badan Narkotika Nasional"},
        ),
        (
            "Jawatankuasa Pilihan Khas Dewan Rakyat mengadakan sesi pendengaran dengan Suruhanjaya "
            "Pencegahan Rasuah Malaysia (SPRM) semalam. Ketua Pesuruhjaya SPRM Azam Baki hadir pada sesi itu.",
            {"Dewan Rakyat", "Suruhanjaya Pencegahan Rasuah Malaysia", "Azam Baki"},
        ),
        (
            "Jawatankuasa Pilihan Khas Parlimen mengenai Pertahanan mengadakan prosiding bersama Angkatan "
            "Tentera Malaysia hari ini. Prosiding itu dipengerusikan oleh Ahmad Fadhli Shaari.",
            {"Angkatan Tentera Malaysia", "Ahmad Fadhli Shaari"},
        ),
        (
            "The House of Representatives' Commission IV held a hearing with the National Food Agency in "
            "Jakarta on Wednesday. The hearing was chaired by commission deputy chair Andi Susanto.",
            {"Dewan Perwakilan Rakyat", "Andi Susanto"},
        ),
    ],
)
def test_meetings_hearing_committee_and_agency(pipeline: Pipeline, text: str, sides: set[str]) -> None:
    [meeting] = meetings(pipeline, text)
    assert sides <= set(meeting.participants)


def test_meetings_hearing_chair_and_head_present_take_part(pipeline: Pipeline) -> None:
    text = (
        "Komisi IV DPR menggelar rapat dengar pendapat dengan Badan Pangan Nasional di Senayan. Rapat "
        "dipimpin Wakil Ketua Komisi IV Andi Susanto. Kepala Badan Pangan Nasional Arief Prasetyo Adi "
        "hadir bersama jajarannya."
    )
    [meeting] = meetings(pipeline, text)
    assert {"Andi Susanto", "Arief Prasetyo Adi"} <= set(meeting.participants)


@pytest.mark.parametrize(
    "text",
    [
        "Komisi IV DPR dijadwalkan menggelar rapat dengar pendapat dengan Badan Pangan Nasional pekan depan.",
        "Komisi III DPR akan menggelar RDP dengan Badan Narkotika Nasional pada Kamis.",
        "Komisi III DPR berencana menggelar rapat dengar pendapat dengan Badan Narkotika Nasional.",
        "Rapat dengar pendapat Komisi III DPR dengan Badan Narkotika Nasional ditunda.",
        "Jawatankuasa Pilihan Khas Parlimen akan mengadakan sesi pendengaran dengan Suruhanjaya Pilihan "
        "Raya minggu depan.",
        "Mahkamah Tinggi Shah Alam mengadakan prosiding dengan peguam kedua-dua pihak semalam.",
        "The court held a hearing with lawyers from Malaysia Airlines on Monday.",
        "KUALA LUMPUR: The Court of Appeal heard the Malaysian Anti-Corruption Commission's appeal in a "
        "hearing with lawyers for Felda on Tuesday.",
        "Komisi III DPR meminta BNN hadir dalam RDP berikutnya.",
        "Komisi III DPR mendesak Badan Narkotika Nasional hadir dalam rapat dengar pendapat.",
    ],
)
def test_meetings_hearing_scheduled_postponed_or_court_is_none(pipeline: Pipeline, text: str) -> None:
    assert meetings(pipeline, text) == []


def test_meetings_hearing_attending_is_taking_part(pipeline: Pipeline) -> None:
    for text in (
        "Kepala BNN Marthinus Hukom hadir dalam rapat dengar pendapat dengan Komisi III DPR di Senayan, Senin.",
        "Kepala BNN Marthinus Hukom menghadiri RDP dengan Komisi III DPR di Senayan, Senin.",
    ):
        [meeting] = meetings(pipeline, text)
        assert {"Marthinus Hukom", "Dewan Perwakilan Rakyat"} <= set(meeting.participants)
    absent = "Kepala BNN Marthinus Hukom tidak hadir dalam RDP dengan Komisi III DPR di Senayan, Senin."
    assert meetings(pipeline, absent) == []
    assert meetings(pipeline, "Presiden Joko Widodo hadir dalam pertemuan dengan Anwar Ibrahim.") == []


def test_meetings_hearing_room_gives_way_to_its_building(pipeline: Pipeline) -> None:
    text = (
        "JAKARTA, KOMPAS.com - Komisi X DPR RI menggelar rapat dengar pendapat (RDP) bersama Badan Riset dan "
        "Inovasi Nasional (BRIN) di ruang rapat Komisi X, Gedung Nusantara I, Kompleks Parlemen, Senayan, "
        "Jakarta, Rabu (12/11/2025)."
    )
    [meeting] = meetings(pipeline, text)
    # the numbered building is a place of its own, as the guidelines list "Gedung Nusantara III"
    assert meeting.location == "Gedung Nusantara I"


def test_meetings_hearing_request_made_during_a_hearing_keeps_it(pipeline: Pipeline) -> None:
    text = (
        "Wakil Ketua Komisi III DPR Ahmad Sahroni meminta BNN lebih tegas dalam rapat dengar pendapat dengan "
        "BNN di Senayan, Senin."
    )
    [meeting] = meetings(pipeline, text)
    assert {"Dewan Perwakilan Rakyat", "Badan Narkotika Nasional"} <= set(meeting.participants)
