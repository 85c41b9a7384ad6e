from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warta import extract
from warta.extract.metadata import published_date, url_date
from warta.model import Article, RemovedLine


def _extract(record: dict[str, Any]) -> Article:
    source = record.get("source", "")
    return extract(record["text"], id=record["id"], url=source if source.startswith("http") else None)


def test_metadata_published_matches_gold_and_never_invents(all_gold: list[dict[str, Any]]) -> None:
    for record in all_gold:
        assert _extract(record).published == record["published"], record["id"]


def test_metadata_published_without_url_is_never_false(all_gold: list[dict[str, Any]]) -> None:
    for record in all_gold:
        published = extract(record["text"], id=record["id"]).published
        assert published in (None, record["published"]), record["id"]


def test_metadata_event_date_in_body_is_not_publication_date() -> None:
    article = extract(
        "Judul Berita Pertemuan\nJAKARTA - Menteri bertemu Gubernur, kata dia, Senin (4/2/2025)."
    )
    assert article.published is None


def test_metadata_future_dates_rejected() -> None:
    article = Article(id="x", removed=[RemovedLine("Selasa, 4 Februari 2099 10:15 WIB", "dateline")])
    assert published_date(article, today=dt.date(2026, 1, 1)) is None
    article.removed.append(RemovedLine("Selasa, 4 Februari 2025 10:15 WIB", "dateline"))
    assert published_date(article, today=dt.date(2026, 1, 1)) == "2025-02-04"


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://news.okezone.com/read/2023/11/25/18/2927108/x", "2023-11-25"),
        ("https://indoposco.id/nasional/2025/09/13/bencana", "2025-09-13"),
        ("https://x.com/read/20231214/15/1723975/menlu", None),
        ("https://x.com/2023/13/45/bad", None),
        (None, None),
    ],
)
def test_metadata_url_date_needs_a_full_path_date(url: str | None, iso: str | None) -> None:
    assert url_date(url) == iso


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("TEMPO.CO, Jakarta – Presiden meresmikan jembatan baru.", "Tempo"),
        ("TRIBUNNEWS.COM - Presiden meresmikan jembatan baru.", "Tribunnews"),
        ("Jakarta, Aktual.com – Presiden meresmikan jembatan baru.", "Aktual.com"),
        ("REPUBLIKA.CO.ID, DOHA -- Emir bertemu pemimpin.", "Republika"),
    ],
)
def test_metadata_outlet_from_dateline(text: str, outlet: str) -> None:
    assert extract(f"Judul Berita Hari Ini\n{text}").outlet == outlet


def test_metadata_title_is_first_line_when_headline() -> None:
    article = extract("Banjir Rendam Ribuan Rumah di Bekasi\nBEKASI - Banjir merendam rumah warga.")
    assert article.title == "Banjir Rendam Ribuan Rumah di Bekasi"
    assert extract("Jakarta, Pahami.id –\nBanjir merendam rumah warga kemarin.").title is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Oleh Ahmad Fauzi - April 3, 2025 @ 9:00am", "2025-04-03"),
        ("Published: Feb. 14, 2025 10:15 AM", "2025-02-14"),
        ("Jakarta ● Mon, March 3, 2025", "2025-03-03"),
        ("Jun 12 2025", "2025-06-12"),
        ("this may 3, 2025 be late", None),
        ("Kompas.com - 03/03/2025, 10:15 WIB", "2025-03-03"),
    ],
)
def test_metadata_find_date_reads_month_first_dates(text: str, iso: str | None) -> None:
    from warta.calendar import find_date

    found = find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Banjir Surut di Bekasi\nKompas.com - 03/03/2025, 10:15 WIB\nBEKASI - Banjir surut.", "2025-03-03"),
        ("Flood waters recede\nMarch 3, 2025 | 10:15 am\nBekasi. The flood receded.", "2025-03-03"),
        (
            "Banjir surut di Kelantan\nOleh Ahmad Fauzi - Mac 3, 2025 @ 9:00am\nKOTA BHARU: Banjir surut.",
            "2025-03-03",
        ),
        ("Flood waters recede\nBEKASI: The flood receded on March 3, 2025, police said.", None),
    ],
)
def test_metadata_published_from_english_and_prefixed_stamps(text: str, iso: str | None) -> None:
    assert extract(text).published == iso


