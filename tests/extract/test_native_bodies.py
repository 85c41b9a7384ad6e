"""English and generic names of Malaysian bodies read as their native official names
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.model import Article, Entity


def entities(text: str, language: str | None = None) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(Article(id="t", text=text, language=language))}


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("IPOH: The Sessions Court here fined a trader RM5,000 today.", "Mahkamah Sesyen Ipoh"),
        (
            "SHAH ALAM: A clerk was charged at the Shah Alam Sessions Court today.",
            "Mahkamah Sesyen Shah Alam",
        ),
        ("The Kuala Lumpur High Court dismissed the suit on Monday.", "Mahkamah Tinggi Kuala Lumpur"),
        ("The case will be heard at the High Court in Kuching next week.", "Mahkamah Tinggi Kuching"),
        ("The Penang Magistrates' Court allowed bail for the pair.", "Mahkamah Majistret Pulau Pinang"),
    ],
)
def test_native_bodies_english_court_with_town(text: str, court: str) -> None:
    found = entities(text)
    assert court in found
    assert found[court].type == "organization"


def test_native_bodies_national_courts_in_english() -> None:
    found = entities(
        "PUTRAJAYA: The Court of Appeal upheld the conviction and the Federal Court will hear the final appeal."
    )
    assert {"Mahkamah Rayuan Malaysia", "Mahkamah Persekutuan Malaysia"} <= set(found)


def test_native_bodies_bare_high_court_is_generic() -> None:
    found = entities("The High Court fixed March 3 for case management, his lawyer said.")
    assert not [n for n in found if "Court" in n or "Mahkamah" in n]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "KUALA LUMPUR: A former Federal Land Development Authority (Felda) manager was freed.",
            "Lembaga Kemajuan Tanah Persekutuan",
        ),
        ("PUTRAJAYA: The Election Commission (EC) will meet on Friday.", "Suruhanjaya Pilihan Raya Malaysia"),
        ("KUALA LUMPUR: The National Sports Council will fund 40 athletes.", "Majlis Sukan Negara Malaysia"),
        ("KUALA LUMPUR: Warisan president Shafie Apdal said the party is ready.", "Parti Warisan"),
        ("Presiden Amanah, Mohamad Sabu berkata parti itu sedia bekerjasama.", "Parti Amanah Negara"),
    ],
)
def test_native_bodies_english_or_short_names(text: str, body: str) -> None:
    found = entities(text)
    assert body in found and found[body].type == "organization"


def test_native_bodies_shared_english_alias_follows_home_country() -> None:
    found = entities("PUTRAJAYA: The Election Commission (EC) said Malaysia will vote on Saturday.")
    assert "Suruhanjaya Pilihan Raya Malaysia" in found
    assert "Komisi Pemilihan Umum" not in found


@pytest.mark.parametrize(
    ("text", "assembly"),
    [
        (
            "ALOR SETAR: Speaker Dewan Undangan Negeri berkata sidang akan bermula Isnin.",
            "Dewan Undangan Negeri Kedah",
        ),
        (
            "Kerajaan negeri Terengganu akan membentangkan bajet di Dewan Undangan Negeri (DUN) minggu depan.",
            "Dewan Undangan Negeri Terengganu",
        ),
        (
            "KUALA LUMPUR: Parti itu akan bertanding semua kerusi DUN dalam pilihan raya negeri Sabah.",
            "Dewan Undangan Negeri Sabah",
        ),
    ],
)
def test_native_bodies_generic_state_assembly_takes_the_story_state(text: str, assembly: str) -> None:
    found = entities(text)
    assert assembly in found


@pytest.mark.parametrize(
    ("text", "assembly"),
    [
        ("KUALA LUMPUR: The Sabah State Legislative Assembly sat on Monday.", "Dewan Undangan Negeri Sabah"),
        (
            "KOTA BHARU: The state assembly will debate the budget next week.",
            "Dewan Undangan Negeri Kelantan",
        ),
    ],
)
def test_native_bodies_english_state_assembly(text: str, assembly: str) -> None:
    found = entities(text)
    assert assembly in found
    assert "Sabah" not in found  # a place only inside the body's name


def test_native_bodies_assembly_without_a_state_is_left_out() -> None:
    found = entities("Sidang Dewan Undangan Negeri ditangguhkan kerana banjir.")
    assert not [n for n in found if n.startswith("Dewan Undangan Negeri")]


def test_native_bodies_seat_after_assembly_title_stays() -> None:
    found = entities(
        "SHAH ALAM: Ahli Dewan Undangan Negeri (ADUN) Seri Serdang, Abbas Salimi Azmi hadir di Selangor."
    )
    assert "Seri Serdang" in found
    assert "Dewan Undangan Negeri Selangor" in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Setiausaha Agung Pertubuhan Bangsa-Bangsa Bersatu menggesa gencatan senjata.", "United Nations"),
        ("Organisasi Kesihatan Sedunia menghantar ubat ke Gaza.", "World Health Organization"),
        ("Badan Kesehatan Dunia menyatakan wabah itu terkendali.", "World Health Organization"),
    ],
)
def test_native_bodies_translated_international_bodies_take_english_titles(text: str, body: str) -> None:
    assert body in entities(text)
