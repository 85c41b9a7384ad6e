"""Outlet lines around the story that a reader skips: closing credits in capitals after a dash, "get the
latest news from <outlet>" promos, English captions ending in their photo credit, two reporters' names
split by a bar. Each shape has body lines next to it that must stay. Every line is invented for the test."""

from __future__ import annotations

import pytest

from warta.clean.boilerplate import canon, line_reason
from warta.clean.stage import CleanLines
from warta.model import Article
from warta.pipeline import default_pipeline


def _removed(text: str) -> set[str]:
    return {canon(r.line) for r in CleanLines()(Article(id="t", raw=text)).removed}


@pytest.mark.parametrize(
    "line",
    [
        "– SINAR HARIAN",
        "— BERNAMA",
        "-- KOSMO! ONLINE",
        "— MALAY MAIL",
        "– KOSMO!",
        "--HARIAN METRO",
        "— BERNAMA, REUTERS",
        "– Kosmo! Online",
        "(Kosmo! Online)",
        "— AFP, Reuters",
    ],
)
def test_boilerplate_closing_credit_in_capitals_after_a_dash(line: str) -> None:
    assert line_reason(line) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "Get the latest news from Malay Mail on WhatsApp",
        "Get the latest updates from Free Malaysia Today on Telegram",
        "Stay updated with the latest news from Malay Mail",
        "Dapatkan berita terkini dari Suara.com",
        "Dapatkan update berita terkini setiap hari dari Jawa Pos",
        "Dapatkan maklumat terkini daripada Kosmo! di Telegram",
        "Ikuti Suara.com di Google News",
        "Sertai saluran Telegram kami untuk berita terkini",
        "Ikuti saluran WhatsApp Harian Metro untuk berita terkini",
        "Yuk, ikuti saluran WhatsApp Okezone",
        "Klik untuk ikuti saluran WhatsApp Kosmo!",
        "Jangan lupa ikuti kami di media sosial",
        "Follow us on Instagram and X for the latest updates",
        "Follow Free Malaysia Today on X",
        "Get the latest news delivered to your inbox",
        "Get breaking news updates from Malay Mail",
        "Gabung di WhatsApp Channel Suara.com untuk update berita terbaru",
        "Like dan follow akun media sosial kami",
        "Terima kasih kerana membaca Kosmo! Online",
        "Dapatkan berita up to date dari Okezone dengan satu akun, daftar sekarang dengan klik di sini",
        "Jangan ketinggalan berita terkini, ikuti kami di Telegram",
    ],
)
def test_boilerplate_latest_news_promo_lines(line: str) -> None:
    assert line_reason(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "Prime Minister Anwar Ibrahim speaks to reporters in Putrajaya, March 4, 2025. — Picture by Hari Anggara",
        "Fans cheer at the stadium in Bukit Jalil on Sunday. — Picture courtesy of FAM",
        "Police officers stand guard outside the court complex in Kuala Lumpur. — Bernama pic",
        "Residents wade through floodwaters in Kota Bharu on Nov 28. — Reuters pic",
        "The minister visits flood victims in Kelantan. (Picture: Bernama)",
        "Warga menunggu bantuan di posko pengungsian. (Foto: Antara/Budi Santoso)",
        "— Picture by Yusof Mat Isa",
        "— Reuters pic",
        "Residents clean up after the floods in Kota Bharu, Nov 29, 2025. (Bernama pic)",
        "Residents clean up after the floods in Kota Bharu — Picture by Yusof Mat Isa",
        "Residents clean up after the floods in Kota Bharu. Picture by Yusof Mat Isa",
        "Residents in Kota Bharu. — Picture by Shafwan Zaidon/Bernama",
        "Foto",
        "FOTO",
    ],
)
def test_boilerplate_photo_captions_and_credit_labels(line: str) -> None:
    assert line_reason(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Ahmad Fauzi | Siti Rahmah",
        "NUR AINA ZULKIFLI | MOHD SAIFUL",
        "Rizky Pratama | Dewi Lestari",
        "Ahmad Fauzi | Siti Rahmah | Kosmo!",
        "Teks: Ahmad Fauzi | Foto: Siti Rahmah",
    ],
)
def test_boilerplate_two_names_split_by_a_bar(line: str) -> None:
    assert line_reason(line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Polisi mengimbau warga agar mengikuti arahan petugas di lokasi.",
        "Dapatkan kembali kepercayaan publik adalah tugas utama kami, katanya.",
        "Ikuti prosedur yang berlaku di Jakarta, ujar Kapolda.",
        "Get the latest figures from the ministry before deciding, he said.",
        "The minister said the team would stay updated with the latest information from Jakarta.",
        '"Jangan lupa ikuti arahan pihak berkuasa," katanya.',
        "Menurut Bernama, mangsa dihantar ke hospital. — Bernama",
        "He was photographed by reporters outside the court.",
        "Persija Jakarta menang 2-1 atas Persib Bandung.",
        "Ahmad Fauzi said the project was delayed.",
        "He said. Photos by Reuters showed the damage.",
        "The exhibition features photos by local artists.",
        "The gallery — photos by Ahmad Fauzi — opens today.",
        "Ahmad Fauzi, Siti Rahmah dan Budi Santoso hadir dalam pertemuan itu.",
        "Jakarta | Bandung",
        "Malaysia dan Indonesia",
        "Like many Malaysians, he uses WhatsApp every day to read the news.",
        "Terima kasih kerana membaca Al-Quran bersama kami, katanya.",
    ],
)
def test_boilerplate_keeps_body_lines_near_closing_line_rules(line: str) -> None:
    assert line_reason(line) == ""


def test_boilerplate_caption_names_do_not_reach_the_entities() -> None:
    text = (
        "Court sets trial date for land case\n"
        "Tourism Minister Tiong King Sing at an event in Kuching, May 2, 2025. — Picture by Sulaiman Hamid\n"
        "KUALA LUMPUR, May 5 — The Sessions Court here today fixed June 10 for the trial of a developer.\n"
        "The developer's lawyer said his client would claim trial.\n"
        "— BERNAMA\n"
        "Get the latest news from Malay Mail on WhatsApp"
    )
    article = default_pipeline()(Article(id="t", raw=text))
    assert {canon(r.line) for r in article.removed} >= {"— bernama", canon(text.split("\n")[1])}
    names = {e.name for e in article.entities}
    assert not any("Tiong" in n or "Kuching" in n or "Sulaiman" in n for n in names), names
