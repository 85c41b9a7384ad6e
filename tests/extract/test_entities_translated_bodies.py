"""Entity classes found on the blind10 tuning set, checked on sentences written for these tests:
Balinese names, police sectors and district courts by short form, English names of Indonesian regional
bodies, "<Place>-based" bodies, copyright lines and fused ministers' titles."""

from __future__ import annotations

from warta.extract.entities import find_entities
from warta.model import Article, Entity


def entities(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(Article(id="t", text=text))}


def test_entities_balinese_name_keeps_its_particle() -> None:
    found = entities("Gugatan diajukan oleh ahli waris I Ketut Darmaja dan Ni Made Sariasih di Tabanan.")
    assert "I Ketut Darmaja" in found
    assert "Ketut Darmaja" not in found
    assert "Ni Made Sariasih" in found


def test_entities_police_sector_short_form_is_spelt_out() -> None:
    found = entities("Pelaku dibawa ke Polsek Denpasar Barat untuk diperiksa, lalu dilepas.")
    assert "Kepolisian Sektor Denpasar Barat" in found
    assert found["Kepolisian Sektor Denpasar Barat"].type == "organization"


def test_entities_district_court_short_form_is_spelt_out() -> None:
    found = entities("Perkara itu kini disidangkan di PN Gianyar sejak bulan lalu.")
    assert "Pengadilan Negeri Gianyar" in found


def test_entities_fused_police_title_keeps_compass_place() -> None:
    found = entities("Kapolsek Kuta Selatan, Kompol Wira Santika, membenarkan penangkapan itu.")
    assert "South Kuta" in found
    assert "Kuta" not in found


def test_entities_english_regional_police_is_native_body() -> None:
    found = entities("The West Java Police said the suspects were questioned on Friday.")
    assert "Kepolisian Daerah Jawa Barat" in found


def test_entities_english_regional_agency_links_by_its_acronym() -> None:
    found = entities("The Jambi Disaster Mitigation Agency (BPBD) said the river kept rising on Sunday.")
    assert "Badan Penanggulangan Bencana Daerah" in found
    assert not any("Disaster Mitigation" in name for name in found)


def test_entities_place_based_body_splits_place_and_body() -> None:
    found = entities("The Singapore-based ASEAN Specialised Meteorological Centre (ASMC) issued a warning.")
    assert "Singapore" in found and found["Singapore"].type == "location"
    assert "ASEAN Specialised Meteorological Centre" in found


def test_entities_copyright_line_names_no_body() -> None:
    found = entities("Banjir melanda tiga daerah di Perak semalam.\n© Utusan Malaysia")
    assert "Utusan Malaysia" not in found
    assert "Perak" in found


def test_entities_fused_minister_title_is_no_person() -> None:
    found = entities("Menpora menerima pengurus federasi itu di kantornya, Senin.")
    assert "Menpora" not in found


def test_entities_company_acronym_after_legal_form_joins_company() -> None:
    found = entities(
        "Warga menggugat PT Sinar Lestari Abadi (SLA) pada 2019. Direktur PT SLA, Budi Santoso, hadir."
    )
    assert "Sinar Lestari Abadi" in found
    assert "SLA" not in found


def test_entities_facility_with_and_without_head_word_is_one_place() -> None:
    found = entities(
        "Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) Harapan Kita Baru di Cirebon. "
        "Direktur RSUD Harapan Kita Baru menolak berkomentar."
    )
    places = [name for name, e in found.items() if e.type == "location" and "Harapan" in name]
    assert places == ["RSUD Harapan Kita Baru"]


def test_entities_hospital_unit_is_no_place() -> None:
    found = entities("Dua pesakit dirawat di Unit Rawatan Rapi Hospital Sultanah Aminah, Johor Bahru.")
    assert not any(name.startswith("Unit") for name in found)


def test_entities_name_with_age_is_person() -> None:
    found = entities("The court fined Ong Boon Keat, 47, a contractor, on Tuesday.")
    assert "Ong Boon Keat" in found and found["Ong Boon Keat"].type == "person"


def test_entities_portfolio_before_person_is_no_person() -> None:
    found = entities(
        "Kantor itu diwakili Kepala Seksi Pengendalian dan Penanganan Masalah, Ayu Kartika Sari, kemarin."
    )
    assert "Ayu Kartika Sari" in found
    assert not any("Penanganan" in name for name in found)


def test_entities_lettered_commission_of_regional_parliament_is_no_body() -> None:
    found = entities("Komisi C DPRD Jabar Panggil Dinas soal Jalan Rusak")
    assert not any(name.startswith("Komisi C") for name in found)


def test_entities_branch_office_after_acronym_is_the_body() -> None:
    found = entities("Badan Pusat Statistik (BPS) Kantor Wilayah Aceh mencatat kenaikan harga beras.")
    assert "Badan Pusat Statistik" in found
    assert not any(name.startswith("Kantor Wilayah") for name in found)


def test_entities_english_meeting_and_pact_are_no_persons() -> None:
    found = entities("Officials met on the sidelines of the Regional Fisheries Ministers' Meeting in Hanoi.")
    assert not any(e.type == "person" for e in found.values())


def test_entities_customary_village_is_the_village() -> None:
    found = entities("Upacara digelar di Desa Adat Kedonganan, Kabupaten Badung, Bali, pada Minggu.")
    assert "Kedonganan" in found
    assert "Adat Kedonganan" not in found


def test_entities_two_seas_sharing_one_head() -> None:
    found = entities("Patrols in the Sulu and Celebes seas were stepped up after the kidnappings.")
    assert {"Sulu Sea", "Celebes Sea"} <= set(found)
    assert "Sulawesi" not in found


def test_entities_regency_list_runs_past_known_members() -> None:
    found = entities("Bantuan dikirim ke Kabupaten Luwu, Luwu Utara, Wajo dan Bone pekan ini.")
    assert {"Luwu Regency", "North Luwu Regency", "Wajo Regency", "Bone Regency"} <= set(found)


def test_entities_state_exco_portfolio_is_a_title() -> None:
    found = entities(
        "Pengerusi Jawatankuasa Pelancongan, Kebudayaan dan Alam Sekitar negeri, Mohd Fauzi Hassan, berkata."
    )
    assert "Mohd Fauzi Hassan" in found
    assert not any(name.startswith("Jawatankuasa") for name in found)
