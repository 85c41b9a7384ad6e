"""Linking helpers and the gazetteer matcher, on short sentences written for these tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from warta.extract import linking
from warta.extract.gazetteer import Gazetteer


@dataclass(frozen=True)
class FakeEntry:
    name: str
    type: str
    qid: str | None
    aliases: tuple[str, ...]


class FakeKB:
    def __init__(self, entries: list[FakeEntry]) -> None:
        self.entries = entries

    def surface_forms(self) -> dict[str, list[FakeEntry]]:
        out: dict[str, list[FakeEntry]] = {}
        for e in self.entries:
            for form in (e.name, *e.aliases):
                out.setdefault(form.casefold(), []).append(e)
        return out


KB = FakeKB(
    [
        FakeEntry("United States", "location", "Q30", ("AS", "Amerika Serikat", "Amerika Syarikat")),
        FakeEntry("West Bank", "location", None, ("Tepi Barat", "Tebing Barat")),
        FakeEntry("Western Asia", "location", None, ("Asia Barat",)),
        FakeEntry("Mousa Abu Marzouk", "person", None, ("Musa Abu Marzouk",)),
    ]
)


def names(text: str) -> list[str]:
    return [m.alias.entries[0].name for m in Gazetteer(KB).find(text)]


def test_linking_gazetteer_matches_aliases_in_id_and_ms() -> None:
    assert names("Pejabat AS dan Amerika Syarikat bertemu di Tepi Barat.") == [
        "United States",
        "United States",
        "West Bank",
    ]


def test_linking_gazetteer_acronym_needs_capitals() -> None:
    assert names("He spoke as the talks began in Tepi barat and tepi barat.") == []


def test_linking_gazetteer_offsets_point_into_text() -> None:
    text = "Warga Tebing Barat; jelajah Asia Baratnya."
    for m in Gazetteer(KB).find(text):
        assert text[m.start : m.end] == m.text
    assert [m.text for m in Gazetteer(KB).find(text)] == ["Tebing Barat", "Asia Barat"]


def test_linking_strip_honorifics_drops_titles() -> None:
    assert linking.strip_honorifics("Datuk Seri Anwar Ibrahim") == ("Anwar Ibrahim", 11)
    assert linking.strip_honorifics("Syeikh Tamim bin Hamad Al Thani")[0] == "Tamim bin Hamad Al Thani"
    assert linking.strip_honorifics("Drajat Santoso")[0] == "Drajat Santoso"


def test_linking_place_name_regency_and_compass() -> None:
    assert linking.place_name("Kabupaten Nagekeo") == "Nagekeo Regency"
    assert linking.place_name("Kabupaten Lampung Barat") == "West Lampung Regency"
    assert linking.place_name("Provinsi Jawa Tengah") == "Central Java"
    assert linking.place_name("Nagekeo") is None


def test_linking_person_index_links_near_spellings() -> None:
    index = linking.PersonIndex(
        [
            FakeEntry("Yoav Gallant", "person", None, ()),
            FakeEntry("Hossein Amir-Abdollahian", "person", None, ()),
        ]
    )
    found = index.near("Yoav Galant")
    assert found is not None and found.name == "Yoav Gallant"
    found = index.near("Hossein Amirabdollahian")
    assert found is not None and found.name == "Hossein Amir-Abdollahian"
    assert index.near("Yoav Smith") is None


def test_linking_covers_is_word_subset() -> None:
    assert linking.covers(linking.tokens("Benjamin Netanyahu"), linking.tokens("Netanyahu"))
    assert not linking.covers(linking.tokens("Benjamin Netanyahu"), linking.tokens("Benny Gantz"))


def test_linking_place_heads_give_english_names() -> None:
    assert linking.place_name("Pulau Tidung") == "Tidung Island"
    assert linking.place_name("Bandara Frans Seda") == "Frans Seda Airport"
    assert linking.place_name("Lapangan Terbang Sultan Ismail") == "Sultan Ismail Airport"
    assert linking.place_name("Gunung Semeru") == "Mount Semeru"
    assert linking.place_name("Danau Toba") == "Lake Toba"


def _found(text: str) -> dict[str, str]:
    from warta.extract.entities import find_entities
    from warta.model import Article

    return {e.name: e.type for e in find_entities(Article(id="t", text=text))}


def test_linking_ranks_and_royal_titles_are_dropped() -> None:
    found = _found("The junta's spokesman, Major-General Zaw Min Tun, spoke to First Admiral Romli Mustafa.")
    assert "Zaw Min Tun" in found and "Romli Mustafa" in found
    assert not any(name.startswith(("Major", "First")) for name in found)


def test_linking_job_titles_form_no_person() -> None:
    found = _found("Pelaksana Tugas Deputi Penindakan KPK Asep Guntur Rahayu hadir di Jakarta.")
    assert "Deputi Penindakan" not in found
    found = _found("Ketua Pembangkang DUN Johor, Andrew Chen Kah Eng menolak bajet itu.")
    assert "Pembangkang" not in found


def test_linking_storm_names_are_no_persons() -> None:
    found = _found("Typhoon Tino killed dozens in the Visayas, officials said in Manila.")
    assert all(kind != "person" for kind in found.values())
    assert "Visayas" in found


def test_linking_building_of_a_body_is_the_body() -> None:
    found = _found("Kepala Bareskrim berbicara di Gedung Bareskrim, Jakarta Selatan.")
    assert not any(name.startswith("Gedung") for name in found)


def test_linking_halls_and_convention_centres_are_places() -> None:
    found = _found(
        "Mangsa dipindahkan ke Dewan Serbaguna Papar. Forum itu di Kuala Lumpur Convention Centre."
    )
    assert found.get("Dewan Serbaguna Papar") == "location"
    assert found.get("Kuala Lumpur Convention Centre") == "location"


def test_linking_regional_offices_map_to_the_national_body() -> None:
    found = _found(
        "Kepala Kantor Pencarian dan Pertolongan Tanjungpinang, Fazzli, dan Kepala Balai Pelayanan "
        "Pelindungan Pekerja Migran Indonesia (BP3MI) Kepri hadir."
    )
    assert found.get("Badan Nasional Pencarian dan Pertolongan") == "organization"
    assert found.get("Badan Pelindungan Pekerja Migran Indonesia") == "organization"


def test_linking_two_word_acronym_defined_in_text_links_later_mentions() -> None:
    found = _found(
        "Kepala Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas) Erika Retnowati hadir. "
        "BPH Migas akan memperketat pengawasan kuota."
    )
    assert "BPH Migas" not in found
    assert found.get("Badan Pengatur Hilir Minyak dan Gas Bumi") == "organization"


def test_linking_place_only_inside_a_branch_name_is_dropped() -> None:
    found = _found("Pengarah Jabatan Kerja Raya (JKR) Selangor berkata jalan itu dibaiki.")
    assert "Selangor" not in found
    found = _found("Pengarah JKR Selangor hadir. Banjir turut melanda Selangor minggu lalu.")
    assert found.get("Selangor") == "location"  # named on its own too


def test_linking_acronym_spelt_in_lower_case_names_no_body() -> None:
    found = _found("Kapal pengangkut pekerja migran Indonesia (PMI) tenggelam. Para PMI itu dari Lombok.")
    assert all(kind != "organization" for kind in found.values())


def test_linking_stock_indices_are_not_bodies() -> None:
    found = _found(
        "The Jakarta Composite Index (JCI) fell on the Indonesia Stock Exchange, Bhima Yudhistira said."
    )
    assert "Composite Index" not in found and "Jakarta Composite Index" not in found
    assert found.get("Bursa Efek Indonesia") == "organization"  # domestic body: native name


def test_linking_one_word_name_after_titled_body_and_comma_is_a_person() -> None:
    found = _found('"Warga diminta waspada," ujar Kepala Stasiun Klimatologi Jawa Tengah, Sutrisno.')
    assert found.get("Sutrisno") == "person"


@pytest.mark.parametrize("name", ["seat_titles", "fused_titles", "person_titles", "honorifics", "org_heads"])
def test_linking_may_open_never_hides_a_phrase(name: str) -> None:
    from warta.extract.phrases import may_open

    rx = linking.phrase_regex(name) if name != "person_titles" else linking.title_regex()
    for phrase in linking.word_list(name):
        for text in (f"x {phrase} y", f"x {phrase.upper()} y", f"x {phrase.lower()} y"):
            if rx.match(text, 2):
                assert may_open(name, text, 2), phrase
    assert not may_open(name, "x qqq y", 2)  # no phrase opens with "qq": the regex is skipped


def test_linking_wikipedia_titles_for_renamed_places_and_bodies() -> None:
    from warta.extract import linking

    assert linking.lookup("El Arish").name == "Arish"  # type: ignore[union-attr]
    assert linking.lookup("Rumah Sakit Indonesia").name == "Indonesia Hospital"  # type: ignore[union-attr]
    body = linking.lookup("Land Public Transport Agency")
    assert body is not None and body.name == "Agensi Pengangkutan Awam Darat"


def test_linking_rank_and_corps_are_stripped() -> None:
    from warta.extract import linking

    assert linking.strip_honorifics("Mayor Inf Budi Santoso")[0] == "Budi Santoso"
    assert linking.strip_honorifics("Mayor Mar Budi Santoso")[0] == "Budi Santoso"
    assert linking.strip_honorifics("Mar Budi Santoso")[0] == "Mar Budi Santoso"  # alone: a name word
