"""Indonesia's embassy by its acronym, a ministry named by an attributive country, and English names
of Malaysian bodies spelt out in the text (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.model import Article, Entity


def entities(text: str, language: str | None = None) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(Article(id="t", text=text, language=language))}


@pytest.mark.parametrize(
    ("text", "embassy", "city"),
    [
        (
            '"KBRI Kuala Lumpur telah berkoordinasi dengan otoritas," kata Judha.',
            "Embassy of Indonesia, Kuala Lumpur",
            "Kuala Lumpur",
        ),
        (
            "KBRI di Kairo mengimbau WNI tetap tenang, kata juru bicara.",
            "Embassy of Indonesia, Cairo",
            "Cairo",
        ),
    ],
)
def test_missions_kbri_city_is_the_embassy_not_the_city(text: str, embassy: str, city: str) -> None:
    found = entities(text, "id")
    assert embassy in found
    assert city not in found


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "Prabowo met Lawrence Wong, a Singapore foreign ministry statement said.",
            "Ministry of Foreign Affairs (Singapore)",
        ),
        (
            "The Malaysian Foreign Ministry said the talks went well.",
            "Ministry of Foreign Affairs (Malaysia)",
        ),
        ("Officials said China's foreign ministry agreed on Monday.", "Ministry of Foreign Affairs (China)"),
    ],
)
def test_missions_attributive_country_names_the_ministry(text: str, ministry: str) -> None:
    assert ministry in entities(text, "en")


@pytest.mark.parametrize(
    ("text", "body", "wrong"),
    [
        (
            "Rosli was returned as president of the Sepak Takraw Association of Malaysia (PSM). PSM will meet.",
            "Persatuan Sepak Takraw Malaysia",
            "Parti Sosialis Malaysia",
        ),
        (
            "The Badminton Association of Malaysia (BAM) named a new coach on Monday.",
            "Persatuan Badminton Malaysia",
            None,
        ),
        (
            "The Malaysian Press Institute said it would name an award after him.",
            "Institut Akhbar Malaysia",
            "Press Institute",
        ),
    ],
)
def test_entities_english_name_of_malaysian_body_takes_native_name(
    text: str, body: str, wrong: str | None
) -> None:
    found = entities(text, "en")
    assert body in found
    assert wrong is None or wrong not in found


def test_entities_sea_and_newspaper_rows() -> None:
    found = entities("Bot itu belayar di Teluk Benggala. Beliau menyertai Utusan Melayu pada 1961.", "ms")
    assert {"Bay of Bengal", "Utusan Melayu"} <= set(found)
    assert "Utusan Malaysia" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He was buried at the Bukit Kiara Muslim Cemetery on Monday.", "Bukit Kiara Muslim Cemetery"),
        ("She was laid to rest at the Taman Ehsan Cemetery in the afternoon.", "Taman Ehsan Cemetery"),
    ],
)
def test_entities_english_cemetery_name_is_one_place(text: str, place: str) -> None:
    found = entities(text, "en")
    assert place in found and found[place].type == "location"


@pytest.mark.parametrize(
    ("text", "place", "not_alone"),
    [
        (
            "Training moves to the Kuala Lumpur Sports City complex next year.",
            "Kuala Lumpur Sports City",
            "Kuala Lumpur",
        ),
        (
            "Fans gathered outside the Bukit Jalil Aquatic Centre complex on Sunday.",
            "Bukit Jalil Aquatic Centre",
            None,
        ),
    ],
)
def test_entities_name_before_lower_case_complex_is_one_place(
    text: str, place: str, not_alone: str | None
) -> None:
    found = entities(text, "en")
    assert place in found and found[place].type == "location"
    assert not_alone is None or not_alone not in found
