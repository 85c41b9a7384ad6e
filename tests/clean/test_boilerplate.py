from __future__ import annotations

from typing import Any

import pytest

from warta.clean.boilerplate import canon, classify_lines, line_reason
from warta.clean.html_entities import repair_entities
from warta.clean.stage import CleanLines
from warta.model import Article


def _removed(text: str) -> set[str]:
    article = CleanLines()(Article(id="t", raw=text))
    return {canon(r.line) for r in article.removed}


def test_boilerplate_matches_gold_lines_on_every_example(all_gold: list[dict[str, Any]]) -> None:
    for record in all_gold:
        removed = _removed(record["text"])
        gold = {canon(b) for b in record["boilerplate"]}
        assert removed == gold, record["id"]


def test_boilerplate_keeps_every_body_line_verbatim(all_gold: list[dict[str, Any]]) -> None:
    for record in all_gold:
        article = CleanLines()(Article(id=record["id"], raw=record["text"]))
        gold = {canon(b) for b in record["boilerplate"]}
        kept = {canon(ln) for ln in article.text.split("\n")}
        for line in record["text"].split("\n"):
            if line.strip() and canon(line) not in gold:
                assert canon(repair_entities(line)) in kept, (record["id"], line)


@pytest.mark.parametrize(
    "line",
    [
        "Baca Juga: Harga beras naik lagi di pasar induk",
        "BACA JUGA:",
        "Baca juga, Menteri resmikan jembatan baru",
        "Artikel ini telah tayang di Kompas.com dengan judul X",
        "Artikel ini disiarkan pada : Isnin, 3 Mac 2025 @ 9:00 AM",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "iklan",
        "Leave a Reply",
        "Pilihan Editor: Lima hal yang perlu diketahui",
        "Quoted From Many Source",
        "Penulis: Siti Aminah",
        "Rabu, 5 Februari 2025 10:15 WIB",
        "Sumber: Reuters",
        "(Antara/Budi Santoso)",
        "— BERNAMA",
        "Reuters",
        "A",
        "#banjir #jakarta #cuaca",
    ],
)
def test_boilerplate_line_rules_catch_common_lines(line: str) -> None:
    assert line_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Presiden menyampaikan bahwa harga beras akan turun bulan depan.",
        "Menurut Reuters, sedikitnya 20 orang tewas dalam serangan itu.",
        "Hubungan Rusia-Hamas",
        "Seramai 40 mangsa dipindahkan ke pusat pemindahan sementara.",
    ],
)
def test_boilerplate_line_rules_keep_body_lines(line: str) -> None:
    assert line_reason(line) == ""


def test_boilerplate_repeated_caption_dropped_but_headline_kept() -> None:
    caption = "Warga membersihkan lumpur di depan rumah mereka di Bekasi, Jawa Barat."
    lines = ["Banjir Surut di Bekasi", "Banjir Surut di Bekasi", caption, caption, "BEKASI - Banjir surut."]
    verdicts = classify_lines(lines)
    assert [v.boilerplate for v in verdicts] == [False, False, True, True, False]


def test_html_entities_repaired_without_semicolon() -> None:
    assert repair_entities("&ldquoHalo&rdquo kata dia&hellip") == "“Halo” kata dia…"
    assert repair_entities("A &amp; B &#8220;x&#8221;") == "A & B “x”"
    assert repair_entities("tanpa entitas") == "tanpa entitas"


def test_clean_reports_every_removed_line() -> None:
    raw = "Judul Berita Hari Ini\nBaca Juga: Berita lain\nIsi berita yang panjang.\niklan"
    article = CleanLines()(Article(id="x", raw=raw))
    assert [r.line for r in article.removed] == ["Baca Juga: Berita lain", "iklan"]
    assert article.text == "Judul Berita Hari Ini\nIsi berita yang panjang."
    assert [article.text[p.start : p.end] for p in article.paragraphs] == article.text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Warga menunggu bantuan di posko pengungsian desa. Foto: dok. BPBD",
        "Refugees wait at a camp near the border on Nov 3. PHOTO: REUTERS",
        "READ: Farmers count losses after the floods",
        "Baca berita Harian Kota lainnya di Google News",
        "Read 5 articles for free. Subscribe for unlimited access.",
        "By providing an email address, I agree to the Terms of Use.",
        "Budi Santoso, Jurnalis · Senin 03 Maret 2025 10:15 WIB",
        "Siti Aminah - detikJabar",
        "(Andi Pratama)",
        "Kosmo! Online",
    ],
)
def test_boilerplate_holdout_furniture_lines(line: str) -> None:
    assert line_reason(line)


