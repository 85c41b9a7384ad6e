"""Local facilities, unit names and regional offices in domestic news: residences, hospitals named after
people, numbered schools, fire stations, religious and land offices, township sections, English
"<Name> regency" and "<Name>'s Association" forms, and unit or title words that are not names
(invented sentences)."""

from __future__ import annotations

import pytest

import warta


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in warta.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bupati bertemu menteri di Pendopo Garut, Jumat pagi.", "Pendopo Garut"),
        ("Rapat digelar di Pendopo Kabupaten Sumedang kemarin.", "Pendopo Kabupaten Sumedang"),
        ("Korban dirawat di RSUD dr. Soekardjo, Kota Tasikmalaya, sejak Senin.", "RSUD dr. Soekardjo"),
        ("Jenazah disemayamkan di Masjid Hj. Siti Aminah sebelum dimakamkan.", "Masjid Hj. Siti Aminah"),
        ("Para korban luka dirawat di RSI Muhammadiyah Batang, kata polisi.", "RSI Muhammadiyah Batang"),
        ("Pengungsi ditampung di SDN Mekarsari 1 sejak Selasa.", "SDN Mekarsari 1"),
        ("Pengungsi ditampung di SMPN Cibeber 3 dan balai desa.", "SMPN Cibeber 3"),
        (
            "Sebanyak 35 anggota dari Balai Bomba dan Penyelamat Titiwangsa dikejarkan.",
            "Balai Bomba dan Penyelamat Titiwangsa",
        ),
        ("Suspek dibawa ke Balai Polis Dang Wangi untuk siasatan.", "Balai Polis Dang Wangi"),
        ("JAIS menyerbu sebuah pusat hiburan di Seksyen 13 pada Sabtu.", "Seksyen 13"),
        ("Kebakaran berlaku di Presint 9, Putrajaya awal pagi.", "Presint 9"),
        ("The body was found in Section 7, Shah Alam, on Monday.", "Section 7"),
        ("The regent visited the Konga shelter on Sunday.", "Konga"),
        ("Residents of the Boru village fled on foot.", "Boru"),
    ],
)
def test_entities_local_facility_is_one_place(text: str, place: str) -> None:
    assert _names(text).get(place) == "location"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Sampel dikirim ke Balai Besar Laboratorium Kesehatan di Bandung.",
            "Balai Besar Laboratorium Kesehatan",
        ),
        ("Menurut Balai Besar Wilayah Sungai Citarum, debit air naik.", "Balai Besar Wilayah Sungai Citarum"),
        (
            "Mereka dibawa ke Pejabat Agama Islam Daerah Petaling untuk siasatan.",
            "Pejabat Agama Islam Daerah Petaling",
        ),
        ("Pejabat Tanah dan Galian Selangor mengeluarkan notis.", "Pejabat Tanah dan Galian Selangor"),
        (
            "Penang Inshore Fishermen's Association chairman Ismail Hamid said they waited.",
            "Penang Inshore Fishermen's Association",
        ),
        ("The Workers' Party won the seat.", "Workers' Party"),
        (
            "The Malaysian Maritime Enforcement Agency said patrols would rise.",
            "Agensi Penguatkuasaan Maritim Malaysia",
        ),
        (
            "Officers from the Malaysian Maritime Enforcement Agency detained two boats.",
            "Agensi Penguatkuasaan Maritim Malaysia",
        ),
    ],
)
def test_entities_local_office_is_one_body(text: str, body: str) -> None:
    assert _names(text).get(body) == "organization"


@pytest.mark.parametrize(
    ("text", "not_entity"),
    [
        (
            "Direktur Reserse Kriminal Khusus Polda Sumut, Kombes Darmawan Situmorang, berkata.",
            "Reserse Kriminal",
        ),
        ("Sopir bus diamankan di Satlantas Polres Batang untuk dimintai keterangan.", "Satlantas"),
        ("Ketua Whip pembangkang, Hamzah Rashid, mendakwa kerajaan tidak adil.", "Whip"),
        ("Datuk Bandar Kuala Lumpur, Datuk Fadhlina Aziz, meninjau lokasi.", "Bandar"),
        ("Mount Lewotobi in East Flores regency erupted twice on Saturday.", "East"),
        ("Para korban luka dirawat di RSI Muhammadiyah Batang, kata polisi.", "Muhammadiyah"),
    ],
)
def test_entities_unit_and_title_words_are_no_names(text: str, not_entity: str) -> None:
    assert not_entity not in _names(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The association met state executive councillor Leong Kah Seng last month.", "Leong Kah Seng"),
        ("Councillor Tan Ah Kow said the drains were cleared.", "Tan Ah Kow"),
        ("Datuk Bandar Kuala Lumpur, Datuk Fadhlina Aziz, meninjau lokasi.", "Fadhlina Aziz"),
    ],
)
def test_entities_councillor_and_mayor_titles_mark_persons(text: str, person: str) -> None:
    assert _names(text).get(person) == "person"


@pytest.mark.parametrize(
    ("text", "regency"),
    [
        ("Mount Lewotobi in East Flores regency erupted twice on Saturday.", "East Flores Regency"),
        ("East Flores Regent Yosef Lamanepa visited the shelter.", "East Flores Regency"),
        ("The floods hit the West Bandung regency on Monday.", "West Bandung Regency"),
    ],
)
def test_entities_english_regency_form(text: str, regency: str) -> None:
    names = _names(text)
    assert names.get(regency) == "location"
    assert "Flores" not in names


def test_entities_parliament_building_after_a_room_word() -> None:
    assert (
        _names("Dia ditemui di lobi Parlimen petang tadi.").get("Malaysian Houses of Parliament")
        == "location"
    )
    assert "Malaysian Houses of Parliament" not in _names("Isu itu dibangkitkan di Parlimen semalam.")
    assert "Malaysian Houses of Parliament" not in _names("Pembubaran Parlimen dijangka tahun depan.")


def test_entities_home_country_picks_the_malaysian_town() -> None:
    text = (
        "SHAH ALAM: Pakatan Harapan leaders met in Selangor, Malaysia, ahead of the Tanjung Karang "
        "by-election."
    )
    names = _names(text)
    assert names.get("Tanjung Karang") == "location"
    assert "Bandar Lampung" not in names


def test_entities_court_seat_after_bracketed_acronym() -> None:
    names = _names("Terdakwa disidang di Pengadilan Negeri (PN) Jakarta Selatan, Senin.")
    assert names.get("Pengadilan Negeri Jakarta Selatan") == "organization"


def test_entities_state_in_a_law_title_is_no_place() -> None:
    names = _names("Mereka disiasat di bawah Enakmen Jenayah Syariah (Selangor) 1995 di Shah Alam.")
    assert "Selangor" not in names
    assert names.get("Shah Alam") == "location"
    assert _names("Banjir besar melanda Klang (Selangor) pada 1995.").get("Selangor") == "location"


def test_entities_known_owner_before_a_possessive_body() -> None:
    names = _names("Malaysia's Bar Council said the law was unfair.")
    assert names.get("Malaysia") == "location"
    assert "Malaysia's Bar Council" not in names
