"""Furniture of regional Indonesian and Malaysian pages: a bare photo credit "SITE.CO/NAME" with its
caption sentence under it, breadcrumbs joined by "›", the outlet's "@handle" line, "Kongsi berita
ini:", a paywall countdown, a Malay time stamp with "PTG"/"PG", and a three-word desk label over a
long headline and its stamp. Body lines beside each must stay. Every line is invented for the test."""

from __future__ import annotations

import pytest

import warta
from warta.clean.boilerplate import canon, line_reason
from warta.clean.stage import CleanLines
from warta.model import Article


def _removed(text: str) -> set[str]:
    return {canon(r.line) for r in CleanLines()(Article(id="t", raw=text)).removed}


@pytest.mark.parametrize(
    "line",
    [
        "Beranda › Nasional",
        "Home › Daerah › Jawa Tengah",
        "Berita » Olahraga",
        "@Sinar Harian",
        "Kongsi berita ini:",
        "Bagikan artikel ini",
        "Your Premium period will expire in 3 day(s)",
        "Your subscription will expire soon",
        "TRIBUNJATENG.COM/AGUS SUPRIADI",
    ],
)
def test_boilerplate_regional_furniture_lines(line: str) -> None:
    assert line_reason(line) != ""


@pytest.mark.parametrize(
    "line",
    [
        "Harga beras naik › harga minyak turun, kata pedagang di pasar itu pada Senin pagi.",
        "Ia mengatakan @ akun itu sudah ditutup sejak pekan lalu oleh pemiliknya.",
        "Kongsi pengalaman anda dengan kami, katanya kepada pemberita di sini.",
        "Your premium is due next week, the insurer told customers in a letter.",
        "AS/NATO",
    ],
)
def test_boilerplate_body_lines_beside_regional_furniture_stay(line: str) -> None:
    assert line_reason(line) == ""


def test_boilerplate_caption_under_a_bare_photo_credit() -> None:
    caption = "Relawan membagikan nasi bungkus kepada pengungsi di Desa Sukamaju, Senin (2/3/2026)."
    body = "TRIBUNJATENG.COM, DEMAK - Banjir merendam ratusan rumah di Kecamatan Karanganyar sejak Minggu."
    text = f"Banjir Rendam Demak\nTRIBUNJATENG.COM/AGUS SUPRIADI\n{caption}\n{body}\nWarga diminta waspada."
    removed = _removed(text)
    assert canon(caption) in removed
    assert canon(body) not in removed
    assert "Sukamaju" not in {e.name for e in warta.extract(text).entities}


def test_boilerplate_malay_afternoon_stamp_dates_the_story() -> None:
    text = (
        "Banjir: 300 mangsa dipindahkan di Kelantan\n"
        "Oleh: Ahmad Fikri\n"
        "Selasa, 3 Mac 2026 | 4:10 PTG\n"
        "KOTA BHARU: Seramai 300 mangsa banjir dipindahkan ke pusat pemindahan sementara.\n"
        "Hujan dijangka berterusan sehingga esok."
    )
    assert line_reason("Selasa, 3 Mac 2026 | 4:10 PTG") == "dateline"
    assert line_reason("Khamis, 5 Mac 2026 | 9:20 PG") == "dateline"
    assert warta.extract(text).published == "2026-03-03"


def test_boilerplate_three_word_desk_label_over_headline_and_stamp() -> None:
    text = (
        "Berita Bola Nasional\n"
        "Pelatih Timnas Umumkan Skuad untuk Laga Uji Coba Melawan Tim Tamu dari Eropa\n"
        "Rabu, 4 Maret 2026 | 09:30 WIB\n"
        "Jakarta - Pelatih tim nasional mengumumkan 25 pemain untuk laga uji coba pekan depan.\n"
        "Laga akan digelar di Stadion Utama Gelora Bung Karno."
    )
    removed = _removed(text)
    assert canon("Berita Bola Nasional") in removed
    assert (
        canon("Pelatih Timnas Umumkan Skuad untuk Laga Uji Coba Melawan Tim Tamu dari Eropa") not in removed
    )


def test_boilerplate_short_headline_over_its_subtitle_stays() -> None:
    text = (
        "Banjir Landa Demak\n"
        "Ratusan Rumah Terendam dan Warga Mengungsi ke Balai Desa Setempat\n"
        "Rabu, 4 Maret 2026 | 09:30 WIB\n"
        "Demak - Banjir merendam ratusan rumah sejak Selasa malam."
    )
    assert canon("Banjir Landa Demak") not in _removed(text)