def test_boilerplate_line_after_video_label_is_a_teaser() -> None:
    lines = [
        "Judul Berita Banjir Besar",
        "Hujan deras melanda kota itu sejak pagi.",
        "Simak Video Pilihan Ini:",
        "Pencuri Motor Ditangkap Warga di Depok",
        "",
        "Banjir merendam ratusan rumah warga.",
    ]
    verdicts = classify_lines(lines)
    assert verdicts[3].boilerplate and not verdicts[5].boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Warga mengantre bantuan di posko pengungsian Cianjur, Senin (3/3/2025). /Antara/Feri Purnama",
        "Petugas memeriksa kendaraan di gerbang tol Cikampek pada Selasa pagi (ANTARA/Budi Santoso)",
        "Petugas memeriksa kendaraan di gerbang tol pada Selasa pagi Foto: Dok. Polda/Humas",
        "Bagikan: Facebook Twitter WhatsApp",
        "facebook twitter linkedin email copy-link",
        "Konten Premium",
        "Premium",
        "lagi berita:",
        "Artikel berkaitan: Polis tahan dua suspek di Klang",
        "Hak cipta terpelihara 2025 Akhbar Kita",
    ],
)
def test_boilerplate_credits_share_lists_badges_and_teasers(line: str) -> None:
    assert line_reason(line) != ""


@pytest.mark.parametrize(
    "line",
    [
        "Harga BBM jenis premium naik, kata menteri pada Senin (3/3/2025).",
        "Share prices fell sharply on Monday after the announcement.",
        "Koalisi pendukung pemerintah terdiri dari beberapa partai (PDIP/Gerindra)",
        "Lagi-lagi berita bohong itu menyebar di media sosial, kata polisi.",
    ],
)
def test_boilerplate_keeps_body_lines_that_share_words_with_furniture(line: str) -> None:
    assert line_reason(line) == ""


@pytest.mark.parametrize(
    "line",
    [
        "Warga mengantre bantuan di posko pengungsian Cianjur, Senin (3/3/2025)/Antara/Feri Purnama",
        "Share this article on WhatsApp",
    ],
)
def test_boilerplate_slash_led_agency_credit_and_share_on(line: str) -> None:
    assert line_reason(line) != ""


@pytest.mark.parametrize(
    "line",
    [
        "Baca berita dengan sedikit iklan, klik di sini",
        "Nikmati berita tanpa iklan di aplikasi kami",
        "Thank You For Reading!",
        "Terima kasih telah membaca",
        "Download the Harian Kita app for the latest news.",
        "Baca Selanjutnya: Menteri Pastikan Anggaran Aman",
        "[abc]",
    ],
)
def test_boilerplate_promos_teasers_and_editor_codes(line: str) -> None:
    assert line_reason(line) != ""


@pytest.mark.parametrize(
    "line",
    [
        "Warga diminta mengunduh aplikasi cuaca untuk memantau banjir.",
        "Download the MySihat app to book a vaccine, the ministry said.",
        "Thank you for reading the statement, the judge told the lawyer.",
        "Baca selanjutnya dokumen itu dengan teliti, kata hakim.",
        "[Gambar 1] menunjukkan lokasi banjir di Bekasi.",
    ],
)
def test_boilerplate_keeps_body_lines_near_new_promo_rules(line: str) -> None:
    assert line_reason(line) == ""


def test_boilerplate_two_stacked_labels_above_headline() -> None:
    text = "detikJabar\nBerita\nBanjir Rendam Ratusan Rumah di Bekasi\nBEKASI - Banjir merendam rumah warga."
    assert _removed(text) == {"detikjabar", "berita"}


def test_boilerplate_two_word_headline_under_label_is_kept() -> None:
    text = "Nasional\nBanjir Bekasi\nBEKASI - Banjir merendam rumah warga.\nWarga mengungsi ke masjid."
    assert _removed(text) == {"nasional"}


def test_boilerplate_label_between_headline_and_date_stamp() -> None:
    text = "Minister meets counterpart in Hanoi\nWorld\nMonday, 5 Aug 2024\nHANOI: The minister met his counterpart."
    removed = _removed(text)
    assert "world" in removed and "minister meets counterpart in hanoi" not in removed


def test_boilerplate_line_reason_remembers_short_lines_only() -> None:
    from warta.clean.boilerplate import _MEMO_CHARS, _line_reason, _short_line_reason, line_reason

    short, long = "Foto: ANTARA/Nama Fotografer", "Banjir merendam tiga kecamatan di Padang. " * 10
    assert len(short) <= _MEMO_CHARS < len(long)
    hits = _short_line_reason.cache_info().hits
    assert line_reason(short) == line_reason(short) == _line_reason(short) != ""
    assert _short_line_reason.cache_info().hits > hits
    size = _short_line_reason.cache_info().currsize
    assert line_reason(long) == _line_reason(long) == ""
    assert _short_line_reason.cache_info().currsize == size
