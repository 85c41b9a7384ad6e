"""Meetings in diplomacy reports, through the whole pipeline on sentences written for these tests:
readiness to meet is no meeting, the body in its head's title ("Sekretaris Jenderal PBB X", "Speaker
Dewan Rakyat Tan Sri X") is no party, and an office the entity stage links as a place of its own
("Markas Besar PBB, New York") is the venue, not the city after it."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


def meetings(pipe: Pipeline, text: str) -> list[tuple[list[str], str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return [(m.participants, m.location) for m in art.meetings]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Kantor Kepresidenan Ukraina Andriy Yermak mengatakan delegasi Ukraina siap bertemu pejabat Rusia "
        "di Istanbul, Turki, jika Moskow menerima gencatan senjata.",
        "Presiden Ukraina Volodymyr Zelensky mengatakan ia siap bertemu Presiden Rusia Vladimir Putin di Istanbul.",
        "Wisma Putra berkata Malaysia bersedia mengadakan pertemuan dengan pihak Thailand di Kuala Lumpur.",
        "Zelensky said he was ready to meet Putin in Istanbul at any time.",
    ],
)
def test_meetings_diplomacy_readiness_is_no_meeting(pipe: Pipeline, text: str) -> None:
    assert meetings(pipe, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Menteri Luar Negeri Sugiono bertemu Sekretaris Jenderal PBB Antonio Guterres di New York, Ahad (22/11/2026).",
            {"Sugiono", "António Guterres"},
        ),
        (
            "Foreign Minister Sugiono met UN Secretary-General Antonio Guterres in New York on Sunday.",
            {"Sugiono", "António Guterres"},
        ),
        (
            "Perdana Menteri Anwar Ibrahim menerima kunjungan hormat Setiausaha Agung ASEAN Kao Kim Hourn di Putrajaya.",
            {"Anwar Ibrahim", "Kao Kim Hourn"},
        ),
        (
            "Dewan Rakyat Speaker Johari Abdul met Turkish ambassador Salim Yuksel in Kuala Lumpur on Monday.",
            {"Johari Abdul"},
        ),
        (
            "Duta Besar Turkiye ke Malaysia, Emir Salim Yuksel hari ini mengadakan kunjungan hormat ke atas Speaker "
            "Dewan Rakyat Tan Sri Johari Abdul di Bangunan Parlimen di sini.",
            {"Johari Abdul"},
        ),
    ],
)
def test_meetings_diplomacy_body_in_head_title_is_no_party(
    pipe: Pipeline, text: str, names: set[str]
) -> None:
    found = meetings(pipe, text)
    assert len(found) == 1
    parties = set(found[0][0])
    assert names <= parties
    assert not parties & {"United Nations", "ASEAN", "Dewan Rakyat", "Speaker"}


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Luar Negeri Sugiono bertemu Sekretaris Jenderal PBB Antonio Guterres di Markas Besar PBB, New York, "
        "Ahad (22/11/2026).",
        "Menteri Luar Negeri Datuk Seri Mohamad Hasan bertemu Setiausaha Agung PBB Antonio Guterres di Ibu Pejabat "
        "PBB, New York.",
    ],
)
def test_meetings_diplomacy_linked_office_is_the_venue(pipe: Pipeline, text: str) -> None:
    assert [loc for _, loc in meetings(pipe, text)] == ["Headquarters of the United Nations"]


def test_meetings_diplomacy_unlinked_office_gives_the_city(pipe: Pipeline) -> None:
    text = (
        "Gubernur Kaltim Isran Noor menerima Duta Besar Jepang Kenji Kanasugi di Kantor Gubernur Kaltim, "
        "Samarinda, Senin."
    )
    assert [loc for _, loc in meetings(pipe, text)] == ["Samarinda"]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Menteri Luar Negeri RI Sugiono dan Menteri Luar Negeri China Wang Yi menggelar pertemuan bilateral di "
            "Wisma Tamu Negara Diaoyutai, Beijing, Senin (23/11/2026).",
            "Diaoyutai State Guesthouse",
        ),
        (
            "Sugiono melakukan kunjungan kehormatan kepada Wakil Presiden China Han Zheng di Balai Agung Rakyat, Beijing.",
            "Great Hall of the People",
        ),
    ],
)
def test_meetings_diplomacy_translated_venue_gets_english_name(pipe: Pipeline, text: str, venue: str) -> None:
    assert [loc for _, loc in meetings(pipe, text)] == [venue]


@pytest.mark.parametrize(
    "text",
    [
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Egyptian Foreign Minister Badr Abdelatty "
        "met a Hamas delegation led by Khalil al-Hayya in Cairo on Sunday.\n"
        "Egyptian intelligence chief Hassan Rashad also attended the talks, according to a statement.",
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Egyptian Foreign Minister Badr Abdelatty "
        "met a Hamas delegation led by Khalil al-Hayya in Cairo on Sunday.\n"
        "Egyptian Intelligence Chief Hassan Rashad also attended the talks.",
    ],
)
def test_meetings_diplomacy_also_attended_the_talks_joins(pipe: Pipeline, text: str) -> None:
    found = meetings(pipe, text)
    assert len(found) == 1 and "Hassan Rashad" in found[0][0]


def test_meetings_diplomacy_unnamed_attendees_join_nobody(pipe: Pipeline) -> None:
    text = (
        "Prime Minister Anwar Ibrahim met Thai Prime Minister Anutin Charnvirakul in Putrajaya on Monday.\n"
        "Several ministers also attended the talks."
    )
    assert [sorted(p) for p, _ in meetings(pipe, text)] == [["Anutin Charnvirakul", "Anwar Ibrahim"]]


def test_meetings_diplomacy_title_taken_for_a_body_is_no_party(pipe: Pipeline) -> None:
    text = (
        "Duta Turkiye kunjungi Speaker Dewan Rakyat, bincang kerjasama parlimen\n"
        "KUALA LUMPUR -- Duta Besar Turkiye ke Malaysia, Emir Salim Yuksel hari ini mengadakan kunjungan hormat "
        "ke atas Speaker Dewan Rakyat Tan Sri Johari Abdul di Bangunan Parlimen di sini."
    )
    found = meetings(pipe, text)
    assert len(found) == 1
    assert "Johari Abdul" in found[0][0] and not {"Speaker", "Dewan Rakyat"} & set(found[0][0])
    assert found[0][1] == "Malaysian Houses of Parliament"
