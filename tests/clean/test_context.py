"""Boilerplate found by shape and context: share/tag/sidebar blocks, paywall and promo lines,
captions that appear once, key-point bullets, lone separators; and the body lines that must stay.
Every example line is invented for the test."""

from __future__ import annotations

import pytest

from warta.clean.boilerplate import canon, line_reason
from warta.clean.stage import CleanLines
from warta.model import Article

_BODY = [
    "Gubernur meresmikan jembatan baru di tepi sungai pada Senin pagi bersama warga setempat.",
    "Ia berharap jembatan itu mempercepat distribusi hasil panen ke pasar kabupaten.",
]


def _removed(lines: list[str]) -> set[str]:
    article = CleanLines()(Article(id="t", raw="\n".join(lines)))
    return {canon(r.line) for r in article.removed}


def _kept(lines: list[str]) -> set[str]:
    article = CleanLines()(Article(id="t", raw="\n".join(lines)))
    return {canon(ln) for ln in article.text.split("\n")}


@pytest.mark.parametrize(
    "line",
    [
        "Facebook",
        "Salin Link",
        "Copy link",
        "Komen",
        "-",
        "–",
        "·",
        "Tag Terkait",
        "Konten di bawah ini disajikan oleh advertiser.",
        "Content below is presented by our partners.",
        "Dapatkan berita terbaru setiap hari hanya di Contohberita.com",
        "@akhbarharian",
        "Harian Contoh X @harian_contoh",
        "Anda sudah melanggan?",
        "Already a subscriber?",
        "Langgan Akhbar Contoh untuk akses penuh.",
        "Kongsi artikel ini: Facebook | X | WhatsApp",
        "Berita Contoh © 2026 Semua hak cipta terpelihara",
        "Hak Cipta © 2026 Contoh Media",
        "Sudah punya akun? Masuk",
        "Sign in to continue reading",
        "Artikel ini khusus untuk pelanggan premium.",
        "Untuk berita terkini, sertai saluran Telegram kami.",
        "Lihat Semua",
        "Back to top",
        "Copyright 2026 Contoh Media Group",
        "Petugas membersihkan lumpur di jalan desa usai banjir. (Dok. BPBD Kabupaten Contoh)",
        "Bas itu terbalik di tepi lebuh raya selepas hujan lebat. (Gambar PDRM)",
    ],
)
def test_context_line_rules_catch_promo_share_and_caption_lines(line: str) -> None:
    assert line_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Facebook menghapus ribuan akun palsu menjelang pemilu, kata juru bicaranya.",
        "Kami sudah melanggan listrik tenaga surya sejak tahun lalu.",
        "Ia melihat rumah itu dari kejauhan (foto di atas).",
        "Pengguna @ di media sosial ramai membahas kebijakan itu.",
        "Ia mengunggah video itu di Instagram @akun_contoh",
        "JAKARTA",
        "Untuk berita itu, ia meminta maaf kepada keluarga korban di depan wartawan.",
        "Masuk untuk membeli tiket, warga harus antre sejak pagi di loket stasiun.",
        "Copyright holders say the new rules leave artists without a fair share of streaming money.",
        "Hak cipta lagu itu kini dipegang oleh label rekaman besar di Jakarta sejak 2019.",
    ],
)
def test_context_line_rules_leave_body_lines(line: str) -> None:
    assert not line_reason(line), line


def test_context_hashtag_lines_and_share_row_removed_at_the_foot() -> None:
    tail = ["#Nama Tokoh", "#Banjir Bandang", "Bagikan", "Facebook", "WhatsApp", "Salin Link"]
    removed = _removed(["Judul berita tentang jembatan baru", *_BODY, *tail])
    assert {canon(x) for x in tail} <= removed
    assert not {canon(x) for x in _BODY} & removed


def test_context_lone_two_word_hashtag_line_inside_body_is_kept() -> None:
    lines = ["Judul berita tentang tagar", _BODY[0], "#Tolak Tambang", _BODY[1]]
    assert canon("#Tolak Tambang") in _kept(lines)


