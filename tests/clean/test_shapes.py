from __future__ import annotations

import pytest

from warta.clean.boilerplate import classify_lines, line_reason
from warta.clean.shapes import byline_shape, caption_credit


@pytest.mark.parametrize(
    "line",
    [
        "Oleh Ahmad Fauzi bin Ismail - Mac 3, 2025 @ 9:00am",
        "Oleh Nurul Huda Hassan",
        "By JOHN TAN",
        "By Sarah Lim and Kevin Ong",
        "Rina Sari (The Jakarta Post)",
        "Tim Redaksi - Kompas.com",
        "FMT Reporters",
        "meja.berita@akhbar.com.my",
    ],
)
def test_shapes_bylines_without_colon(line: str) -> None:
    assert byline_shape(line), line
    assert line_reason(line) == "byline", line


@pytest.mark.parametrize(
    "line",
    [
        "Oleh karena itu, pemerintah menaikkan anggaran bantuan.",
        "By the end of the year, the bridge will be finished.",
        "Polisi menangkap dua orang (ANTARA) di pelabuhan itu.",
        "Jakarta - Presiden meresmikan jembatan baru di Bekasi.",
    ],
)
def test_shapes_body_lines_are_not_bylines(line: str) -> None:
    assert not byline_shape(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Warga membersihkan lumpur di Bekasi, Senin (3/3/2025). KOMPAS.com/RINA SARI",
        "Petugas memeriksa kendaraan di gerbang tol, Jumat (7/3/2025). ANTARA FOTO/Budi Santoso/abc.",
        "Tertuduh dibawa keluar dari mahkamah pada Isnin. - Foto Harian Kita/AHMAD ZAKI",
        "The minister speaks to reporters in Jakarta on Feb. 3, 2025. (Antara/Budi Santoso)",
    ],
)
def test_shapes_caption_credit_at_line_end(line: str) -> None:
    assert caption_credit(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Pertumbuhan ekonomi pada kuartal I/2025 mencapai 4,9 persen.",
        "“Kami siap,” kata dia. (Antara/Budi Santoso)",
        "Harga cabai naik menjadi Rp 80.000/kg di pasar induk.",
    ],
)
def test_shapes_body_lines_are_not_caption_credits(line: str) -> None:
    assert not caption_credit(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Simak berita dan artikel menarik lainnya di Google News",
        "Ikuti kanal WhatsApp Harian Kita untuk update berita terkini",
        "Follow us on Telegram for breaking news",
        "Topics: banjir, cuaca, BMKG",
        "Tags / Keywords: Bus Crash",
        "ADVERTISING",
        "Masa membaca: 3 minit",
        "4 min read",
        "Lihat Foto",
        "[Gambas:Video 20detik]",
        "Dilarang keras mengambil konten tanpa izin tertulis.",
        "Kompas.com - 03/03/2025, 10:15 WIB",
        "Jakarta ● Mon, March 3, 2025",
        "March 3, 2025 | 10:15 am",
        "4:15 PM MYT",
        "Published: Mar 3, 2025 10:15 AM",
        "Jakarta Globe",
        "CNN Indonesia",
        "(Reporting by Budi Santoso; Editing by Rina Sari)",
        "2 jam yang lalu",
        "Penulis Budi Santoso | Editor Rina Sari",
        "Pastikan kamu sudah install aplikasi WhatsApp ya.",
        "Halaman 2 dari 3",
        "Did you find this article insightful?",
    ],
)
def test_shapes_outlet_furniture_lines(line: str) -> None:
    assert line_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Follow-up talks with the union will be held on Monday.",
        "Warga diminta mengikuti update dari BMKG.",
        "14:30",
        "Sejak pagi hingga malam hujan turun tanpa henti.",
        "Tentara menyita foto-foto yang baru saja dibuat dan memusnahkannya.",
        "Ia menunjukkan foto Antara yang diambil pada pagi hari.",
        "Langganan ke final membuat klub itu menyamai rivalnya.",
    ],
)
def test_shapes_furniture_rules_keep_body(line: str) -> None:
    assert line_reason(line) == "", line


def _dropped(lines: list[str]) -> list[str]:
    return [v.line for v in classify_lines(lines) if v.boilerplate]


def test_shapes_teasers_under_bare_related_header_dropped() -> None:
    lines = [
        "Banjir Rendam Ribuan Rumah di Bekasi",
        "BEKASI - Banjir merendam ribuan rumah warga sejak Senin pagi.",
        "Baca juga:",
        "Gubernur Tinjau Tanggul Jebol di Karawang",
        "BMKG Peringatkan Cuaca Ekstrem Sepekan",
        "",
        "Warga mengungsi ke masjid terdekat.",
        "Related stories:",
        "",
        "Minister visits flood victims in Kelantan",
        "",
        "Pemerintah menyiapkan dapur umum.",
    ]
    assert _dropped(lines) == [
        "Baca juga:",
        "Gubernur Tinjau Tanggul Jebol di Karawang",
        "BMKG Peringatkan Cuaca Ekstrem Sepekan",
        "Related stories:",
        "Minister visits flood victims in Kelantan",
    ]


