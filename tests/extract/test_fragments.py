"""Pieces of longer names or plain phrases that are no entity (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.model import Article, Entity


def entities(text: str, language: str | None = None) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(Article(id="t", text=text, language=language))}


@pytest.mark.parametrize(
    "text",
    [
        "KOTA BHARU: Pilihan Raya Negeri Ke-16 dijangka sengit, kata penganalisis.",
        "Jakarta - Pemilihan Umum Presiden dan Pemilihan Umum Legislatif digelar bersamaan.",
        "MELAKA: Pilihan Raya Umum Ke-16 belum diumumkan oleh kerajaan.",
    ],
)
def test_fragments_election_name_tail_is_no_entity(text: str) -> None:
    found = entities(text)
    assert not [n for n in found if "Raya" in n or "Pemilihan" in n or "Negeri" in n]


def test_fragments_election_body_keeps_its_name() -> None:
    found = entities("Jakarta - Komisi Pemilihan Umum menyiapkan logistik Pemilihan Umum 2029.")
    assert "Komisi Pemilihan Umum" in found


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Menteri Perdagangan hadir dalam Forum Bisnis Indonesia-Malaysia di Jakarta.",
        "Jakarta - Ia berbicara di Forum Bisnis Indonesia-Jepang pekan lalu.",
    ],
)
def test_fragments_words_inside_an_event_name_are_no_company(text: str) -> None:
    found = entities(text)
    assert "Bisnis Indonesia" not in found
    assert "Indonesia" in found or "Japan" in found  # the countries named inside still count


def test_fragments_known_body_inside_summit_name_stays() -> None:
    found = entities("Kedua menteri membahas persiapan KTT ASEAN di Kuala Lumpur.")
    assert "ASEAN" in found


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Bank Indonesia menahan suku bunga, sementara Fed Funds Rate masih tinggi.",
        "Jakarta - Current Account Deficit melebar dan Capital Outflow berlanjut, kata ekonom.",
        "Jakarta - Yield Spread obligasi melebar pekan ini.",
    ],
)
def test_fragments_english_finance_terms_in_indonesian_text(text: str) -> None:
    found = entities(text, language="id")
    assert not [n for n in found if any(w in n for w in ("Rate", "Deficit", "Outflow", "Spread"))]


def test_fragments_finance_words_in_english_text_are_not_filtered() -> None:
    found = entities("The Federal Reserve kept rates, the Bank Indonesia governor said.", language="en")
    assert "Federal Reserve" in found


@pytest.mark.parametrize(
    "text",
    [
        "Korban dirawat di RSUD Hj. Anna Lasmanah Banjarnegara sejak Senin.",
        "Warga mengungsi ke Masjid Hj. Siti Aminah di Cibadak.",
        "Pasien dirujuk ke RSUD Dr. H. Abdul Moeloek Lampung kemarin.",
    ],
)
def test_fragments_person_named_facility_is_one_place(text: str) -> None:
    found = entities(text)
    assert not [e for e in found.values() if e.type == "person"]
    assert [n for n in found if n.startswith(("RSUD", "Masjid"))]


def test_fragments_facility_name_keeps_its_dotted_honorific() -> None:
    found = entities("Korban dirawat di RSUD Hj. Anna Lasmanah Banjarnegara sejak Senin.")
    assert "RSUD Hj. Anna Lasmanah Banjarnegara" in found


@pytest.mark.parametrize(
    "text",
    [
        "Bantuan diterbangkan dari Pangkalan Udara Halim Perdanakusuma ke Papua.",
        "Pesawat itu mendarat di Pangkalan Udara Subang petang tadi.",
        "Jet itu berlepas dari Lapangan Terbang Sultan Abdul Aziz Shah.",
    ],
)
def test_fragments_facility_head_alone_is_no_place(text: str) -> None:
    found = entities(text)
    assert "Pangkalan Udara" not in found and "Lapangan Terbang" not in found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("KUALA LUMPUR: Polis menahan tiga lelaki di Cheras. – KOSMO! ONLINE", "Kosmo!"),
        (
            "KUALA LUMPUR: Polis menahan tiga lelaki di Cheras.\nIkuti Sinar Harian di Telegram.",
            "Sinar Harian",
        ),
        (
            "PETALING JAYA: Police held two men.\nGet the latest news from Malay Mail on Telegram.",
            "Malay Mail",
        ),
    ],
)
def test_fragments_outlet_in_credit_or_follow_line_is_no_organisation(text: str, outlet: str) -> None:
    assert outlet not in entities(text)


def test_fragments_agency_credited_in_body_stays() -> None:
    found = entities("Gaza - Israeli strikes killed 12 people overnight, Reuters reported.")
    assert "Reuters" in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("JOHOR BAHRU: Polis menyerbu sebuah rumah di Taman Johor Jaya semalam.", "Taman Johor Jaya"),
        ("MELAKA: Dua lelaki ditahan di Taman Melaka Baru petang tadi.", "Taman Melaka Baru"),
        ("KOTA KINABALU: Kejadian berlaku di Taman Sabah Permai, Penampang.", "Taman Sabah Permai"),
    ],
)
def test_fragments_neighbourhood_named_after_a_state_keeps_its_name(text: str, place: str) -> None:
    found = entities(text)
    assert place in found and found[place].type == "location"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jakarta - Anggota Komisi I DPR TB Hasanuddin mengatakan rapat digelar tertutup.", "TB Hasanuddin"),
        ("Serang - Wakil Gubernur Banten, TB Rahmat Hidayat, meninjau lokasi banjir.", "TB Rahmat Hidayat"),
    ],
)
def test_fragments_noble_prefix_stays_in_the_name(text: str, person: str) -> None:
    found = entities(text)
    assert person in found and found[person].type == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Rasio Non Performing Loan (NPL) perbankan membaik bulan ini.",
        "Jakarta - Investor beralih ke Safe Haven, sementara Emerging Market tertekan.",
    ],
)
def test_fragments_english_finance_phrases_and_their_acronyms(text: str) -> None:
    found = entities(text, language="id")
    assert set(found) == {"Jakarta"}


def test_fragments_base_named_after_a_person_is_one_place() -> None:
    found = entities("Jenazah diterbangkan ke Pangkalan Udara TNI AU Abdulrachman Saleh di Malang.")
    assert "Abdulrachman Saleh" not in found
    assert found["Pangkalan Udara TNI AU Abdulrachman Saleh"].type == "location"


def test_fragments_airport_with_its_town_in_the_name() -> None:
    found = entities("Bantuan dihantar melalui Lapangan Terbang Antarabangsa Kota Kinabalu semalam.")
    assert "Kota Kinabalu International Airport" in found
    assert "Kota Kinabalu" not in found
