"""Page furniture of Indonesian and Malaysian pages: a caption whose credit names a photographer of
five words, a "Baca berikutnya" header and the teaser headline under it, a byline in capitals under
the headline, and a "Langgan <product> sekarang" prompt. Body lines next to each must stay. Every line
is invented for the test."""

from __future__ import annotations

from warta.clean.boilerplate import canon, line_reason
from warta.clean.stage import CleanLines
from warta.model import Article


def _removed(text: str) -> set[str]:
    return {canon(r.line) for r in CleanLines()(Article(id="t", raw=text)).removed}


def test_boilerplate_caption_credit_with_five_word_name() -> None:
    line = "Warga menonton sidang lapangan di Ubud, Senin (9/11/2026). KOMPAS.com/NI WAYAN SRI ASTUTI DEWI"
    assert line_reason(line) == "caption"


def test_boilerplate_subscribe_product_now() -> None:
    assert line_reason("Langgan Harian Metro Digital sekarang") == "advert"
    assert line_reason("Langgan gas memasak kini lebih murah, kata menteri semalam.") == ""


def test_boilerplate_teaser_under_baca_berikutnya() -> None:
    body = "Majelis hakim menjadwalkan sidang lanjutan pada Rabu (25/11/2026)."
    text = (
        "Sengketa Lahan di Ubud Berlanjut ke Persidangan\n"
        "UBUD, KOMPAS.com - Sidang sengketa lahan di Ubud berlanjut pekan ini.\n\n"
        f"{body}\n"
        "Baca berikutnya\n"
        "Warga Sanur Tolak Proyek Hotel, Dewan Janji Panggil Pengembang\n"
    )
    removed = _removed(text)
    assert canon("Warga Sanur Tolak Proyek Hotel, Dewan Janji Panggil Pengembang") in removed
    assert canon(body) not in removed


def test_boilerplate_capital_byline_under_headline() -> None:
    text = (
        "Semasa\n"
        "Kes denggi di Melaka meningkat minggu ini\n"
        "NUR AMIRAH ZAINAL\n"
        "SHAH ALAM - Kes denggi di Melaka meningkat 12 peratus minggu ini, kata pegawai kesihatan.\n"
    )
    removed = _removed(text)
    assert canon("NUR AMIRAH ZAINAL") in removed
    assert canon("Kes denggi di Melaka meningkat minggu ini") not in removed


def test_boilerplate_tags_after_signoff_code() -> None:
    body = "Menteri menyambut baik hasil pertemuan di Riyadh. Kementerian akan membantu jemaah."
    text = (
        "Kuota Haji Indonesia Tidak Dikurangi\n"
        "Jakarta, CNN Indonesia -- Pemerintah memastikan kuota haji tidak dikurangi tahun depan.\n\n"
        f"{body}\n\n(abc/xyz)\nHaji 2027\nKuota Haji\nArab Saudi\n"
    )
    removed = _removed(text)
    assert {canon("Haji 2027"), canon("Kuota Haji"), canon("Arab Saudi")} <= removed
    assert canon(body) not in removed


def test_boilerplate_photo_desk_credit_in_parentheses() -> None:
    line = "The minister speaks to reporters in Jakarta. (B-Universe Photo/Joko Santoso Wibowo)"
    assert line_reason(line) == "caption"


def test_boilerplate_outlet_latest_news_promo() -> None:
    assert line_reason("Dapatkan berita terkini Utusan") == "promo"
    assert (
        line_reason("Dapatkan berita terkini mengenai banjir setiap jam kerana hujan lebat masih turun.")
        == ""
    )


def test_boilerplate_labelled_caption_under_bare_credit() -> None:
    text = (
        "Banjir Bandang di Sigi, 3 Warga Hilang\n"
        "TRIBUNPALU.COM/ANDI RAHMAN\n"
        "LOKASI BANJIR - Petugas gabungan mencari korban banjir bandang di Desa Bangga.\n\n"
        "TRIBUNPALU.COM, SIGI - Tiga warga hilang terseret banjir bandang di Kabupaten Sigi, Senin.\n"
    )
    removed = _removed(text)
    assert canon("LOKASI BANJIR - Petugas gabungan mencari korban banjir bandang di Desa Bangga.") in removed
    assert not any(r.startswith("tribunpalu.com, sigi") for r in removed)


def test_boilerplate_caption_above_photo_credit_line() -> None:
    caption = "Menteri Luar Negeri Sugiono saat berpidato di sidang umum PBB."
    text = (
        "Menlu Desak Akses Bantuan ke Gaza\n\n"
        f"{caption}\nFoto: Dok Kemenlu\n\n"
        "REPUBLIKA.CO.ID, NEW YORK -- Menteri Luar Negeri Sugiono mendesak akses bantuan penuh ke Gaza.\n"
    )
    removed = _removed(text)
    assert canon(caption) in removed
