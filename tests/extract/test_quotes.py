"""Quotes: one test per attribution family on sentences written for these tests, negatives, and a
floor on the gold examples scored with the shared scorer's own matching."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from warta.extract.quotes import extract_quotes, find_raw_quotes
from warta.model import Article, Entity, Mention

StageF1 = Callable[[list[dict[str, Any]], str], float]


def make(text: str, names: dict[str, tuple[str, str]]) -> Article:
    """An article whose entities mark every occurrence of each surface form given."""
    entities: dict[str, Entity] = {}
    for surface, (name, kind) in names.items():
        ent = entities.setdefault(name, Entity(name=name, type=kind))  # type: ignore[arg-type]
        for m in re.finditer(re.escape(surface), text):
            ent.mentions.append(Mention(m.start(), m.end(), surface))
    return Article(id="t", text=text, entities=list(entities.values()))


def speakers(article: Article) -> list[tuple[str | None, str]]:
    return [(q.speaker, " ".join(q.text.split()[:3])) for q in extract_quotes(article)]


BUDI = {"Budi Santoso": ("Budi Santoso", "person")}


def test_quotes_named_after_verb_id() -> None:
    art = make("“Kami akan terus membantu warga di sana,” kata Budi Santoso.", BUDI)
    assert speakers(art) == [("Budi Santoso", "Kami akan terus")]


def test_quotes_pronoun_verb_takes_last_speaker() -> None:
    text = (
        "“Kami akan terus membantu warga di sana,” kata Budi Santoso.\n"
        "Ia juga meninjau dapur umum di lokasi pengungsian.\n"
        "“Bantuan tambahan tiba besok pagi dari Jakarta,” tambahnya."
    )
    assert [s for s, _ in speakers(make(text, BUDI))] == ["Budi Santoso", "Budi Santoso"]


def test_quotes_indirect_speech_sets_speaker_for_katanya() -> None:
    text = (
        "Menteri Siti Rahmawati mengatakan pemerintah siap menambah anggaran.\n"
        "“Kami tidak akan membiarkan warga menunggu terlalu lama,” katanya."
    )
    art = make(text, {"Siti Rahmawati": ("Siti Rahmawati", "person")})
    assert speakers(art) == [("Siti Rahmawati", "Kami tidak akan")]


def test_quotes_malay_berkata_and_katanya() -> None:
    text = (
        "Ahmad Zahid Hamidi berkata kerajaan akan membantu mangsa banjir.\n"
        '"Kita tidak akan membiarkan rakyat terus menderita," katanya.'
    )
    art = make(text, {"Ahmad Zahid Hamidi": ("Ahmad Zahid Hamidi", "person")})
    assert speakers(art) == [("Ahmad Zahid Hamidi", "Kita tidak akan")]


def test_quotes_surname_maps_to_full_name() -> None:
    text = "Budi Santoso meninjau lokasi banjir.\n“Air mulai surut sejak tadi pagi,” ujar Santoso."
    art = make(text, {**BUDI, "Santoso.": ("Santoso", "person")})
    assert speakers(art) == [("Budi Santoso", "Air mulai surut")]


def test_quotes_title_resolves_to_titled_person() -> None:
    text = (
        "Presiden Joko Widodo menerima para menteri di istana.\n"
        "“Kami bicara banyak hal tentang ekonomi nasional,” kata Presiden."
    )
    art = make(text, {"Joko Widodo": ("Joko Widodo", "person")})
    assert speakers(art) == [("Joko Widodo", "Kami bicara banyak")]


def test_quotes_organization_statement() -> None:
    text = "“Kami mengecam serangan itu dengan keras,” kata Kementerian Luar Negeri Rusia dalam sebuah pernyataan."
    art = make(
        text, {"Kementerian Luar Negeri Rusia": ("Ministry of Foreign Affairs (Russia)", "organization")}
    )
    assert speakers(art) == [("Ministry of Foreign Affairs (Russia)", "Kami mengecam serangan")]


def test_quotes_apposition_after_title_ms() -> None:
    text = "“Tiada keputusan dibuat dalam mesyuarat itu,” kata Ahli Parlimen Pekan, Datuk Seri Najib Razak."
    art = make(text, {"Najib Razak": ("Najib Razak", "person"), "Pekan": ("Pekan", "location")})
    assert speakers(art) == [("Najib Razak", "Tiada keputusan dibuat")]


def test_quotes_english_said() -> None:
    art = make('"We will keep working with our partners," Smith said.', {"Smith": ("John Smith", "person")})
    assert speakers(art) == [("John Smith", "We will keep")]


def test_quotes_entity_residue_marks() -> None:
    art = make("&ldquo;Kami ingin kejelasan tentang rencana itu,&rdquo; kata Budi Santoso.", BUDI)
    assert speakers(art) == [("Budi Santoso", "Kami ingin kejelasan")]


def test_quotes_multi_paragraph_counts_once() -> None:
    text = (
        '"Kalimat pertama dari kutipan yang panjang.\n'
        '"Kalimat kedua masih dari orang yang sama," kata Budi Santoso.'
    )
    quotes = extract_quotes(make(text, BUDI))
    assert len(quotes) == 1 and quotes[0].text.startswith("Kalimat pertama")
    assert "\n" not in quotes[0].text and '"' not in quotes[0].text


def test_quotes_closed_and_reopened_counts_twice() -> None:
    text = "“Jika mereka bersedia, kami mendukung,” kata Budi Santoso. “Terutama dalam situasi seperti ini.”"
    assert [s for s, _ in speakers(make(text, BUDI))] == ["Budi Santoso", "Budi Santoso"]


def test_quotes_cut_off_takes_introducing_speaker() -> None:
    text = (
        'Kapolres AKBP Budi Santoso memastikan polisi tidak salah tangkap. "Kita profesional dan tidak akan'
    )
    assert speakers(make(text, BUDI)) == [("Budi Santoso", "Kita profesional dan")]


def test_quotes_unattributed_paragraph_takes_next_speaker() -> None:
    text = (
        "Polisi menunjukkan barang bukti senjata.\n"
        '"Senjata ini dilengkapi dengan peredam suara."\n'
        '"Senjata itu juga bisa dipakai dari jarak jauh," ucap Budi Santoso.'
    )
    assert [s for s, _ in speakers(make(text, BUDI))] == ["Budi Santoso", "Budi Santoso"]


def test_quotes_introduced_before_the_marks() -> None:
    text = (
        "Menurut Budi Santoso, “warga sudah mulai kembali ke rumah masing-masing.”\n"
        "Ia mengatakan, “bantuan logistik masih terus kami salurkan.”"
    )
    assert [s for s, _ in speakers(make(text, BUDI))] == ["Budi Santoso", "Budi Santoso"]


def test_quotes_repeated_paragraph_counts_once() -> None:
    line = "“Kami akan terus membantu warga di sana,” kata Budi Santoso."
    assert len(extract_quotes(make(line + "\n" + line, BUDI))) == 1


def test_quotes_scare_quote_left_out() -> None:
    text = "Budi Santoso menyebut langkah itu sebagai “jalan tengah” bagi semua pihak."
    assert extract_quotes(make(text, BUDI)) == []


def test_quotes_mid_sentence_without_speaker_left_out() -> None:
    text = "Kedua pihak juga membahas “cara-cara untuk mencapai gencatan senjata yang permanen.”"
    assert extract_quotes(make(text, {})) == []


def test_quotes_unnamed_source_left_out() -> None:
    text = (
        "Stasiun Al-Qahera mengutip sumber yang tidak disebutkan namanya yang mengatakan bahwa "
        "“ada kemajuan besar dalam perundingan itu.”"
    )
    assert extract_quotes(make(text, {"Al-Qahera": ("Al-Qahera News", "organization")})) == []


def test_quotes_said_by_unnamed_source_left_out() -> None:
    text = "“Kami tidak pernah menerima bantuan apa pun,” kata sumber itu kepada wartawan."
    assert extract_quotes(make(text, {})) == []


def test_quotes_unnamed_person_is_not_the_last_speaker() -> None:
    text = (
        "“Kami akan terus membantu warga di sana,” kata Budi Santoso.\n"
        "“Kami belum menerima bantuan sama sekali,” kata seorang warga.\n"
        "“Apa salah kami sampai rumah dibongkar?” tanya warga itu."
    )
    assert [s for s, _ in speakers(make(text, BUDI))] == ["Budi Santoso"]


def test_quotes_raw_segments_join_open_paragraphs() -> None:
    text = '"Satu dua tiga empat.\n"Lima enam tujuh," kata A.\nTeks biasa "lagi di sini" selesai.'
    segs = find_raw_quotes(text)
    assert len(segs) == 2 and segs[0].close > 0 and text[segs[0].start : segs[0].start + 4] == "Satu"


def test_quotes_initial_in_name_keeps_sentence_window() -> None:
    text = (
        "“Operasi ini melibatkan tiga satuan berbeda,” kata Budi Santoso.\n"
        "Kapolres Kombes Pol R. Hartono menyebut operasi itu berhasil. "
        "“Kami tidak akan berhenti di sini saja,” tegasnya."
    )
    art = make(text, {**BUDI, "R. Hartono": ("R. Hartono", "person")})
    assert [s for s, _ in speakers(art)] == ["Budi Santoso", "R. Hartono"]


def test_quotes_pronoun_cue_points_at_last_person() -> None:
    text = (
        "Menurut data Badan Penanggulangan Bencana Daerah, ratusan warga mengungsi.\n"
        "Bupati Rina Lestari meminta warga tetap waspada. Ia menyebut status darurat berlaku dua pekan.\n"
        "“Kami sudah menyiapkan tenda dan dapur umum,” ujarnya."
    )
    names = {
        "Badan Penanggulangan Bencana Daerah": ("Badan Penanggulangan Bencana Daerah", "organization"),
        "Rina Lestari": ("Rina Lestari", "person"),
    }
    assert speakers(make(text, names)) == [("Rina Lestari", "Kami sudah menyiapkan")]


def test_quotes_paragraph_subject_outranks_earlier_speaker() -> None:
    text = (
        "Menurut Badan Pusat Statistik, inflasi turun tipis.\n"
        "Pengamat Dewi Anggraini menilai bunga masih bisa turun. "
        "“Kalau rupiah stabil, bank sentral bisa memangkas bunga,” ujarnya."
    )
    names = {
        "Badan Pusat Statistik": ("Badan Pusat Statistik", "organization"),
        "Dewi Anggraini": ("Dewi Anggraini", "person"),
    }
    assert speakers(make(text, names)) == [("Dewi Anggraini", "Kalau rupiah stabil,")]


def test_quotes_katanya_without_speaker_takes_last_person_named() -> None:
    text = (
        "Pendakwa Aminah Yusof mencadangkan jaminan RM10,000, manakala peguam, Kumar Raj memohon "
        "jumlah lebih rendah.\n"
        '"Anak guam saya telah memberi kerjasama penuh," katanya.'
    )
    names = {"Aminah Yusof": ("Aminah Yusof", "person"), "Kumar Raj": ("Kumar Raj", "person")}
    assert speakers(make(text, names)) == [("Kumar Raj", "Anak guam saya")]


def test_quotes_english_he_said_and_said_name() -> None:
    text = (
        "Governor John Tan visited the flooded villages on Monday.\n"
        "“We will rebuild every house that was lost,” he said.\n"
        "“The port will reopen next week,” said harbour master Ali Hassan.\n"
        "“We are still counting the damage,” Ali Hassan told reporters."
    )
    names = {"John Tan": ("John Tan", "person"), "Ali Hassan": ("Ali Hassan", "person")}
    assert [s for s, _ in speakers(make(text, names))] == ["John Tan", "Ali Hassan", "Ali Hassan"]


def test_quotes_single_curly_marks_for_direct_speech() -> None:
    text = "‘Kami tidak akan mundur dari tuntutan ini,’ kata Budi Santoso kepada wartawan."
    assert speakers(make(text, BUDI)) == [("Budi Santoso", "Kami tidak akan")]
    apostrophes = "Budi Santoso’s team said the ‘whole of government’ plan isn’t ready for the state’s needs."
    assert extract_quotes(make(apostrophes, BUDI)) == []


def test_quotes_straight_single_marks_only_before_a_verb() -> None:
    text = "Budi Santoso meninjau gudang.\n'Semua bantuan akan dikirim dalam tujuh hari,' katanya."
    assert speakers(make(text, BUDI)) == [("Budi Santoso", "Semua bantuan akan")]
    text = "Budi Santoso bertemu Ma'ruf Amin dan membaca Qur'an di masjid bersama warga setempat."
    assert extract_quotes(make(text, BUDI)) == []


def test_quotes_english_definite_noun_points_at_named_body() -> None:
    text = (
        "The Health Ministry opened 20 mobile clinics in the district.\n"
        "“Our teams are ready to move into the affected areas,” the ministry said in a statement."
    )
    art = make(text, {"Health Ministry": ("Ministry of Health (Malaysia)", "organization")})
    assert speakers(art) == [("Ministry of Health (Malaysia)", "Our teams are")]


def test_quotes_he_said_skips_a_person_named_as_object() -> None:
    text = (
        "Minister John Tan chaired the flood meeting on Monday, attended by deputy Ali Hassan.\n"
        "“We will open ten more relief centres tonight,” he said."
    )
    names = {"John Tan": ("John Tan", "person"), "Ali Hassan": ("Ali Hassan", "person")}
    assert speakers(make(text, names)) == [("John Tan", "We will open")]


def test_quotes_person_named_as_object_does_not_open_the_paragraph() -> None:
    text = (
        "“Kami sudah lama mengintai jaringan ini,” kata Budi Santoso.\n"
        "Polisi menangkap Andi Wijaya di rumahnya. “Dia sudah kami intai sejak bulan lalu,” ujarnya."
    )
    names = {**BUDI, "Andi Wijaya": ("Andi Wijaya", "person")}
    assert [s for s, _ in speakers(make(text, names))] == ["Budi Santoso", "Budi Santoso"]


def test_quotes_gold_floor_seeds(seed_gold: list[dict[str, Any]], stage_f1: StageF1) -> None:
    assert stage_f1(seed_gold, "quotes") >= 0.80


def test_quotes_gold_floor_dev(dev_gold: list[dict[str, Any]], stage_f1: StageF1) -> None:
    assert stage_f1(dev_gold, "quotes") >= 0.80


def test_quotes_title_taken_for_person_yields_to_name_after_it() -> None:
    text = "“Tim mengamankan tujuh orang di lokasi,” kata Deputi Penindakan KPK Asep Hidayat di Jakarta."
    names = {
        "Deputi Penindakan": ("Deputi Penindakan", "person"),
        "KPK": ("Komisi Pemberantasan Korupsi", "organization"),
        "Asep Hidayat": ("Asep Hidayat", "person"),
    }
    assert speakers(make(text, names)) == [("Asep Hidayat", "Tim mengamankan tujuh")]


def test_quotes_unrecognised_name_after_title_and_comma() -> None:
    text = "“Warga di lereng bukit kami minta waspada,” ujar Kepala Stasiun Cuaca Daerah, Sukardi."
    assert speakers(make(text, {})) == [("Sukardi", "Warga di lereng")]


def test_quotes_katanya_goes_to_previous_paragraph_subject_ms() -> None:
    text = (
        "“Kita tidak mahu rakyat sekadar menjadi penonton,” kata Yusof Rahman.\n"
        "Sementara itu, Ketua Pembangkang, Idris Kamal menyifatkan bajet itu terlalu bergantung kepada projek mega.\n"
        "“Rakyat di kampung masih bergelut dengan banjir setiap tahun,” katanya."
    )
    names = {"Yusof Rahman": ("Yusof Rahman", "person"), "Idris Kamal": ("Idris Kamal", "person")}
    assert [s for s, _ in speakers(make(text, names))] == ["Yusof Rahman", "Idris Kamal"]


def test_quotes_katanya_takes_last_clause_subject_ms() -> None:
    text = (
        "Pendakwa, Siti Aminah mencadangkan jaminan tinggi, manakala peguam tertuduh, Idris Kamal memohon jumlah rendah.\n"
        "“Anak guam saya telah memberi kerjasama penuh,” katanya."
    )
    names = {"Siti Aminah": ("Siti Aminah", "person"), "Idris Kamal": ("Idris Kamal", "person")}
    assert [s for s, _ in speakers(make(text, names))] == ["Idris Kamal"]


def test_quotes_weekday_is_never_a_speaker_en() -> None:
    text = "“Rescue teams could not reach them until the water subsided,” the council said Wednesday."
    assert all(s != "Wednesday" for s, _ in speakers(make(text, {})))


PUAN = {
    "Sri Wahyuni": ("Sri Wahyuni", "person"),
    "Partai Hijau Nusantara": ("Partai Hijau Nusantara", "organization"),
    "Dewan Kota": ("Dewan Kota", "organization"),
}


def test_quotes_description_after_quote_is_the_person_described() -> None:
    text = (
        "Ketua Dewan Kota Sri Wahyuni mengatakan anggaran banjir harus dinaikkan.\n"
        "Ia menyebut banjir sebagai masalah tahunan.\n"
        "“Kami tidak boleh menunggu hujan berikutnya datang,” ujar politikus Partai Hijau Nusantara tersebut."
    )
    assert speakers(make(text, PUAN)) == [("Sri Wahyuni", "Kami tidak boleh")]


def test_quotes_description_prefers_the_member_named_with_that_body() -> None:
    names = {**PUAN, "Agus Salim": ("Agus Salim", "person")}
    text = (
        "Politikus Partai Hijau Nusantara Sri Wahyuni hadir dalam rapat itu.\n"
        "Ketua Dewan Kota Agus Salim menjelaskan rencana kota.\n"
        "“Kami menolak rencana itu sampai ada kajian baru,” kata politikus Partai Hijau Nusantara itu."
    )
    assert speakers(make(text, names)) == [("Sri Wahyuni", "Kami menolak rencana")]


def test_quotes_organisation_statement_keeps_the_organisation() -> None:
    names = {"Jabatan Kerja Raya": ("Jabatan Kerja Raya", "organization"), **BUDI}
    text = (
        "Budi Santoso melawat tapak projek itu semalam.\n"
        "“Kerja pembaikan jalan akan siap dalam masa dua minggu,” kata Jabatan Kerja Raya dalam kenyataan."
    )
    assert speakers(make(text, names)) == [("Jabatan Kerja Raya", "Kerja pembaikan jalan")]


def test_quotes_he_said_binds_to_the_person_just_introduced() -> None:
    names = {
        **BUDI,
        "Lim Chee Keong": ("Lim Chee Keong", "person"),
        "Parti Rakyat": ("Parti Rakyat", "organization"),
    }
    text = (
        "Budi Santoso said the report was false.\n"
        "“We will sue whoever spread it,” he said.\n"
        "Parti Rakyat youth chief Lim Chee Keong also dismissed the report. “Nobody from our party attended "
        "any meeting,” he said in a statement."
    )
    assert [s for s, _ in speakers(make(text, names))] == ["Budi Santoso", "Lim Chee Keong"]


def test_quotes_katanya_after_an_object_keeps_the_speaker() -> None:
    names = {**BUDI, "Ahmad Rizal": ("Ahmad Rizal", "person")}
    text = (
        "Budi Santoso mengatakan polisi terus memburu pelaku.\n"
        "Polisi menangkap Ahmad Rizal di rumahnya. “Pelaku lain masih kami kejar sampai sekarang,” katanya."
    )
    assert [s for s, _ in speakers(make(text, names))] == ["Budi Santoso"]


def test_quotes_partial_quote_of_four_words_or_more_is_kept() -> None:
    text = (
        "Budi Santoso said the rumour, first spread by an anonymous account, was "
        '"a cynical attempt to divide voters".'
    )
    assert speakers(make(text, BUDI)) == [("Budi Santoso", "a cynical attempt")]


def test_quotes_scare_quotes_and_unnamed_sources_are_dropped() -> None:
    text = (
        'Budi Santoso called the plan a "quick fix" that would not last.\n'
        '"The minister will resign next week," an anonymous source said.'
    )
    assert speakers(make(text, BUDI)) == []


def test_quotes_description_checks_the_role_when_it_can() -> None:
    names = {**BUDI, "Ahmad Rizal": ("Ahmad Rizal", "person")}
    text = (
        "Menteri Kesehatan Budi Santoso meninjau posko banjir.\n"
        "Gubernur Ahmad Rizal menjelaskan jumlah pengungsi.\n"
        "“Kami kirim obat hari ini juga ke semua posko,” kata menteri itu."
    )
    assert [s for s, _ in speakers(make(text, names))] == ["Budi Santoso"]


def test_quotes_english_description_after_quote() -> None:
    names = {
        **BUDI,
        "Lim Chee Keong": ("Lim Chee Keong", "person"),
        "Parti Rakyat": ("Parti Rakyat", "organization"),
    }
    text = (
        "Parti Rakyat deputy president Lim Chee Keong criticised the plan.\n"
        "Budi Santoso said the plan would be reviewed.\n"
        '"This will hurt the poorest families the most," said the Parti Rakyat politician.\n'
        '"We will review every line of it next month," the 61-year-old added.'
    )
    assert [s for s, _ in speakers(make(text, names))] == ["Lim Chee Keong", "Budi Santoso"]


def test_quotes_kin_description_is_not_the_relative_named() -> None:
    names = {**BUDI, "Siti Rahmawati": ("Siti Rahmawati", "person")}
    text = (
        "Ketua Dewan Budi Santoso meminta pemerintah bertindak cepat.\n"
        "“Kita tidak boleh diam melihat harga beras naik,” kata putra Siti Rahmawati itu."
    )
    assert [s for s, _ in speakers(make(text, names))] == ["Budi Santoso"]


def test_quotes_paragraph_subject_after_a_dateline() -> None:
    text = (
        "PUTRAJAYA: Government spokesman Hassan Karim has denied claims that Prime Minister Anwar Rahman"
        " met party chairman Musa Tahir at a private house last week.\n"
        "\u201cThere was no such meeting and the claim is simply untrue,\u201d he told reporters."
    )
    names = {n: (n, "person") for n in ("Anwar Rahman", "Hassan Karim", "Musa Tahir")}
    assert speakers(make(text, names)) == [("Hassan Karim", "There was no")]


RINA = {"Rina Hartati": ("Rina Hartati", "person"), "Rina": ("Rina Hartati", "person")}


def test_quotes_closed_in_next_paragraph_counts_once() -> None:
    text = (
        "Menteri Sosial Rina Hartati meninjau posko banjir di Bekasi.\n"
        "“Kami sudah menyiapkan tenda dan dapur umum untuk warga.\n"
        "Bantuan akan terus datang sampai air surut,” kata Rina.\n"
        "Warga menyambut baik kedatangannya."
    )
    assert speakers(make(text, RINA)) == [("Rina Hartati", "Kami sudah menyiapkan")]


def test_quotes_closed_after_an_unmarked_middle_paragraph_counts_once() -> None:
    text = (
        'Rina Hartati berbicara kepada wartawan.\n"Kami ingin semua warga aman dan sehat.\n'
        'Ini bukan pekerjaan mudah.\nKami akan bekerja keras," kata Rina.'
    )
    quotes = extract_quotes(make(text, RINA))
    assert [q.speaker for q in quotes] == ["Rina Hartati"]
    assert "bukan pekerjaan mudah" in quotes[0].text


def test_quotes_open_quote_then_new_opening_quote_stays_two() -> None:
    # the next paragraph opens a new quote in its own sentence: nothing runs on
    text = (
        'Rina Hartati menilai koalisi akan bertahan.\n"Koalisi ini solid dan akan bertahan sampai pemilu.\n'
        'Menurut Rina, "pemilu akan berjalan aman dan damai untuk semua" pekan depan.'
    )
    segs = find_raw_quotes(text)
    assert len(segs) == 2 and segs[0].close < 0


@pytest.mark.parametrize(
    "attribution",
    ["Rina was quoted as saying", "Rina dipetik sebagai berkata", "Rina seperti dikutip Antara"],
)
def test_quotes_reported_attribution_names_the_quoted_person(attribution: str) -> None:
    names = {**RINA, "Kementerian Sosial": ("Kementerian Sosial", "organization")}
    text = (
        "Menteri Sosial Rina Hartati meninjau posko banjir.\n"
        "Kementerian Sosial said in a statement that aid had arrived.\n"
        f"“We will keep helping every family in the area,” {attribution}."
    )
    assert speakers(make(text, names)) == [("Rina Hartati", "We will keep")]


def test_quotes_mark_opening_a_paragraph_does_not_close_a_run_on_quote() -> None:
    text = 'Rina Hartati berbicara.\n"Kami ingin semua warga aman dan sehat.\n" Saya tidak tahu soal itu," kata Rina.'
    segs = find_raw_quotes(text)
    assert segs[0].close < 0 and segs[0].para_end == text.index("\n", 25)


def test_quotes_nickname_resolves_to_person_named_before() -> None:
    text = (
        "Kementerian itu melalui juru bicaranya, Fadillah Rusmanto, menyatakan terus memantau.\n"
        "“Keselamatan warga tetap menjadi prioritas kami,” ujar Fadil."
    )
    art = make(text, {"Fadillah Rusmanto": ("Fadillah Rusmanto", "person"), "Fadil.": ("Fadil", "person")})
    assert speakers(art) == [("Fadillah Rusmanto", "Keselamatan warga tetap")]


def test_quotes_short_name_unlike_earlier_person_or_ambiguous_stays() -> None:
    text = "Budi Santoso meninjau lokasi banjir.\n“Air mulai surut sejak tadi pagi,” ujar Tono."
    art = make(text, {**BUDI, "Tono.": ("Tono", "person")})
    assert speakers(art) == [("Tono", "Air mulai surut")]
    text = (
        "Fadillah Rusmanto dan Fadilah Ramli meninjau lokasi.\n“Air mulai surut sejak tadi pagi,” ujar Fadil."
    )
    names = {
        "Fadillah Rusmanto": ("Fadillah Rusmanto", "person"),
        "Fadilah Ramli": ("Fadilah Ramli", "person"),
        "Fadil.": ("Fadil", "person"),
    }
    assert speakers(make(text, names)) == [("Fadil", "Air mulai surut")]


def test_quotes_untagged_nickname_resolves_to_person_named_before() -> None:
    text = (
        "Kementerian itu melalui juru bicaranya, Fadillah Rusmanto, menyatakan terus memantau.\n"
        "“Keselamatan warga tetap menjadi prioritas kami,” ujar Fadil."
    )
    art = make(text, {"Fadillah Rusmanto": ("Fadillah Rusmanto", "person")})
    assert speakers(art) == [("Fadillah Rusmanto", "Keselamatan warga tetap")]


def test_quotes_single_marks_open_only_after_a_non_word() -> None:
    from warta.extract.quote_marks import _single_quotes

    text = "Dia berkata, ‘Kami akan datang esok pagi,’ kepada wartawan.\nRakyat‘nya ‘tidak’ hadir.\n‘Ya,’ jawabnya."
    opens = [q.open for q in _single_quotes(text, [])]
    assert opens == [text.index("‘Kami"), text.index("‘tidak"), text.rindex("‘Ya")]
