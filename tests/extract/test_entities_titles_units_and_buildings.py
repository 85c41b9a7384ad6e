"""Titles, units, buildings and translated bodies seen on regional pages (invented sentences): titles
with the possessive "-nya", English court and coordinating-minister titles, a unit inside a police
resort, a lake named head first, "Wisma X", "Balai Kota X", "<Body> House" and "... Park" places, glued
initials in a hospital's name, a numbered school with a place the text names again, English "<Place> Police" and
the bare "BPBD", Malaysian departments named in English, a person whose name ends in a place word,
a titled name heading a list, and a company's short name."""

from __future__ import annotations

import pytest

import warta


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in warta.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        (
            "Presiden persatuan itu, Datuk Karim Osman, dan Setiausaha Agungnya, Faizal Rahim, hadir.",
            "Faizal Rahim",
            "Agungnya",
        ),
        (
            "Judicial Commissioner Aminah Yusof ruled that the firm was liable.",
            "Aminah Yusof",
            "Commissioner",
        ),
        (
            "Coordinating Minister for Human Development and Culture Budi Santoso arrived on Monday.",
            "Budi Santoso",
            "Human Development",
        ),
        (
            "Kepala Satuan Reserse Polres Garut AKP Hendra Gunawan mengatakan dua orang ditahan.",
            "Hendra Gunawan",
            "Satuan Reserse",
        ),
    ],
)
def test_entities_title_words_are_no_person(text: str, person: str, not_person: str) -> None:
    names = _names(text)
    assert names.get(person) == "person"
    assert not_person not in names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two people remained missing in a village near Lake Tondano.", "Lake Tondano"),
        ("Menteri itu bertemu pengurus persatuan di Wisma MCA, Kuala Lumpur, hari ini.", "Wisma MCA"),
        ("The minister met the FIFA president at AFC House in Kuala Lumpur on Monday.", "AFC House"),
        ("Menteri itu bertemu wali kota di Balai Kota Bogor, Selasa.", "Balai Kota Bogor"),
        (
            "A fire broke out at a plant in the Kerian Industrial Park early on Sunday.",
            "Kerian Industrial Park",
        ),
        ("Pasien anak dirawat di RSUD W.Z. Johannes sejak pekan lalu.", "RSUD W.Z. Johannes"),
        (
            "Banjir melanda Kecamatan Loa Janan Ilir. Warga mengungsi ke SMA Negeri 2 Loa Janan sejak Senin.",
            "SMA Negeri 2 Loa Janan",
        ),
    ],
)
def test_entities_named_building_or_lake_is_a_place(text: str, place: str) -> None:
    assert _names(text).get(place) == "location"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Garut Police chief Comr. Rudi Hartono said the road was closed.", "Kepolisian Resor Garut"),
        (
            "Data from the district disaster agency (BPBD) showed 300 homes were flooded.",
            "Badan Penanggulangan Bencana Daerah",
        ),
        (
            "The Department of Occupational Safety and Health (DOSH) opened a probe.",
            "Jabatan Keselamatan dan Kesihatan Pekerjaan",
        ),
        (
            "The Minerals and Geoscience Department said the slope was unstable.",
            "Jabatan Mineral dan Geosains Malaysia",
        ),
        (
            "Rayuan itu dibuat melalui Mahkamah Timbang Tara Sukan di Lausanne.",
            "Court of Arbitration for Sport",
        ),
        (
            "The Maritime Affairs and Fisheries Ministry said 20 boats were seized.",
            "Ministry of Marine Affairs and Fisheries (Indonesia)",
        ),
        ("He did not meet Vietnam's Communist Party chief during the visit.", "Communist Party of Vietnam"),
    ],
)
def test_entities_translated_or_short_body_names(text: str, body: str) -> None:
    assert _names(text).get(body) == "organization"


def test_entities_person_name_ending_in_place_word() -> None:
    names = _names("Kepala Dinas Kesehatan Kota Ende, Yosefina Maria Lake, mengatakan kasus naik.")
    assert names.get("Yosefina Maria Lake") == "person"
    assert names.get("Kampar Hospital") is None
    assert _names("Kampar Hospital said its wards were full.").get("Kampar Hospital") == "location"


def test_entities_titled_name_heading_a_list_of_ministers() -> None:
    text = "The governor met the firm's chief executive Alan Tan and Transport Minister Anthony Loke."
    names = _names(text)
    assert names.get("Alan Tan") == "person"
    assert names.get("Anthony Loke") == "person"


def test_entities_company_short_name_then_the_company_said() -> None:
    text = (
        "The fire broke out at the Norvatek Plastics Sdn Bhd plant on Sunday.\n"
        "Some 200 workers were evacuated, according to the Royal Malaysia Police.\n"
        'In a statement, Norvatek said it regretted the incident. "We will help every family affected," '
        "the company said."
    )
    art = warta.extract(text)
    company = next(e for e in art.entities if e.name == "Norvatek Plastics Sdn Bhd")
    assert [m.text for m in company.mentions].count("Norvatek") == 1
    assert [q.speaker for q in art.quotes] == ["Norvatek Plastics Sdn Bhd"]


def test_entities_company_short_name_not_the_start_of_a_longer_name() -> None:
    # "Norvatek" alone is the company; "Norvatek Road" is another name that starts with it
    text = (
        "Norvatek Plastics Sdn Bhd said on Monday it would hire 200 workers. Norvatek plans a second plant "
        "near Norvatek Road in Senai, the company said."
    )
    art = warta.extract(text)
    company = next(e for e in art.entities if e.name == "Norvatek Plastics Sdn Bhd")
    starts = [m.start for m in company.mentions]
    park = text.index("Norvatek Road")
    assert text.index("Norvatek plans") in starts and park not in starts
