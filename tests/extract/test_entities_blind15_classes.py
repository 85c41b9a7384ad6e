"""Entity classes from the blind15 round (invented sentences): foreign and regional bodies in the
knowledge base, honorifics, portfolio titles holding "dan", abbreviated streets, quoted and familiar
nicknames, company short forms, bus companies, schools, barangays, English police resorts, venues."""

from __future__ import annotations

import pytest

import warta


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in warta.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        (
            "KUALA LUMPUR: Kedua-dua negara aktif dalam Majlis Negara-Negara Pengeluar Minyak Sawit (CPOPC).",
            "Council of Palm Oil Producing Countries",
            "organization",
        ),
        (
            "JAKARTA - The Indonesian Chamber of Commerce and Industry (Kadin) welcomed the plan.",
            "Kamar Dagang dan Industri Indonesia",
            "organization",
        ),
        (
            "SINGAPORE - Researchers at the National University of Singapore built the model.",
            "National University of Singapore",
            "organization",
        ),
        (
            "TARUTUNG - Truk terguling di Jalan Lintas Sumatera, Desa Sitampurung, Kamis.",
            "Trans-Sumatra Highway",
            "location",
        ),
        (
            "MANILA - Fishermen from Bolinao and Lingayen in Pangasinan were rescued.",
            "Pangasinan",
            "location",
        ),
    ],
)
def test_entities_blind15_knowledge_rows_link_their_forms(text: str, name: str, typ: str) -> None:
    assert _names(text).get(name) == typ


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "KOTA BHARU: Pengarah jabatan itu, Hjh. Siti Aminah Abdul Latif, berkata bantuan tiba.",
            "Siti Aminah Abdul Latif",
        ),
        ("MANILA - The bureau's director, Atty. Maria Santos, said the ban would stay.", "Maria Santos"),
    ],
)
def test_entities_dotted_honorifics_are_dropped(text: str, person: str) -> None:
    names = _names(text)
    assert names.get(person) == "person"
    assert not any(n.startswith(("Hjh", "Atty")) for n in names)


def test_entities_portfolio_title_with_dan_names_no_person() -> None:
    names = _names(
        "PUTRAJAYA: Turut hadir Ketua Pengarah MPOB Datuk Ramli Sani dan "
        "Timbalan Menteri Perladangan dan Komoditi Datuk Chan Foong Hin."
    )
    assert names.get("Chan Foong Hin") == "person"
    assert not any("Perladangan" in n or "Komoditi" in n for n in names)


def test_entities_prosecutor_title_is_no_person() -> None:
    names = _names(
        "JAKARTA - Jaksa Penuntut Umum (JPU) menuntut terdakwa Agus Salim dengan 10 tahun penjara."
    )
    assert "Penuntut Umum" not in names
    assert names.get("Agus Salim") == "person"


def test_entities_abbreviated_street_keeps_its_city_word() -> None:
    names = _names(
        "JAKARTA - The minister received them at his office on Jl. Medan Merdeka Barat in Central Jakarta."
    )
    assert names.get("Jalan Medan Merdeka Barat") == "location"
    assert "Medan" not in names


def test_entities_quoted_nickname_inside_a_name_is_left_out() -> None:
    names = _names(
        'MANILA - The dead were identified as Ramon "Monching" Dizon, 40, and his neighbour Ana Cruz.'
    )
    assert names.get("Ramon Dizon") == "person"
    assert "Monching" not in names


def test_entities_familiar_address_form_joins_the_person() -> None:
    found = warta.extract(
        "BANDUNG - Wali Kota Bandung Yana Mulyana meninjau banjir. Kang Yana meminta warga waspada."
    ).entities
    person = next(e for e in found if e.name == "Yana Mulyana")
    assert "Kang Yana" in {m.text for m in person.mentions}
    assert all(e.name != "Kang Yana" for e in found)


def test_entities_company_short_form_is_the_company() -> None:
    found = warta.extract(
        "IPOH: The bus was run by Sinar Utara Ekspres Sdn Bhd. Officers later questioned Sinar Utara Ekspres staff."
    ).entities
    company = next(e for e in found if e.name == "Sinar Utara Ekspres Sdn Bhd")
    assert "Sinar Utara Ekspres" in {m.text for m in company.mentions}


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        (
            "MEDAN - Bus milik PO Bintang Utara Jaya terguling di turunan tajam.",
            "PO Bintang Utara Jaya",
            "organization",
        ),
        (
            "IPOH - Evacuees are staying at the Gopeng Central School tonight.",
            "Gopeng Central School",
            "location",
        ),
        ("MANILA - The boats came from Barangay Pilar in the town.", "Pilar", "location"),
        (
            "TERNATE - Suspects were taken to the Ternate Police headquarters.",
            "Kepolisian Resor Kota Ternate",
            "organization",
        ),
        (
            "BATAM - Ministers met at the Harbour Bay Golf and Convention Center on Monday.",
            "Harbour Bay Golf and Convention Center",
            "location",
        ),
    ],
)
def test_entities_blind15_name_shapes(text: str, name: str, typ: str) -> None:
    assert _names(text).get(name) == typ


def test_entities_common_noun_with_nya_at_sentence_start_is_no_city() -> None:
    names = _names('SUKABUMI - "Medannya labil, hujan masih turun," ujar Kapolres Sukabumi Budi Hartono.')
    assert "Medan" not in names


def test_entities_nickname_known_locally_in_quotes_joins_the_person() -> None:
    found = warta.extract(
        'AMBON - The court upheld the win of regent Hendrik Latuheru. Hendrik, known locally as "Pak Oyo", '
        "thanked his voters."
    ).entities
    assert all(e.name != "Oyo" for e in found)
    person = next(e for e in found if e.name == "Hendrik Latuheru")
    assert "Oyo" in {m.text for m in person.mentions}
