"""Linking helpers and the gazetteer matcher, on short sentences written for these tests."""

from __future__ import annotations

from dataclasses import dataclass

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
