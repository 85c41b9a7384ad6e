"""Meetings told in less common ways, through the whole pipeline on sentences written for these
tests: royal audiences ("menghadap", "had an audience with"), coordination meetings "bersama",
consultations, "X and his counterpart Y discussed", a closed-door meeting known by who attended,
"met with union leaders, including X", a purpose clause's time word; and the traps (planned,
requested-but-not-held, future talks)."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


def meetings(pipe: Pipeline, text: str) -> list[tuple[set[str], str | None, str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return [(set(m.participants), m.location, m.date) for m in art.meetings]


@pytest.mark.parametrize(
    ("text", "who", "where"),
    [
        (
            "IPOH: Menteri Besar Perak, Datuk Seri Saarani Mohamad hari ini menghadap Sultan Perak, Sultan "
            "Nazrin Muizzuddin Shah di Istana Iskandariah, Kuala Kangsar bagi mempersembahkan laporan "
            "banjir sebelum ia dibentangkan di Dewan Negeri minggu depan.",
            {"Saarani Mohamad", "Nazrin Shah of Perak"},
            "Istana Iskandariah",
        ),
        (
            "SHAH ALAM: Menteri Besar Selangor, Amirudin Shari menghadap Sultan Selangor, Sultan "
            "Sharafuddin Idris Shah di Istana Alam Shah, Klang untuk mempersembahkan bajet negeri.",
            {"Amirudin Shari", "Sharafuddin of Selangor"},
            "Istana Alam Shah",
        ),
        (
            "JOHOR BAHRU: Johor Mentri Besar Onn Hafiz Ghazi had an audience with the Sultan of Johor, "
            "Sultan Ibrahim Iskandar, at Istana Bukit Serene today.",
            {"Onn Hafiz Ghazi", "Ibrahim Iskandar of Johor"},
            "Istana Bukit Serene",
        ),
    ],
)
def test_meetings_audience_royal(pipe: Pipeline, text: str, who: set[str], where: str) -> None:
    [(parties, place, _)] = meetings(pipe, text)
    assert who <= parties and place == where


@pytest.mark.parametrize(
    "text",
    [
        "Sebelumnya, Suharyanto menggelar rapat koordinasi bersama Gubernur Jawa Barat Dedi Mulyadi di Bandung.",
        "Kepala BNPB Suharyanto mengadakan rapat terbatas dengan Gubernur Jawa Barat Dedi Mulyadi di Bandung.",
        "Menteri Amirudin Shari mengadakan mesyuarat khas bersama Menteri Besar Kedah Muhammad Sanusi Md Nor di Alor Setar.",
    ],
)
def test_meetings_audience_rapat_bersama(pipe: Pipeline, text: str) -> None:
    found = meetings(pipe, text)
    assert len(found) == 1 and len(found[0][0]) >= 2


def test_meetings_audience_past_consultation_with_date(pipe: Pipeline) -> None:
    text = (
        "Prabowo Subianto bertemu Anwar Ibrahim di Kuala Lumpur, Senin (27/10/2025). Sebelumnya, keduanya "
        "menggelar konsultasi tahunan di Istana Kepresidenan Bogor, Jawa Barat, pada 12 Januari 2025."
    )
    places = {(place, date) for parties, place, date in meetings(pipe, text) if len(parties) >= 2}
    assert ("Bogor Palace", "2025-01-12") in places


@pytest.mark.parametrize(
    "text",
    [
        "PUTRAJAYA: Trade rules were eased here today. Investment Minister Tengku Zafrul Aziz said he and "
        "his Singaporean counterpart Lim Boon Heng discussed a green lane for investors.",
        "Kuala Lumpur: Menteri Perdagangan Tengku Zafrul Aziz berkata beliau dan rakan sejawatannya dari "
        "Thailand, Somchai Wongsawat membincangkan isu beras di sini hari ini.",
        "Menlu Sugiono mengatakan dia dan mitranya Wang Yi membahas situasi kawasan di Beijing, Senin.",
    ],
)
def test_meetings_audience_counterpart_discussed(pipe: Pipeline, text: str) -> None:
    [(parties, _, _)] = meetings(pipe, text)
    assert len(parties) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Tengku Zafrul Aziz said he and his counterpart Lim Boon Heng will discuss the matter in November.",
        "Menteri Tengku Zafrul Aziz berkata beliau dan rakan sejawatannya, Somchai Wongsawat akan "
        "membincangkan isu beras minggu depan.",
        "Menteri Besar Perak Saarani Mohamad dijadualkan menghadap Sultan Nazrin Shah esok.",
        "Ketua Pembangkang Razman Zakaria berkata pihaknya telah memohon untuk bertemu Saarani Mohamad, "
        "namun pertemuan itu belum diadakan.",
        "Retno Marsudi bertemu Hossein Amirabdollahian di Jenewa bulan depan untuk membahas Gaza.",
    ],
)
def test_meetings_audience_planned_or_not_held_is_none(pipe: Pipeline, text: str) -> None:
    assert meetings(pipe, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The agreement came after a closed-door meeting at the governor's office in Surabaya on Monday, "
        "attended by East Java governor Khofifah Indar Parawansa and union leader Joko Santoso.",
        "Kesepakatan dicapai dalam pertemuan tertutup di Balai Kota Bandung, Selasa, yang dihadiri Wali Kota "
        "Bandung Muhammad Farhan dan Ketua Serikat Buruh Asep Sunandar.",
    ],
)
def test_meetings_audience_closed_door_by_attendees(pipe: Pipeline, text: str) -> None:
    [(parties, _, _)] = meetings(pipe, text)
    assert not any(p in parties for p in ("Bandung", "Surabaya"))
    assert len([p for p in parties if " " in p]) >= 2


def test_meetings_audience_cabinet_attendance_is_none(pipe: Pipeline) -> None:
    text = (
        "The cabinet meeting on Monday was attended by Prime Minister Anwar Ibrahim and Amir Hamzah Azizan."
    )
    assert meetings(pipe, text) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Port director Hendra Wijaya met with union leaders, including union chairman Hasanuddin "
            "Lubis, at the port on Wednesday.",
            {"Hendra Wijaya", "Hasanuddin Lubis"},
        ),
        (
            "Menteri Ketenagakerjaan Yassierli bertemu perwakilan serikat buruh, termasuk Presiden KSPI Said "
            "Iqbal, di Jakarta, Senin.",
            {"Yassierli", "Said Iqbal"},
        ),
    ],
)
def test_meetings_audience_group_including_named_member(pipe: Pipeline, text: str, who: set[str]) -> None:
    [(parties, _, _)] = meetings(pipe, text)
    assert who <= parties


def test_meetings_audience_convention_centre_is_the_venue(pipe: Pipeline) -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di sela KTT ASEAN di "
        "Philippine International Convention Center (PICC), Manila, Filipina, Selasa (27/10/2026)."
    )
    [(_, place, date)] = meetings(pipe, text)
    assert (place, date) == ("Philippine International Convention Center", "2026-10-27")


@pytest.mark.parametrize(
    "text",
    [
        "Indonesian Ambassador Hermono paid a courtesy call on Prime Minister Anwar Ibrahim at Seri Perdana "
        "yesterday.",
        "Japanese Ambassador Katsuhiko Takahashi paid a courtesy visit to Prime Minister Anwar Ibrahim in "
        "Putrajaya.",
    ],
)
def test_meetings_audience_courtesy_call_on(pipe: Pipeline, text: str) -> None:
    [(parties, _, _)] = meetings(pipe, text)
    assert "Anwar Ibrahim" in parties and len(parties) == 2


def test_meetings_audience_courtesy_call_planned_is_none(pipe: Pipeline) -> None:
    text = "Ambassador Katsuhiko Takahashi will pay a courtesy call on Anwar Ibrahim next week."
    assert meetings(pipe, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "IPOH: Menteri Besar Perak, Saarani Mohamad hari ini menghadap Sultan Nazrin Muizzuddin Shah di "
        "Istana Iskandariah bagi mempersembahkan Belanjawan 2027 yang akan dibentangkan minggu depan.",
        "Saarani Mohamad met Sultan Nazrin Shah at Istana Iskandariah to present the state budget before "
        "it is tabled next week.",
    ],
)
def test_meetings_audience_purpose_event_time_is_not_the_meetings(pipe: Pipeline, text: str) -> None:
    [(parties, place, _)] = meetings(pipe, text)
    assert {"Saarani Mohamad", "Nazrin Shah of Perak"} <= parties and place == "Istana Iskandariah"


def test_meetings_audience_purpose_with_own_future_time_is_none(pipe: Pipeline) -> None:
    assert (
        meetings(pipe, "Anwar Ibrahim bertemu Prabowo Subianto untuk menandatangani perjanjian itu esok.")
        == []
    )
