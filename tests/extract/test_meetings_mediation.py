"""Meetings a host or mediator brings about, and participant naming around them, through the whole
pipeline on sentences written for these tests: "brought together X and Y", "mempertemukan",
"mempengerusikan sesi perantaraan antara A dan B" (a hall named after a person is the venue, not a
party), "X dan rakan sejawatannya dari ..., Y, mengadakan rundingan di Z", "the Yang di-Pertuan Agong,
Sultan Ibrahim", a gathering at a leader's residence, and a pronoun whose person is named before a
quote of several sentences; the trap: a title's state before a comma is no party."""

from __future__ import annotations

import pytest

from warta.extract.attribution import Named
from warta.extract.meetings_parties import real_names
from warta.model import Article
from warta.pipeline import Pipeline


def meetings(pipe: Pipeline, text: str) -> list[tuple[set[str], str | None, str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return [(set(m.participants), m.location, m.date) for m in art.meetings]


@pytest.mark.parametrize(
    ("text", "who", "where"),
    [
        (
            "PUTRAJAYA – Foreign Minister Mohamad Hasan brought together Philippine Foreign Secretary Enrique "
            "Manalo and Vietnamese Foreign Minister Bui Thanh Son at Seri Perdana on March 3, 2026.",
            {"Mohamad Hasan", "Enrique Manalo", "Bui Thanh Son"},
            "Seri Perdana",
        ),
        (
            "Gubernur Jawa Barat Dedi Mulyadi mempertemukan Bupati Bogor Rudy Susmanto dan Wali Kota Depok "
            "Supian Suri di Gedung Sate, Bandung, Senin (2/3/2026).",
            {"Dedi Mulyadi", "Rudy Susmanto", "Supian Suri"},
            "Gedung Sate",
        ),
        (
            "KUANTAN: Menteri Besar Pahang Wan Rosdy Wan Ismail mempengerusikan sesi perantaraan antara "
            "Persatuan Peladang Kuantan dan Felda di Dewan Tun Abdul Razak, di sini, semalam.",
            {"Wan Rosdy Wan Ismail", "Persatuan Peladang Kuantan"},
            "Dewan Tun Abdul Razak",
        ),
        (
            "PUTRAJAYA: Perdana Menteri Anwar Ibrahim dan rakan sejawatannya dari Thailand, Anutin "
            "Charnvirakul, mengadakan rundingan dua hala di Seri Perdana di sini semalam.",
            {"Anwar Ibrahim", "Anutin Charnvirakul"},
            "Seri Perdana",
        ),
        (
            "KUALA LUMPUR: Anwar Ibrahim had an audience with the Yang di-Pertuan Agong, Sultan Ibrahim, "
            "at Istana Negara on Monday.",
            {"Anwar Ibrahim", "Ibrahim Iskandar of Johor"},
            "Istana Negara",
        ),
        (
            "Jakarta — Para ketua umum partai anggota Koalisi Indonesia Maju berkumpul di kediaman Presiden "
            "Prabowo Subianto di Jalan Kertanegara, Jakarta Selatan.",
            {"Koalisi Indonesia Maju", "Prabowo Subianto"},
            "Jalan Kertanegara",
        ),
    ],
)
def test_meetings_mediation_sides_and_place(pipe: Pipeline, text: str, who: set[str], where: str) -> None:
    [(parties, place, _)] = meetings(pipe, text)
    assert who <= parties and place == where


def test_meetings_mediation_hall_namesake_no_party(pipe: Pipeline) -> None:
    text = (
        "KUANTAN: Menteri Besar Pahang Wan Rosdy Wan Ismail mempengerusikan sesi perantaraan antara "
        "Persatuan Peladang Kuantan dan Felda di Dewan Tun Abdul Razak, di sini, semalam."
    )
    [(parties, _, _)] = meetings(pipe, text)
    assert not any("Razak" in p for p in parties)


def test_meetings_mediation_pronoun_past_long_quote(pipe: Pipeline) -> None:
    text = (
        'KOTA BHARU: Menteri Kesihatan Dzulkefly Ahmad berkata 40 klinik ditutup. "Kami pantau. Kami bantu. '
        'Kami pulihkan." "Semua selamat," katanya. Beliau berkata demikian selepas mengadakan pertemuan '
        "dengan Menteri Besar Kelantan, Datuk Mohd Nassuruddin Daud di Kota Darulnaim."
    )
    [(parties, _, _)] = meetings(pipe, text)
    assert {"Dzulkefly Ahmad", "Mohd Nassuruddin Daud"} <= parties and "Kelantan" not in parties


def test_meetings_mediation_title_state_before_comma_no_party(pipe: Pipeline) -> None:
    text = (
        "Pada pagi itu, beliau terlebih dahulu mengadakan kunjungan hormat ke atas Ketua Menteri Sarawak, "
        "Datuk Patinggi Abang Johari Openg, di Kuching."
    )
    assert all("Sarawak" not in parties for parties, _, _ in meetings(pipe, text))


def test_meetings_mediation_body_building_venue(pipe: Pipeline) -> None:
    text = (
        "PUTRAJAYA: Menteri Pertahanan Mohamed Khaled Nordin dan Menteri Pertahanan Singapura Chan Chun Sing "
        "mengadakan pertemuan di Kementerian Pertahanan, Wisma Pertahanan, pagi tadi."
    )
    [(parties, place, _)] = meetings(pipe, text)
    assert {"Mohamed Khaled Nordin", "Chan Chun Sing"} <= parties and place == "Wisma Pertahanan"


def test_meetings_mediation_headline_ghost_person_dropped() -> None:
    text = (
        "Komisi II Gelar Rapat dengan Mendagri, Soroti Pemekaran Wilayah\n"
        "Komisi II menggelar rapat dengan Menteri Dalam Negeri Tito Karnavian. Tito hadir."
    )

    def span(words: str) -> Named:
        i = text.index(words)
        return Named(i, i + len(words), words, words, "person")

    kept = real_names(text, [span("Soroti Pemekaran"), span("Tito Karnavian")])
    assert [n.name for n in kept] == ["Tito Karnavian"]


def test_meetings_mediation_pair_last_met(pipe: Pipeline) -> None:
    text = (
        "SINGAPURA – Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Singapura Vivian Balakrishnan "
        "di Singapura, Selasa (3/3/2026). Kedua menlu terakhir kali bertemu di Jakarta pada 12 Januari 2026. "
        "Kedua menlu terakhir kali berbicara lewat telepon pekan lalu."
    )
    found = meetings(pipe, text)
    assert any(
        {"Sugiono", "Vivian Balakrishnan"} <= p and w == "Jakarta" and d == "2026-01-12" for p, w, d in found
    )
    assert len(found) == 2
