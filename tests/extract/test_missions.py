"""Bodies named around a country: possessive ministries, embassies, speaking seats, office words,
currencies, spelt-out acronyms, "bin"-less royal names and names cut at "of" (sentences written here)."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.model import Article, Entity


def entities(text: str, outlet: str | None = None) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(Article(id="t", text=text, outlet=outlet))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talks ended, according to a statement from Egypt's Ministry of Foreign Affairs.",
            "Ministry of Foreign Affairs (Egypt)",
        ),
        ("China's foreign ministry said the vessel had intruded.", "Ministry of Foreign Affairs (China)"),
        ("Qatar's Foreign Ministry welcomed the step.", "Ministry of Foreign Affairs (Qatar)"),
        ("Iran’s foreign ministry summoned the envoy.", "Ministry of Foreign Affairs (Iran)"),
    ],
)
def test_missions_possessive_ministry_is_that_countrys(text: str, name: str) -> None:
    found = entities(text)
    assert name in found and found[name].type == "organization"
    assert not any(e.type == "person" for e in found.values())


def test_missions_possessive_keeps_a_known_name_of_its_own() -> None:
    found = entities("Gaza's Health Ministry says 300 people were killed.")
    assert "Gaza Health Ministry" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Menurut Kedutaan Besar Malaysia di Doha, 8,000 rakyat Malaysia bekerja di sana.",
            "Embassy of Malaysia, Doha",
        ),
        ("Kedubes RI di Kairo memastikan para mahasiswa aman.", "Embassy of Indonesia, Cairo"),
        ("Kedutaan Besar Republik Indonesia di Tokyo membuka layanan.", "Embassy of Indonesia, Tokyo"),
        ("The Malaysian Embassy in Doha said its citizens were safe.", "Embassy of Malaysia, Doha"),
    ],
)
def test_missions_embassy_named_by_country_and_city(text: str, name: str) -> None:
    found = entities(text)
    assert found[name].type == "organization"
    assert not any(e.type == "person" for e in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "Trump dan Putin berbicara, namun Gedung Putih menyatakan tidak ada rencana pertemuan.",
        "The White House said on Monday it had no plans for a summit.",
    ],
)
def test_missions_seat_of_government_speaking_is_a_body(text: str) -> None:
    assert entities(text)["White House"].type == "organization"


def test_missions_seat_of_government_as_a_venue_stays_a_place() -> None:
    assert entities("Trump menerima Prabowo di Gedung Putih, Washington.")["White House"].type == "location"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            '"Kami berkoordinasi," kata Protection Associate UNHCR Indonesia, Faisal Rahman.',
            "Protection Associate",
        ),
        ("Menurut Kedutaan Besar Jepang, warga diminta waspada.", "Kedutaan Besar"),
        ("The Foreign Ministry said 97 Indonesians had returned to Jakarta.", "Foreign Ministry"),
        ("Duta itu mengadakan kunjungan hormat ke atas Speaker Dewan Rakyat Johari Abdul.", "Speaker"),
    ],
)
def test_missions_office_words_are_never_persons(text: str, office: str) -> None:
    found = entities(text)
    assert office not in found or found[office].type != "person"
    assert not any(e.type == "person" and office in e.name for e in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "Perdagangan kedua negara mencapai 135 miliar dolar AS tahun lalu.",
        "Iran sold oil worth more than US$2 billion, officials in Tehran said.",
    ],
)
def test_entities_currency_is_not_the_country(text: str) -> None:
    assert "United States" not in entities(text)


def test_entities_us_before_a_noun_is_the_country() -> None:
    assert (
        entities("Anis Matta meets Araghchi in Tehran amid new US sanctions")["United States"].type
        == "location"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On Friday, the United States Department of the Treasury announced sanctions.",
            "United States Department of the Treasury",
        ),
        (
            "A poll by the Kyiv International Institute of Sociology found support for talks.",
            "Kyiv International Institute of Sociology",
        ),
        ("The Palestinian Prisoners' Society says 9,000 are held.", "Palestinian Prisoners' Society"),
    ],
)
def test_bodies_known_longer_name_is_not_cut(text: str, name: str) -> None:
    assert name in entities(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lebih 3.5 juta orang hilang tempat tinggal, menurut Pejabat Penyelarasan Hal Ehwal Kemanusiaan Pertubuhan Bangsa-Bangsa Bersatu (OCHA).",
            "United Nations Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "Perang antara tentera dan Pasukan Sokongan Pantas (RSF) berterusan. Pemimpin RSF menafikannya.",
            "Rapid Support Forces",
        ),
    ],
)
def test_expansions_spelt_out_body_and_its_acronym(text: str, name: str) -> None:
    found = entities(text)
    assert name in found
    assert "United Nations" not in found and "Reporters Without Borders" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anwar bertemu Emir Qatar, Sheikh Tamim Hamad Al Thani di Amiri Diwan.", "Tamim bin Hamad Al Thani"),
        ("Qatar's Emir Tamim bin Hamad Al Thani received him.", "Tamim bin Hamad Al Thani"),
    ],
)
def test_linking_royal_name_without_bin_is_the_known_person(text: str, name: str) -> None:
    assert entities(text)[name].type == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pengungsi mendarat di pesisir Gampong Pasi Beurandeh, Kabupaten Pidie, Aceh.", "Pasi Beurandeh"),
        ("Warga Gampong Lamnga, Kabupaten Aceh Besar, mengungsi.", "Lamnga"),
    ],
)
def test_linking_aceh_village_head_is_dropped(text: str, name: str) -> None:
    assert entities(text)[name].type == "location"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sugiono bertemu Wang Yi di Wisma Tamu Negara Diaoyutai, Beijing.", "Diaoyutai State Guesthouse"),
        ("Han Zheng menerima Sugiono di Balai Agung Rakyat.", "Great Hall of the People"),
        ("Rangkaian Doktor Sudan melaporkan 1,500 orang terbunuh di Kadugli.", "Sudan Doctors Network"),
        (
            "Sekurang-kurangnya 6,200 orang terbunuh, menurut Persatuan Bantuan Tahanan Politik (AAPP).",
            "Assistance Association for Political Prisoners",
        ),
        (
            "Staf Umum Angkatan Bersenjata Ukraina mengklaim Rusia kehilangan banyak tentara.",
            "General Staff of the Armed Forces of Ukraine",
        ),
        (
            "Kepala Kantor Kepresidenan Ukraina Andriy Yermak mengatakan delegasi siap.",
            "Office of the President of Ukraine",
        ),
    ],
)
def test_knowledge_translated_foreign_bodies_and_places(text: str, name: str) -> None:
    assert name in entities(text)


def test_entities_reuters_dateline_on_a_reuters_page_is_the_outlet() -> None:
    from warta import extract

    article = extract(
        "Headline about the sea\nMANILA, Nov 23 (Reuters) - Chinese coast guard ships fired water cannon."
    )
    assert article.outlet == "Reuters"
    assert "Reuters" not in {e.name for e in article.entities}


def test_missions_embassy_in_a_country_names_no_city() -> None:
    found = entities("Kedutaan Besar Indonesia di Malaysia menyatakan para pekerja aman.")
    assert not any(name.startswith("Embassy of") for name in found)
    assert {"Indonesia", "Malaysia"} <= set(found)
