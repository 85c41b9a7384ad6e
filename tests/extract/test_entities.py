"""The entity stage on sentences written for these tests and on the gold articles."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from warta.extract.entities import ExtractEntities, find_entities
from warta.model import Article, Entity
from warta.pipeline import default_pipeline


def entities(text: str, outlet: str | None = None) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(Article(id="t", text=text, outlet=outlet))}


def test_entities_links_indonesian_aliases() -> None:
    found = entities("Tentara Israel menembaki warga Palestina di Tepi Barat, kata pejabat PBB.")
    assert found["Israel"].type == "location"
    assert found["Palestine"].type == "location"  # attributive "warga Palestina" counts
    assert found["West Bank"].mentions[0].text == "Tepi Barat"
    assert found["United Nations"].type == "organization"


def test_entities_links_malay_aliases() -> None:
    found = entities(
        "Amerika Syarikat dan Pertubuhan Bangsa-Bangsa Bersatu menggesa gencatan senjata di Semenanjung Gaza."
    )
    assert {"United States", "United Nations", "Gaza Strip"} <= set(found)


def test_entities_english_adjective_is_not_a_country() -> None:
    found = entities("Russian officials said the Palestinian negotiators met in Moscow.")
    assert "Russia" not in found and "Palestine" not in found
    assert "Moscow" in found


def test_entities_surname_joins_full_name() -> None:
    found = entities(
        "Wakil Menteri Luar Negeri Rusia Sergei Valentinov bertemu delegasi Hamas. "
        "Kemudian Valentinov mengatakan gencatan senjata harus segera dicapai."
    )
    person = found["Sergei Valentinov"]
    assert person.type == "person"
    assert [m.text for m in person.mentions] == ["Sergei Valentinov", "Valentinov"]
    assert "Valentinov" not in found
    assert "Russia" in found


def test_entities_honorifics_are_dropped() -> None:
    found = entities("“Kami menolak,” kata Datuk Seri Ahmad Fauzi Rahman di Putrajaya.")
    assert "Ahmad Fauzi Rahman" in found
    assert not any(name.startswith("Datuk") for name in found)


def test_entities_fused_title_names_a_place_not_an_organization() -> None:
    found = entities("Kapolres Lanny Jaya AKBP Budi Santoso mengatakan banjir melanda Kabupaten Nagekeo.")
    assert found["Budi Santoso"].type == "person"
    assert found["Lanny Jaya Regency"].type == "location"
    assert found["Nagekeo Regency"].type == "location"
    assert not [e for e in found.values() if e.type == "organization"]


def test_entities_organization_inside_a_title_counts() -> None:
    found = entities("Presiden Joko Widodo menerima Ketua Umum Partai Gerindra Prabowo Subianto.")
    assert found["Partai Gerakan Indonesia Raya"].type == "organization"
    assert {"Joko Widodo", "Prabowo Subianto"} <= set(found)


def test_entities_outlet_in_dateline_is_not_an_organization() -> None:
    found = entities("Gaza, Purna Warta Seorang anggota senior Hamas mengatakan perang akan berakhir.")
    assert "Purna Warta" not in found
    assert "Hamas" in found
    found = entities("JAKARTA, Kompas.com - Polisi menangkap tersangka.", outlet="Kompas")
    assert not [e for e in found.values() if e.type == "organization"]


def test_entities_agency_credited_in_dateline_is_an_organization() -> None:
    found = entities("GAZA, (Antara/Anadolu) - Sedikitnya 20 warga Palestina tewas.", outlet="Republika")
    assert {"Antara", "Anadolu Agency"} <= set(found)
    found = entities("JAKARTA (ANTARA) - Presiden menerima tamu.", outlet="Antara")
    assert "Antara" not in found  # the page's own name


def test_entities_stage_fills_article() -> None:
    article = ExtractEntities()(Article(id="t", text="Delegasi Hamas tiba di Kairo, ibu kota Mesir."))
    assert {e.name for e in article.entities} >= {"Hamas", "Egypt"}


def _extract(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    pipeline = default_pipeline()
    out = []
    for rec in records:
        url = rec["source"] if str(rec.get("source", "")).startswith("http") else None
        out.append(pipeline(Article(id=rec["id"], raw=rec["text"], url=url)).to_dict())
    return out


def test_entities_mentions_point_into_text(all_gold: list[dict[str, Any]]) -> None:
    for rec in _extract(all_gold):
        names = set()
        for ent in rec["entities"]:
            assert ent["name"] not in names  # each entity once per article
            names.add(ent["name"])
            for m in ent["mentions"]:
                assert rec["text"][m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize(("fixture", "floor"), [("seed_gold", 0.90), ("dev_gold", 0.88)])
def test_entities_gold_f1_floor(
    fixture: str, floor: float, request: pytest.FixtureRequest, scorer: ModuleType
) -> None:
    gold = request.getfixturevalue(fixture)
    result = scorer.score(gold, _extract(gold))
    assert result["entities_f1"] >= floor
    assert result["entities_exact_f1"] >= floor - 0.05


def test_entities_compass_and_ministry_of_a_country() -> None:
    found = entities("Banjir melanda Nusa Tenggara Timur, kata Kementerian Kesehatan Israel kemarin.")
    assert found["East Nusa Tenggara"].type == "location"
    assert found["Ministry of Health (Israel)"].type == "organization"
    assert "Israel" not in found  # the country is part of the ministry's name


def test_entities_body_with_a_place_in_its_name_is_one_organization() -> None:
    found = entities(
        "Aparat Kepolisian Resor Jayawijaya masih menunggu, kata Kapolres Jayawijaya AKBP Budi Santoso."
    )
    assert found["Kepolisian Resor Jayawijaya"].type == "organization"
    assert found["Budi Santoso"].type == "person"


def test_entities_counted_acronym_is_not_a_name() -> None:
    found = entities("Banjir merendam 214 KK di RT 12, kata petugas.")
    assert not found


def test_entities_constituency_after_member_of_parliament() -> None:
    found = entities(
        "“Tiada keputusan,” kata Ahli Parlimen Padang Rengas, Datuk Seri Mohamed Nazri Abdul Aziz."
    )
    assert found["Padang Rengas"].type == "location"
    assert found["Mohamed Nazri Abdul Aziz"].type == "person"
    assert "Parlimen Malaysia" not in found  # the title names no body


def test_entities_malay_name_connectors_keep_one_person() -> None:
    found = entities(
        "Tertuduh, M Ramasamy a/l Palanisamy, 45, mengaku tidak bersalah, kata peguam K Shareveen."
    )
    assert "M Ramasamy a/l Palanisamy" in found
    assert found["K Shareveen"].type == "person"


def test_entities_headline_capitals_are_not_names() -> None:
    found = entities("Warga Bersatu Bantu Korban Banjir")
    assert not found


def test_entities_degrees_and_haji_are_not_part_of_a_name() -> None:
    found = entities("Wali Kota Pontianak H Sutarmidji SH MHum meresmikan taman baru.")
    assert "Sutarmidji" in found


def test_entities_work_without_knowledge_base_or_ner(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.extract import entities as stage
    from warta.extract import linking

    monkeypatch.setattr(linking, "kb", lambda: None)
    monkeypatch.setattr(stage, "_gazetteer", lambda: None)
    monkeypatch.setattr(stage, "_recognizer", lambda: None)
    monkeypatch.setattr(linking, "persons", lambda: linking.PersonIndex([]))
    found = entities("Bencana melanda Kabupaten Nagekeo, kata Kepala Pusat Data Abdul Muhari.")
    assert found["Nagekeo Regency"].type == "location"
    assert found["Abdul Muhari"].type == "person"


def test_entities_names_listed_with_a_person_are_persons(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.extract import entities as stage

    monkeypatch.setattr(stage, "_recognizer", lambda: None)
    found = entities(
        "Turut hadir Menteri Dalam Negeri Sergei Valentinov, Keith Marlowe dan Ofer Kalderim di situ."
    )
    assert {"Sergei Valentinov", "Keith Marlowe", "Ofer Kalderim"} <= set(found)
    assert all(found[n].type == "person" for n in ("Keith Marlowe", "Ofer Kalderim"))


def test_entities_ministry_of_a_territory_but_not_of_a_city() -> None:
    found = entities(
        "Menurut Kementerian Kesihatan di Gaza, korban bertambah. Kementerian Luar Negeri di Jakarta diam."
    )
    assert not [n for n in found if "(Jakarta)" in n]
    assert "Jakarta" in found


def _names(text: str) -> dict[str, str]:
    from warta.extract.entities import find_entities
    from warta.model import Article

    return {e.name: e.type for e in find_entities(Article(id="t", raw=text, text=text))}


def test_entities_portfolio_before_comma_is_no_person() -> None:
    found = _names("Ketua Pembangkang, Datuk Seri Hamzah Zainudin berkata rang undang-undang itu ditolak.")
    assert "Pembangkang" not in found and "Datuk Seri" not in found
    assert found.get("Hamzah Zainudin") == "person"


def test_entities_malaysian_police_rank_is_no_name() -> None:
    found = _names("Menurut DSP Razali Abu Samah, suspek ditahan. Asisten Komisioner Zamri Rahman hadir.")
    assert "Razali Abu Samah" in found and "Zamri Rahman" in found
    assert not any(n.startswith(("DSP", "Asisten")) for n in found)


def test_entities_english_portfolio_minister_is_a_title() -> None:
    found = _names("Coordinating Economic Minister Airlangga Hartarto said exports grew.")
    assert "Coordinating Economic" not in found


def test_entities_facility_names_keep_their_place() -> None:
    found = _names("Korban dirawat di Hotel Melati Semarang. The boy was sent to Raja Muda Hospital.")
    assert found.get("Hotel Melati Semarang") == "location"
    assert found.get("Raja Muda Hospital") == "location"


def test_entities_language_is_no_country() -> None:
    assert "United Kingdom" not in _names("Surat itu ditulis dalam bahasa Inggris oleh panitia.")


def test_entities_regional_body_keeps_its_region() -> None:
    found = _names("Kepala Pelaksana BPBD Kabupaten Garut Satria Budi mengatakan banjir surut.")
    assert found.get("Badan Penanggulangan Bencana Daerah Kabupaten Garut") == "organization"
    assert found.get("Satria Budi") == "person"
    dinas = _names("Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Bandung Budi Santoso ditahan.")
    assert "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bandung" in dinas


def test_entities_acronym_branch_is_the_body() -> None:
    found = _names("Pengarah JPJ Johor, Datuk Ahmad Rizal berkata operasi itu dijalankan.")
    assert "Johor" not in found and any(t == "organization" for t in found.values())


def test_entities_numbered_commission_is_no_body() -> None:
    assert not any(n.startswith("Komisi") for n in _names("Rapat itu digelar oleh Komisi IX kemarin."))


def test_entities_english_domestic_body_follows_home_country() -> None:
    indo = _names("The House of Representatives in Jakarta passed the Indonesian budget.")
    malay = _names("The House of Representatives in Kuala Lumpur passed the Malaysian budget.")
    assert "Dewan Perwakilan Rakyat" in indo and "Dewan Rakyat" in malay


def test_entities_inner_head_body_keeps_known_place() -> None:
    found = _names("Persatuan Pengguna Islam Malaysia menggesa kerajaan bertindak segera.")
    assert found.get("Persatuan Pengguna Islam Malaysia") == "organization"
    assert "Malaysia" not in found


def test_entities_hyphenated_ticket_is_two_persons() -> None:
    found = _names("Pasangan Budi Santoso-Rina Kartika Sari unggul dalam hitung cepat.")
    assert found.get("Budi Santoso") == "person" and found.get("Rina Kartika Sari") == "person"


def test_entities_acronym_inside_titled_name_is_cut() -> None:
    found = _names("Direktur Penindakan BNNX Rahmat Hidayat Saputra mengatakan barang bukti disita.")
    assert "Rahmat Hidayat Saputra" in found
    assert not any("Penindakan" in n for n in found)


def test_entities_listed_body_name_is_one_body() -> None:
    found = _names("Kepala Badan Cuaca, Iklim, dan Gempa menyatakan hujan lebat akan turun.")
    assert found.get("Badan Cuaca, Iklim, dan Gempa") == "organization"


def test_entities_bare_ministry_in_foreign_story_is_that_countrys() -> None:
    found = _names(
        "Pejabat Rusia menyambut delegasi itu atas undangan Kementerian Luar Negeri. Rusia siap membantu."
    )
    assert "Ministry of Foreign Affairs (Russia)" in found
    home = _names("Kementerian Luar Negeri memastikan WNI di Jepang aman, kata juru bicara di Jakarta.")
    assert "Ministry of Foreign Affairs (Indonesia)" in home


def test_entities_sentence_end_does_not_join_a_name() -> None:
    found = _names(
        "Delegasi itu diundang Kementerian Luar Negeri. Rusia menyambut baik kunjungan di Jakarta."
    )
    assert "Russia" in found


def test_entities_regional_body_keeps_region_past_its_acronym() -> None:
    found = _names("Data Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut mencatat 40 rumah rusak.")
    assert "Badan Penanggulangan Bencana Daerah Kabupaten Garut" in found


def test_entities_known_longer_name_beats_inner_head_claim() -> None:
    found = _names("Pengarah Jabatan Bomba dan Penyelamat Negeri Perak, Datuk Azmi Osman berkata.")
    assert "Jabatan Bomba" not in found


def test_entities_court_here_is_dateline_town_court() -> None:
    found = _names("IPOH - Seorang peniaga didakwa di Mahkamah Sesyen di sini hari ini atas tuduhan menipu.")
    assert found.get("Mahkamah Sesyen Ipoh") == "organization"


def test_entities_regional_office_acronym_is_no_ministry() -> None:
    found = _names("Kadis PUPR Garut ditahan penyidik kemarin di Bandung.")
    assert not any(n.startswith("Ministry of Public Works") for n in found)


def test_entities_english_tail_body_is_one_body_without_article() -> None:
    found = _names("The Penang Hawkers Association said prices would rise next month.")
    assert found.get("Penang Hawkers Association") == "organization"
    assert "Penang" not in found


def test_entities_english_police_rank_is_no_person() -> None:
    found = _names("Police spokesman Sr. Comr. Hendra Wijaya said five suspects were arrested.")
    assert "Hendra Wijaya" in found and "Sr" not in found


def test_entities_new_ministry_portfolio_is_no_person() -> None:
    assert "Hukum" not in _names("Menteri Hukum Budi Santoso menyatakan revisi segera dibahas.")


def test_entities_regent_title_names_known_regency_then_holder() -> None:
    found = _names("Bupati Lembata Yohanes Paulus Kia meninjau lokasi banjir kemarin.")
    assert found.get("Lembata Regency") == "location"
    assert found.get("Yohanes Paulus Kia") == "person"


def test_entities_office_of_known_body_is_no_new_body() -> None:
    found = _names("Mesyuarat Majlis Tertinggi Umno diadakan di Kuala Lumpur semalam.")
    assert not any(n.startswith("Majlis Tertinggi") for n in found)


def test_entities_regional_acronym_without_region_keeps_person_apart() -> None:
    found = _names("Ketua DPRD Sutrisno Hadi mengatakan anggaran itu disetujui.")
    assert not any("Sutrisno" in n and n.startswith("Dewan") for n in found)


def test_entities_english_demonyms_are_never_entities() -> None:
    found = entities(
        "Egyptian, Qatari and Malaysian mediators met Hamas leaders in Doha. Israeli strikes went on."
    )
    assert not {"Egyptian", "Qatari", "Malaysian", "Israeli"} & set(found)
    assert "Hamas" in found and "Doha" in found


def test_entities_person_after_lower_case_court_role() -> None:
    found = entities(
        "Judge Jason Kumar adjourned the case. Deputy public prosecutor Norhidayah Zainal objected, "
        "while lawyer Ravi Shankar disagreed."
    )
    assert {"Jason Kumar", "Norhidayah Zainal", "Ravi Shankar"} <= set(found)
    assert not any(name.startswith(("Judge", "Deputy")) for name in found)


def test_entities_possessive_is_not_part_of_a_name() -> None:
    found = entities("Bank Indonesia's governor said Bank Indonesia's rate will stay.")
    assert "Bank Indonesia" in found and not any(name.endswith("'s") for name in found)


def test_entities_prefix_words_are_not_names() -> None:
    found = entities(
        "Tersangka ditahan di Mapolda Jawa Timur. Warga Kelurahan Sukajadi berkumpul. "
        "Agensi Pertahanan Awam Gaza berkata 20 orang terbunuh. Wisma Putra di Putrajaya mengeluarkan kenyataan."
    )
    assert not any(name.startswith(("Mapol", "Kelurahan")) for name in found)
    assert "Sukajadi" in found and "Gaza Civil Defence" in found
    assert found["Kepolisian Daerah Jawa Timur"].type == "organization"  # the body its HQ houses
    assert "Ministry of Foreign Affairs (Malaysia)" in found  # "Wisma Putra ... mengeluarkan": the ministry
    assert "Putra" not in found


def test_entities_domestic_body_keeps_native_name() -> None:
    found = entities("Saham di Bursa Efek Indonesia naik, kata Direktur BEI.")
    assert "Bursa Efek Indonesia" in found and "Indonesia Stock Exchange" not in found


def ents(text: str, language: str) -> dict[str, Entity]:
    article = Article(id="t", text=text)
    article.language = language
    return {e.name: e for e in find_entities(article)}


def test_entities_acronym_inside_a_name_leaves_no_fragments() -> None:
    found = ents("BANDUNG - Kepolisian Daerah (Polda) Metro Jaya menyita 20 kilogram ganja kemarin.", "id")
    assert "Kepolisian Daerah Metropolitan Jakarta Raya" in found
    assert not {"Kepolisian Daerah", "Metro Jaya"} & set(found)


def test_entities_spelt_out_name_before_acronym_is_the_body() -> None:
    found = ents("The Meteorology, Climatology and Geophysics Agency (BMKG) warned of high waves.", "en")
    assert "Badan Meteorologi, Klimatologi, dan Geofisika" in found
    assert not any("Agency" in name for name in found)


def test_entities_acronym_then_person_keeps_both() -> None:
    found = ents(
        "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto meninjau lokasi banjir.", "id"
    )
    assert found["Badan Nasional Penanggulangan Bencana"].type == "organization"
    assert found["Suharyanto"].type == "person"


def test_entities_shared_ministry_name_follows_the_article_country() -> None:
    ms = ents("PUTRAJAYA: Kementerian Luar Negeri berkata rakyat Malaysia di sana selamat.", "ms")
    assert "Ministry of Foreign Affairs (Malaysia)" in ms
    idn = ents("Kementerian Luar Negeri memastikan WNI di Sudan aman, kata juru bicara di Jakarta.", "id")
    assert "Ministry of Foreign Affairs (Indonesia)" in idn


def test_entities_wisma_putra_speaks_as_the_ministry_but_is_a_building_after_di() -> None:
    body = ents("Dalam satu kenyataan, Wisma Putra berkata kedua-dua negara bersetuju.", "ms")
    assert body["Ministry of Foreign Affairs (Malaysia)"].type == "organization"
    place = ents("Menteri itu bercakap kepada media di Wisma Putra petang tadi.", "ms")
    assert place["Wisma Putra"].type == "location"


def test_entities_bracketed_alias_decides_whose_ministry() -> None:
    found = ents("JAKARTA - Kementerian Luar Negeri (Wisma Putra) mengeluarkan kenyataan.", "id")
    assert "Ministry of Foreign Affairs (Malaysia)" in found
    assert "Ministry of Foreign Affairs (Indonesia)" not in found


def test_entities_magistrates_court_with_its_town() -> None:
    found = ents("Dia dibawa ke Mahkamah Majistret Shah Alam oleh Majistret Nor Aini Hassan.", "ms")
    assert found["Mahkamah Majistret Shah Alam"].type == "organization"
    assert "Shah Alam" not in found  # a place only inside the court's name


def test_entities_small_town_after_a_place_word() -> None:
    found = ents("Sebuah lori terbalik dekat Tapah malam tadi.", "ms")
    assert found["Tapah"].type == "location"
    assert "Damansara" in ents("The suspects were held in Damansara on Monday.", "en")


def test_entities_small_town_name_without_place_word_is_no_entity() -> None:
    found = ents("Tapah Road ialah nama sebuah lagu baharu.", "ms")
    assert "Tapah" not in found


def test_entities_indonesian_village_drops_desa() -> None:
    found = ents("Tim SAR mencari warga yang hilang di Desa Sukamakmur, Kabupaten Bogor.", "id")
    assert "Sukamakmur" in found and "Desa Sukamakmur" not in found


def test_entities_malay_kampung_keeps_its_word() -> None:
    found = ents("Banjir melanda Kampung Sungai Lembu di Kedah.", "ms")
    assert "Kampung Sungai Lembu" in found


def test_entities_name_ending_in_bakar_is_whole() -> None:
    found = ents("Pengarah JPJ Perak, Ahmad Zaki Bakar berkata, operasi itu bermula semalam.", "ms")
    assert "Ahmad Zaki Bakar" in found and "Ahmad Zaki" not in found
    assert "Mohd Kamal Abu Bakar" in ents("Tertuduh, Mohd Kamal Abu Bakar, 41, mengaku tidak bersalah.", "ms")


def test_entities_lower_case_crossing_word() -> None:
    found = ents("Trak bantuan memasuki Gaza melalui lintasan Rafah pagi ini.", "ms")
    assert "Rafah Border Crossing" in found
    assert "Rafah" in ents("Serangan udara menggegarkan Rafah semalam.", "ms")


def test_entities_numbered_school_is_one_place() -> None:
    found = ents("Ratusan warga mengungsi ke SD Negeri 2 Sukamaju sejak Senin.", "id")
    assert found["SD Negeri 2 Sukamaju"].type == "location"
    assert "SD Negeri" not in found


def test_entities_malaysian_hospital_by_english_title() -> None:
    found = ents("Mangsa dihantar ke Hospital Raja Permaisuri Bainun di Ipoh.", "ms")
    assert found["Raja Permaisuri Bainun Hospital"].type == "location"


def test_entities_bare_name_in_a_regency_story_is_the_regency() -> None:
    found = ents(
        "Longsor Landa Pekalongan\nLongsor melanda dua desa di Kabupaten Pekalongan, Jawa Tengah.", "id"
    )
    assert "Pekalongan Regency" in found and "Pekalongan" not in found


def test_entities_city_written_as_kota_stays_the_city() -> None:
    found = ents("Banjir melanda Kota Pekalongan dan Kabupaten Pekalongan sejak Senin.", "id")
    assert {"Pekalongan", "Pekalongan Regency"} <= set(found)


def test_entities_bare_office_head_is_no_place() -> None:
    found = entities("Rapat itu digelar di Kantor Bupati Sleman, Yogyakarta, pada Selasa.")
    assert "Kantor" not in found
    assert "Yogyakarta" in found


def test_entities_facility_names_its_place_not_the_body() -> None:
    found = entities(
        "Tujuh nelayan dibawa ke Pangkalan Bakamla Tarempa, lalu diperiksa. Bakamla menyita kapal."
    )
    assert found["Tarempa"].type == "location"
    assert "Pangkalan" not in found
    org = found["Badan Keamanan Laut"]
    assert [m.text for m in org.mentions] == ["Bakamla"]  # only the mention outside the facility name


def test_entities_facility_with_unknown_body_is_left_alone() -> None:
    found = entities("Mereka tinggal di Pangkalan Susu Langkat sejak lama.")
    assert "Susu Langkat" not in found


def test_entities_title_with_portfolio_is_not_glued_to_the_name() -> None:
    found = entities("Ia didampingi Direktur Jenderal Penyelenggaraan Haji dan Umrah Rusdi Hartono.")
    assert "Rusdi Hartono" in found
    assert not any(name.startswith("Umrah") for name in found)


def test_entities_english_fused_title_names_no_body() -> None:
    found = entities("Energy Transition and Water Transformation Minister Fadillah Yusof said tariffs stay.")
    assert "Fadillah Yusof" in found
    assert not {"Energy Transition", "Water Transformation"} & set(found)


def test_entities_english_ministry_is_still_a_body() -> None:
    found = entities("The Foreign Ministry said Malaysia would send aid to Gaza.")
    assert "Gaza Strip" in found or "Gaza" in found
    assert "Malaysia" in found


def test_entities_listed_name_shares_the_admin_head() -> None:
    found = entities("Banjir melanda Kecamatan Tirtomulyo dan Sukaraja pada Senin malam.")
    assert found["Sukaraja"].type == "location"
    assert found["Tirtomulyo"].type == "location"


def test_entities_listed_ordinary_word_is_not_a_place() -> None:
    found = entities("Banjir melanda Kecamatan Tirtomulyo dan Pemerintah Kabupaten Demak turun tangan.")
    assert "Pemerintah" not in found


def test_entities_seat_after_acronym_is_a_place() -> None:
    found = entities("Ahli Dewan Undangan Negeri (ADUN) Bukit Kemuning, Ahmad Fikri Rosli berkata.")
    assert found["Bukit Kemuning"].type == "location"
    assert "Ahmad Fikri Rosli" in found


def test_entities_given_name_after_a_place_joins_the_person() -> None:
    found = entities(
        "Ia menerima Duta Besar Oman untuk Indonesia Faisal Abdullah Zuabi di Jakarta. Faisal senang."
    )
    assert len(found["Faisal Abdullah Zuabi"].mentions) == 2
    assert "Abdullah Zuabi" not in found and "Faisal" not in found


def test_entities_given_name_needs_a_mention_right_before() -> None:
    found = entities("Pagi itu, Semalam Abdullah Zuabi datang ke Bandung.")
    assert not any(name.startswith("Semalam") for name in found)


def test_entities_surname_goes_to_the_person_named_here() -> None:
    found = entities("Hasto Sudarmanto berpidato di Solo. Hasto meminta warga tenang.")
    assert "Hasto Kristiyanto" not in found
    assert len(found["Hasto Sudarmanto"].mentions) == 2


def test_entities_surname_stays_with_the_famous_person_named_in_full() -> None:
    found = entities("Hasto Kristiyanto dan Hasto Sudarmanto hadir. Hasto lalu pergi.")
    assert len(found["Hasto Kristiyanto"].mentions) == 2


def test_entities_foreign_ministry_in_malay_links_to_its_country() -> None:
    found = entities("Kementerian Haji dan Umrah Arab Saudi menetapkan kuota baharu untuk musim ini.")
    assert "Ministry of Hajj and Umrah (Saudi Arabia)" in found


def test_entities_state_health_department_is_the_ministry() -> None:
    found = entities("Jabatan Kesihatan Negeri Perak (JKNPk) mengesahkan dua kes baharu di Ipoh.")
    assert "Ministry of Health (Malaysia)" in found


def test_entities_known_buildings_and_haji_sites() -> None:
    found = entities("Jemaah bergerak dari Muzdalifah ke Mina. Gubernur menerima tamu di Kraton Yogyakarta.")
    assert {"Muzdalifah", "Mina", "Kraton Ngayogyakarta Hadiningrat"} <= set(found)


def test_entities_country_coast_guard_is_one_body() -> None:
    found = entities("Kapal Vietnam Coast Guard terlihat di Laut Natuna Utara.")
    assert found["Vietnam Coast Guard"].type == "organization"
    assert "Coast Guard" not in found


def test_entities_ministry_of_that_country_is_foreign() -> None:
    found = entities("Menteri itu tiba di Tokyo, Jepang. Kementerian Pertahanan negara itu menyambutnya.")
    assert any(name.startswith("Ministry of Defen") and name.endswith("(Japan)") for name in found)
    assert "Ministry of Defense (Indonesia)" not in found


def test_entities_ministry_of_that_country_without_foreign_country_stays_home() -> None:
    found = entities("Rapat di Bandung membahas anggaran. Kementerian Pertahanan negara itu setuju.")
    assert "Ministry of Defense (Indonesia)" in found


def test_entities_unknown_port_takes_the_port_name_form() -> None:
    found = entities("Kapal feri tiba di Pelabuhan Tanjung Balai Karimun pada pagi hari.")
    assert found["Tanjung Balai Karimun Port"].type == "location"


def test_entities_immigration_office_is_a_body_not_a_place() -> None:
    found = entities("Paspor itu diperiksa di Kantor Imigrasi Tarakan kemarin.")
    assert found["Kantor Imigrasi Tarakan"].type == "organization"


def test_entities_minister_of_portfolio_names_no_body() -> None:
    found = entities("The Minister of Rural and Regional Development Ahmad Zahid Hamidi said so.")
    assert not any(name.startswith(("Rural", "Regional")) for name in found)


def test_entities_minister_of_portfolio_keeps_the_holder() -> None:
    found = entities("Minister of Foreign Affairs Amran Kelingi Tomas said the talks went well.")
    assert "Amran Kelingi Tomas" in found


def test_entities_malaysian_department_named_in_english_takes_native_name() -> None:
    found = entities("The Department of Environment said air quality in Klang improved on Monday.")
    assert "Jabatan Alam Sekitar" in found
    assert "Department of Environment" not in found


def test_entities_place_after_comma_is_not_a_listed_district() -> None:
    found = entities("Rapat digelar di Kabupaten Tirtomulyo, Wonokerto, pada Senin.")
    assert "Tirtomulyo Regency" in found
    assert "Wonokerto Regency" not in found


def test_entities_comma_list_ending_in_dan_shares_the_head() -> None:
    found = entities("Warga Kabupaten Tirtomulyo, Wonokerto dan Sukamakmur terdampak.")
    assert {"Wonokerto Regency", "Sukamakmur Regency"} <= set(found)


def test_entities_portfolio_words_are_no_person() -> None:
    found = entities("Hadir pula Direktur Jenderal Bina Marga dan Lingkungan Hidup Hendra Wijaya.")
    assert "Hendra Wijaya" in found
    assert "Lingkungan Hidup" not in found and "Bina Marga" not in found


def test_entities_fused_director_general_title_is_cut() -> None:
    found = entities("Dirjen Bea dan Cukai Askolani berkata penerimaan naik.")
    assert "Askolani" in found
    assert not any("Cukai" in name or "Bea" in name for name in found)


def test_entities_capitalised_region_is_its_own_place() -> None:
    assert "Southern Thailand" in entities("Talks on the Southern Thailand conflict resume next week.")
    lower = entities("Violence flared again in southern Thailand on Monday.")
    assert "Thailand" in lower and "Southern Thailand" not in lower


def test_entities_district_health_office_is_the_ministry() -> None:
    found = entities("Pejabat Kesihatan Daerah (PKD) Kinta mengesahkan tiga kes baharu.")
    assert "Ministry of Health (Malaysia)" in found


def test_entities_envoy_after_posting_is_a_person() -> None:
    found = entities("Rombongan bertemu Duta Besar Indonesia untuk Mesir Hasan Basri di Kairo.")
    assert found["Hasan Basri"].type == "person"
    assert found["Egypt"].type == "location"
    plain = entities("Bantuan dikirim dari Indonesia ke Mesir Selasa lalu.")
    assert not any(e.type == "person" for e in plain.values())


def test_entities_rank_and_corps_are_not_part_of_the_name() -> None:
    found = entities("Komandan Letkol Kav Dedi Kurniawan menyebut Pratu Rudi Hartono terluka.")
    assert {"Dedi Kurniawan", "Rudi Hartono"} <= set(found)
    assert not any(n.startswith(("Kav", "Pratu")) for n in found)


def test_entities_royal_style_and_presidium_are_no_persons() -> None:
    found = entities("Ketua Presidium Andi Saputra hadir. Seri Paduka Baginda bertitah semalam.")
    assert "Andi Saputra" in found
    assert "Presidium" not in found and "Paduka Baginda" not in found


def test_entities_ship_name_is_not_annotated() -> None:
    found = entities("Kapal KM Sinar Bahari tenggelam di Selat Sunda, kata Budi Santoso dari Basarnas.")
    assert "Sinar Bahari" not in found
    assert "Sunda Strait" in found


def test_entities_short_regional_government_is_spelt_out() -> None:
    found = entities("Pemkab Garut dan Pemprov Jawa Barat menanggung biaya pengobatan warga.")
    assert found["Pemerintah Kabupaten Garut"].type == "organization"
    assert "Pemerintah Provinsi Jawa Barat" in found
    assert "West Java" not in found  # the province only inside the body's name


def test_entities_numbered_battalion_is_one_body() -> None:
    found = entities("Dua prajurit Yonif 123/Rajawali Sakti Serda Tono Wijaya terluka.")
    assert found["Batalyon Infanteri 123/Rajawali Sakti"].type == "organization"
    assert "Tono Wijaya" in found


def test_entities_nickname_joins_the_person_named_before() -> None:
    found = entities('Juru bicara Kemlu Bartholomeus Sitompul menjelaskan. "Semua aman," ujar Barto.')
    assert [m.text for m in found["Bartholomeus Sitompul"].mentions] == ["Bartholomeus Sitompul", "Barto"]
    before = entities('"Semua aman," ujar Barto. Bartholomeus Sitompul hadir kemudian.')
    assert "Barto" in before  # named in full only afterwards: no link


def test_entities_malay_given_name_prefix_stays_with_the_name() -> None:
    found = entities("Polis menahan Mohd Faizal Rahman semalam.")
    assert "Mohd Faizal Rahman" in found


def test_entities_facility_heads_keep_the_whole_name() -> None:
    found = entities("Korban dibawa ke RS Bhayangkara Palu lalu warga mengungsi ke Gereja Kristen Sion Palu.")
    assert found["Rumah Sakit Bhayangkara Palu"].type == "location"
    assert found["Gereja Kristen Sion Palu"].type == "location"


def test_entities_word_tail_is_no_name() -> None:
    found = entities("Hal itu disampaikan Andi Saputra kepada detikJatim, Rabu.")
    assert "East Java" not in found