def test_context_tag_header_takes_the_tag_words_after_it() -> None:
    removed = _removed(
        ["Judul berita tentang jembatan", *_BODY, "Tag Terkait", "Jembatan Baru", "Kabupaten Contoh"]
    )
    assert {canon("Jembatan Baru"), canon("Kabupaten Contoh")} <= removed


def test_context_sidebar_labels_after_related_header_removed() -> None:
    removed = _removed(["Judul berita tentang jembatan", *_BODY, "Berita Berkaitan", "Terkini", "Popular"])
    assert {canon("Terkini"), canon("Popular")} <= removed


def test_context_short_lines_at_the_end_without_furniture_are_kept() -> None:
    # a list of real items closing the story: no share/related line or sidebar label before it
    lines = ["Judul berita tentang jembatan", *_BODY, "Desa yang dilalui jembatan:", "Sukamaju", "Sukarame"]
    kept = _kept(lines)
    assert {canon("Sukamaju"), canon("Sukarame")} <= kept


def test_context_subheading_after_related_line_in_the_body_is_kept() -> None:
    lines = [
        "Judul berita tentang jembatan",
        _BODY[0],
        "Baca juga: Harga beras naik lagi",
        "Dampak Ekonomi",
        _BODY[1],
    ]
    assert canon("Dampak Ekonomi") in _kept(lines)


def test_context_keypoint_bullets_before_the_dateline_removed() -> None:
    points = ["Gubernur resmikan jembatan baru.", "Warga berharap panen lebih cepat sampai ke pasar."]
    lines = ["Judul berita jembatan", "Baca 10 detik", *points, "Contoh.com - " + _BODY[0], _BODY[1]]
    removed = _removed(lines)
    assert {canon("Baca 10 detik"), *(canon(p) for p in points)} <= removed
    assert canon(_BODY[1]) not in removed


def test_context_keypoint_header_as_body_subheading_is_kept() -> None:
    long_par = " ".join(["Paragraf panjang ini menjelaskan rincian anggaran pembangunan jembatan."] * 4)
    lines = ["Judul berita jembatan", _BODY[0], "Summary", long_par, _BODY[1]]
    kept = _kept(lines)
    assert canon("Summary") in kept and canon(long_par) in kept


def test_context_caption_above_a_bare_photo_credit_removed() -> None:
    caption = "Warga memeriksa jembatan yang rusak diterjang arus sungai"
    lines = [
        "Judul berita jembatan",
        "Rep: Nama Wartawan/ Red: Nama Editor",
        caption,
        "Foto: Agensi/Nama Fotografer",
    ]
    removed = _removed([*lines, "JAKARTA -- " + _BODY[0], _BODY[1]])
    assert canon(caption) in removed


def test_context_body_line_above_a_descriptive_foto_line_is_kept() -> None:
    lines = [
        "Judul berita jembatan",
        _BODY[0],
        _BODY[1],
        "Foto: Warga berjalan di atas jembatan baru yang diresmikan gubernur pada Senin pagi",
    ]
    assert canon(_BODY[1]) in _kept(lines)


def test_context_caption_between_time_stamp_and_dateline_removed() -> None:
    caption = "Menteri berkata laporan itu tidak berasas sama sekali."
    lead = "PUTRAJAYA: Menteri menafikan dakwaan bahawa pertemuan sulit diadakan minggu lalu di ibu negara."
    lines = [
        "Tiada pertemuan, kata menteri",
        "Nama Wartawan",
        "-",
        "20 Nov 2026, 04:30 PM",
        caption,
        lead,
        _BODY[1],
    ]
    removed = _removed(lines)
    assert {canon(caption), canon("-")} <= removed
    assert canon(lead) not in removed


def test_context_standfirst_without_dateline_paragraph_is_kept() -> None:
    standfirst = "Menteri berkata laporan itu tidak berasas sama sekali."
    lines = ["Tiada pertemuan, kata menteri", "20 Nov 2026, 04:30 PM", standfirst, _BODY[0], _BODY[1]]
    assert canon(standfirst) in _kept(lines)