def test_metadata_publication_line_preferred_over_update_line() -> None:
    article = Article(
        id="x",
        removed=[
            RemovedLine("Updated: March 5, 2025 10:00 am", "publication"),
            RemovedLine("Published: March 3, 2025 9:00 am", "publication"),
        ],
    )
    assert published_date(article, today=dt.date(2026, 1, 1)) == "2025-03-03"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Jakarta (ANTARA) - Presiden meresmikan jembatan baru.", "Antara"),
        ("PUTRAJAYA, 5 Mac (Bernama) -- Perdana Menteri menerima kunjungan hormat.", "Bernama"),
    ],
)
def test_metadata_outlet_from_parenthesised_dateline(text: str, outlet: str) -> None:
    assert extract(f"Judul Berita Hari Ini\n{text}").outlet == outlet


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("Rina Sari (The Jakarta Post)", "Rina Sari", "The Jakarta Post"),
        ("By JOHN TAN", "John Tan", None),
        ("Oleh Ahmad Fauzi - Mac 3, 2025 @ 9:00am", "Ahmad Fauzi", None),
        ("Penulis: Rina Sari | Editor: Budi Santoso", "Rina Sari", None),
    ],
)
def test_metadata_author_and_outlet_from_bylines(byline: str, author: str, outlet: str | None) -> None:
    article = extract(f"Banjir Surut di Bekasi\n{byline}\nBanjir surut di Bekasi pada pagi hari.")
    assert article.author == author
    assert article.outlet == outlet


def test_metadata_outlet_from_prefixed_date_stamp() -> None:
    article = extract(
        "Banjir Surut di Bekasi\nSuara.com - Kamis, 12 Juni 2025 | 14:30 WIB\nBanjir surut di Bekasi."
    )
    assert article.outlet == "Suara.com"
    assert article.published == "2025-06-12"


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Budi Santoso, Jurnalis · Senin 03 Maret 2025 10:15 WIB", "2025-03-03"),
        ("Philippine Daily Inquirer / 04:15 PM November 05, 2025", "2025-11-05"),
    ],
)
def test_metadata_published_from_byline_and_time_first_stamps(stamp: str, iso: str) -> None:
    text = f"Judul berita yang cukup panjang\n{stamp}\nJAKARTA - Isi berita pada Selasa (4/3/2025) di sini."
    assert extract(text, id="t").published == iso


def test_metadata_out_of_range_stamp_does_not_block_the_page_date() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2024-05-06T08:00:00+07:00"></head>'
        "<body><p>Banjir merendam tiga kecamatan di Padang pada Selasa pagi.</p></body></html>"
    )
    article = Article(id="x", raw=page, format="html")
    article.removed = [RemovedLine("Selasa, 4 Februari 2099 10:15 WIB", "dateline")]
    assert published_date(article, today=dt.date(2026, 1, 1)) == "2024-05-06"


def test_metadata_published_from_address_in_source_credit_line() -> None:
    credit = "Artikel ini telah tayang di Warta.id dengan judul Banjir, https://warta.example.id/2024/11/12/banjir."
    article = Article(id="x", removed=[RemovedLine(credit, "publication")])
    assert published_date(article, today=dt.date(2026, 1, 1)) == "2024-11-12"
    # never a date after the crawl; other lines' links are other stories
    assert published_date(article, today=dt.date(2024, 11, 1)) is None
    teaser = RemovedLine("Baca juga: https://warta.example.id/2024/11/12/lain", "related")
    assert published_date(Article(id="y", removed=[teaser]), today=dt.date(2026, 1, 1)) is None


def test_metadata_stamp_line_beats_source_credit_address() -> None:
    credit = RemovedLine("Artikel ini telah tayang di X, https://x.example.id/2024/11/12/a", "publication")
    stamp = RemovedLine("Senin, 11 November 2024 10:15 WIB", "dateline")
    article = Article(id="x", removed=[credit, stamp])
    assert published_date(article, today=dt.date(2026, 1, 1)) == "2024-11-11"