def test_shapes_sentence_after_bare_header_stays_body() -> None:
    lines = ["Judul Berita Hari Ini", "Baca juga:", "Polisi masih mencari dua orang lainnya.", "Isi lain."]
    assert _dropped(lines) == ["Baca juga:"]


def test_shapes_section_label_under_byline_and_caps_signoff() -> None:
    lines = [
        "Six hurt as lorry overturns on highway",
        "By JOHN TAN",
        "Nation",
        "Monday, 03 Mar 2025",
        "IPOH: Six people were hurt when a lorry overturned on Monday.",
        "Police said the driver lost control.",
        "BUDI SANTOSO",
    ]
    assert _dropped(lines) == ["By JOHN TAN", "Nation", "Monday, 03 Mar 2025", "BUDI SANTOSO"]


def test_shapes_bulleted_teasers_under_most_read_header() -> None:
    lines = [
        "Harga Beras Turun di Pasar Induk",
        "JAKARTA - Harga beras turun sepekan terakhir.",
        "Berita Terpopuler",
        "• Menteri Resmikan Jembatan Baru di Kalimantan",
        "• Tiga Tersangka Korupsi Ditahan",
        "",
        "Pedagang berharap harga stabil.",
    ]
    assert _dropped(lines) == lines[2:5]


def test_shapes_signoff_names_at_the_end() -> None:
    body = ["Harga Beras Turun", "JAKARTA - Harga beras turun.", "Pedagang berharap harga stabil."]
    assert _dropped([*body, "BUDI SANTOSO | RINA SARI"]) == ["BUDI SANTOSO | RINA SARI"]
    assert _dropped([*body, "Budi Santoso"]) == ["Budi Santoso"]
    assert _dropped([*body, "Harga Naik Lagi", "Pedagang mengeluh."]) == []


@pytest.mark.parametrize("line", ["Gambar hiasan", "Kredit foto: Budi Santoso", "Laporan: Rina Sari"])
def test_shapes_caption_and_report_labels(line: str) -> None:
    assert line_reason(line), line


def test_shapes_line_after_photo_button_is_caption() -> None:
    lines = [
        "Harga Beras Turun",
        "Lihat Foto",
        "Pedagang menata karung beras di pasar induk, Senin (3/3/2025).",
        "JAKARTA, KOMPAS.com - Harga beras turun.",
    ]
    assert _dropped(lines) == lines[1:3]
    assert _dropped([lines[0], lines[1], lines[3]]) == ["Lihat Foto"]


def test_shapes_tag_list_under_bare_tags_header() -> None:
    lines = [
        "Harga Beras Turun",
        "JAKARTA - Harga beras turun.",
        "Tags / Keywords:",
        "Beras",
        "Harga Pangan",
        "",
    ]
    assert _dropped(lines) == lines[2:5]


def test_shapes_upper_case_city_line_under_stamp_stays_body() -> None:
    lines = [
        "Harga Beras Turun",
        "Rabu, 5 Maret 2025 10:15 WIB",
        "JAKARTA",
        "Harga beras turun sepekan terakhir.",
    ]
    assert _dropped(lines) == ["Rabu, 5 Maret 2025 10:15 WIB"]


@pytest.mark.parametrize("line", ["by RINA TAMBUNAN", "by Kevin Ong and Siti Lim"])
def test_shapes_lowercase_by_byline(line: str) -> None:
    assert byline_shape(line) and line_reason(line) == "byline", line


@pytest.mark.parametrize(
    "line",
    ["by the end of the week, prices fell.", "by KUALA LUMPUR police on Monday", "by Ahmad Tan said"],
)
def test_shapes_lowercase_by_in_prose_is_body(line: str) -> None:
    assert not byline_shape(line), line


def test_shapes_standalone_agency_credit_is_caption() -> None:
    assert caption_credit("(ANTARA/HO-Humas Polda Riau)")
    assert caption_credit("(ANTARA FOTO/Budi Harsono)")
    assert caption_credit("Petugas memeriksa kapal di dermaga, Senin (3/11/2025). (ANTARA/HO-Basarnas Ambon)")
    assert caption_credit(
        "Petugas memeriksa kapal di dermaga, Senin (3/11/2025). (ANTARA FOTO/Budi Harsono/abc)"
    )


@pytest.mark.parametrize("line", ["(Kiri/Kanan)", "(Partai Rakyat/Dewan Kota)", "(ANTARA) - Petugas tiba."])
def test_shapes_slash_pair_in_brackets_not_a_credit(line: str) -> None:
    assert not caption_credit(line), line
