"""Words read as names that are a directorate's unit or an English adjective phrase, a bare ministry
in Indonesian news and common words inside personal names (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.model import Article, Entity


def entities(text: str, language: str | None = None) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(Article(id="t", text=text, language=language))}


@pytest.mark.parametrize(
    ("text", "holder", "unit"),
    [
        (
            "Ia didampingi Direktur Jenderal Asia Pasifik dan Afrika Rahmat Pranoto di Jakarta.",
            "Rahmat Pranoto",
            "Africa",
        ),
        (
            "Direktur Pelindungan WNI Kementerian Luar Negeri, Judha Nugraha, mengatakan hal itu.",
            "Judha Nugraha",
            "Pelindungan WNI",
        ),
        (
            "Direktur Surveilans dan Karantina Kesehatan Kemenkes, Sri Handayani, mengatakan itu.",
            "Sri Handayani",
            "Surveilans",
        ),
        (
            "Direktur Amerika dan Eropa Kemlu, Budi Santoso, mengatakan hal itu di Jakarta.",
            "Budi Santoso",
            "Europe",
        ),
    ],
)
def test_fragments_directorate_unit_is_no_person_or_place(text: str, holder: str, unit: str) -> None:
    found = entities(text, "id")
    assert holder in found
    assert unit not in found
    assert not [n for n, e in found.items() if e.type == "person" and n != holder]


def test_fragments_directorate_unit_not_reused_by_coreference() -> None:
    found = entities(
        "Direktur Surveilans dan Karantina Kesehatan Kemenkes, Sri Handayani, mengatakan itu. "
        "Menteri Kesehatan Budi Gunadi Sadikin bertemu gubernur.",
        "id",
    )
    assert "Karantina Kesehatan" not in found and "Budi Gunadi Sadikin" in found


def test_fragments_person_right_after_director_title_stays() -> None:
    found = entities(
        "Direktur Jenderal Imigrasi Silmy Karim mengatakan hal itu bersama Direktur Budi Santoso.", "id"
    )
    assert {"Silmy Karim", "Budi Santoso"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Southeast Asian leaders meeting in Manila on Wednesday urged restraint.",
        "Veteran Malaysian journalist Ahmad Zaki Harun dies aged 84",
        "Top Japanese officials will arrive in Manila on Thursday.",
    ],
)
def test_fragments_adjective_phrase_ending_in_a_demonym_is_no_person(text: str) -> None:
    found = entities(text, "en")
    assert not [n for n in found if n.endswith(("Asian", "Malaysian", "Japanese"))]


def test_fragments_name_ending_like_a_place_stays_a_person() -> None:
    found = entities("The minister met Imam Riyadi and Nurul Iman in Kuala Lumpur on Monday.", "en")
    assert "Nurul Iman" in found


def test_entities_bare_foreign_ministry_in_indonesian_story_set_abroad() -> None:
    text = (
        "Jakarta - Kapal berisi WNI tenggelam di Johor, Malaysia. Direktur Pelindungan WNI Kementerian Luar "
        "Negeri, Judha Nugraha, mengatakan otoritas Malaysia dan polis Malaysia di Kuala Lumpur membantu."
    )
    found = entities(text, "id")
    assert "Ministry of Foreign Affairs (Indonesia)" in found
    assert "Ministry of Foreign Affairs (Malaysia)" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Sasaran Keluaran Dalam Negeri Kasar (KDNK) negeri ialah 6.2 peratus, kata beliau di Johor.",
        "Permintaan Dalam Negeri Kukuh menyokong ekonomi Johor tahun ini.",
    ],
)
def test_entities_dalam_negeri_is_no_state_head(text: str) -> None:
    found = entities(text, "ms")
    assert "Johor" in found
    assert not [n for n in found if n in ("Kasar", "Kukuh")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Earlier this year, Rosli met federation president Abdul Halim Kader in Bangkok.",
            "Abdul Halim Kader",
        ),
        (
            "Rosli polled 31 votes against 17 for challenger Kamarul Zaman Idris, his deputy.",
            "Kamarul Zaman Idris",
        ),
        ('"He was a bridge," said former agency colleague Lim Kok Wing.', "Lim Kok Wing"),
        ("Menurut Nur Zaman Hashim, bantuan itu tiba semalam di Kedah.", "Nur Zaman Hashim"),
    ],
)
def test_entities_common_word_inside_a_personal_name(text: str, person: str) -> None:
    assert person in entities(text)


def test_fragments_region_naming_a_summit_is_no_place() -> None:
    found = entities(
        "Leaders will meet on the sidelines of the East Asia Summit in Manila on Thursday.", "en"
    )
    assert "East Asia" not in found and "Manila" in found


def test_fragments_country_before_summit_and_region_elsewhere_stay() -> None:
    found = entities("The Singapore Summit was recalled as envoys toured East Asia this week.", "en")
    assert {"Singapore", "East Asia"} <= set(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pasien dirawat di RSUD dr. H. Moh. Anwar Sumenep dan puskesmas.", "RSUD dr. H. Moh. Anwar Sumenep"),
        ("Korban dibawa ke RSUD Dr. H. Soewondo Kendal pada Senin.", "RSUD Dr. H. Soewondo Kendal"),
        ("Korban dibawa ke RSUD Prof. Dr. Margono Soekarjo pada Senin.", "RSUD Prof. Dr. Margono Soekarjo"),
    ],
)
def test_entities_facility_after_several_honorifics_is_read_whole(text: str, place: str) -> None:
    found = entities(text, "id")
    assert place in found and found[place].type == "location"
