"""Roles before names, abbreviations inside names, Title Case headlines and home-country ministries
(invented sentences)."""

from __future__ import annotations

import pytest

import warta
from warta.text import sentences


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in warta.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "person", "not_entity"),
    [
        (
            "Menteri didampingi Wakil Menteri Budi Santoso dan Konsul Jenderal RI Rina Kartika di Osaka.",
            "Rina Kartika",
            "Konsul Jenderal",
        ),
        (
            "The talks will resume in Johor Bahru with Johor Mentri Besar Datuk Onn Hafiz Ghazi.",
            "Onn Hafiz Ghazi",
            "Mentri Besar",
        ),
        (
            "Perak won 2-0. Substitute Hadi Fayyadh scored the second goal in the 88th minute.",
            "Hadi Fayyadh",
            "Substitute Hadi Fayyadh",
        ),
        (
            "Forward Arif Aiman opened the scoring for the visitors after ten minutes.",
            "Arif Aiman",
            "Forward Arif Aiman",
        ),
    ],
)
def test_role_words_before_names_are_not_names(text: str, person: str, not_entity: str) -> None:
    names = _names(text)
    assert names.get(person) == "person"
    assert not_entity not in names


def test_police_rank_abbreviation_does_not_end_the_sentence() -> None:
    text = '"Two remain in custody," said police spokesman Sr. Comr. Dodi Prasetyo on Friday.'
    assert len(sentences(text)) == 1
    assert _names(text).get("Dodi Prasetyo") == "person"


def test_a_union_is_an_organisation() -> None:
    names = _names("The company met the chairman of the Surabaya Dock Workers Union, Agus Salim, on Monday.")
    assert names.get("Surabaya Dock Workers Union") == "organization"
    assert names.get("Agus Salim") == "person"


def test_a_league_is_an_event_not_a_body() -> None:
    names = _names("KUALA LUMPUR: Selangor FC beat Penang 3-1 in a Super League match on Saturday.")
    assert "Super League" not in names
    assert names.get("Selangor F.C.") == "organization"


def test_title_case_headline_words_written_in_lower_case_elsewhere_are_not_names() -> None:
    text = (
        "Longsor di Tambang Batu Bara Kukar, 3 Pekerja Tewas\n"
        "SAMARINDA - Tiga pekerja tambang batu bara tewas tertimbun longsor di Kutai Kartanegara, Selasa."
    )
    names = _names(text)
    assert not any("Batubara" in n or "Batu Bara" in n for n in names)
    assert "Kutai Kartanegara Regency" in names or "Kutai Kartanegara" in names


def test_a_bare_hajj_ministry_in_an_indonesian_story_is_indonesias() -> None:
    names = _names(
        "JAKARTA - Kementerian Haji dan Umrah mencatat 120 jemaah haji Indonesia wafat di Tanah Suci."
    )
    assert "Ministry of Hajj and Umrah (Indonesia)" in names
    saudi = _names("JAKARTA - Menteri bertemu pejabat Kementerian Haji dan Umrah Arab Saudi di Jeddah.")
    assert "Ministry of Hajj and Umrah (Saudi Arabia)" in saudi


def test_an_abbreviated_given_name_with_a_dot_stays_in_the_name() -> None:
    names = _names(
        "KOTA KINABALU: Pengarah Maritim Negeri Sabah, Laksamana Pertama Mohd. Azlan Yusof berkata begitu."
    )
    assert names.get("Mohd Azlan Yusof") == "person"
    assert "Mohd" not in names


@pytest.mark.parametrize(
    ("text", "place", "not_entity"),
    [
        (
            "KUALA LUMPUR: Menteri Besar menghadap Sultan di Istana Iskandariah, Kuala Kangsar.",
            "Istana Iskandariah",
            "Alexandria",
        ),
        (
            "The final was played at the Sultan Ibrahim Stadium in Iskandar Puteri.",
            "Sultan Ibrahim Stadium",
            "Ibrahim Iskandar of Johor",
        ),
    ],
)
def test_a_facility_named_after_a_known_person_or_place_is_one_location(
    text: str, place: str, not_entity: str
) -> None:
    names = _names(text)
    assert names.get(place) == "location"
    assert not_entity not in names


def test_malaysian_rulers_take_their_english_regnal_titles() -> None:
    names = _names("IPOH: Menteri Besar menghadap Sultan Perak, Sultan Nazrin Muizzuddin Shah hari ini.")
    assert names.get("Nazrin Shah of Perak") == "person"


def test_a_company_is_named_without_its_legal_form() -> None:
    names = _names("JAKARTA - Saham PT Sinar Harapan Makmur Tbk naik, sedangkan CV Maju Jaya merugi.")
    assert names.get("Sinar Harapan Makmur") == "organization"
    assert not any(n.startswith(("PT ", "CV ")) for n in names)
