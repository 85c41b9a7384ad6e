"""RSS/Atom and WARC readers: feeds and archives written in the test, read through `read_paths`."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from warta.errors import InputError
from warta.model import Article
from warta.read import read_paths

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Kabar Contoh</title>
  <link>https://kabar.example/</link>
  <description>Berita contoh</description>
  <item>
    <title>Menteri bertemu gubernur di Medan</title>
    <link>https://kabar.example/2024/03/05/menteri-bertemu</link>
    <guid>https://kabar.example/?p=101</guid>
    <pubDate>Tue, 05 Mar 2024 08:30:00 +0700</pubDate>
    <description>&lt;p&gt;Menteri bertemu gubernur di Medan pada Selasa.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Banjir melanda dua desa</title>
    <link>https://kabar.example/2024/03/06/banjir</link>
    <pubDate>Wed, 06 Mar 2024 10:00:00 +0700</pubDate>
    <description>Sedikitnya 12 warga mengungsi akibat banjir.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Berita Contoh</title>
  <id>urn:uuid:feed-1</id>
  <updated>2024-04-02T09:00:00Z</updated>
  <entry>
    <title>Perdana Menteri terima kunjungan duta</title>
    <id>urn:uuid:entry-1</id>
    <link href="https://berita.example/pm-duta"/>
    <published>2024-04-01T07:00:00Z</published>
    <updated>2024-04-02T09:00:00Z</updated>
    <content type="html">&lt;p&gt;Perdana Menteri menerima kunjungan duta besar di Putrajaya.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Hanya dikemas kini</title>
    <id>urn:uuid:entry-2</id>
    <link href="https://berita.example/kemas-kini"/>
    <updated>2024-04-03T09:00:00Z</updated>
    <summary>Kenyataan itu dikemas kini pada Rabu.</summary>
  </entry>
</feed>
"""

HTML_A = (
    "<html><head><title>Satu</title></head><body><p>Presiden bertemu menteri di Jakarta.</p></body></html>"
)
HTML_B = "<html><body><article><p>Polisi menahan tiga orang.</p></article></body></html>"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _read(path: Path) -> list[Article | InputError]:
    return list(read_paths([path]))


def _articles(items: list[Article | InputError]) -> list[Article]:
    assert not [i for i in items if isinstance(i, InputError)], items
    return [i for i in items if isinstance(i, Article)]


def _warc(path: Path, *, gzipped: bool = False) -> Path:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    assert warcio
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    records = [
        ("https://news.example/a", "text/html; charset=utf-8", HTML_A.encode()),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://news.example/b", "text/html", HTML_B.encode()),
    ]
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return path


def test_feed_rss_gives_one_html_article_per_item(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    articles = _articles(_read(_write(tmp_path / "kabar.rss", RSS)))
    assert [a.url for a in articles] == [
        "https://kabar.example/2024/03/05/menteri-bertemu",
        "https://kabar.example/2024/03/06/banjir",
    ]
    assert all(a.format == "html" for a in articles)
    assert articles[0].id == "https://kabar.example/?p=101"  # the guid
    assert articles[1].id == "https://kabar.example/2024/03/06/banjir"  # no guid: the link
    assert "Menteri bertemu gubernur di Medan pada Selasa." in articles[0].raw
    assert "<h1>Menteri bertemu gubernur di Medan</h1>" in articles[0].raw


def test_feed_rss_published_date_kept_in_extra(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    articles = _articles(_read(_write(tmp_path / "kabar.xml", RSS)))
    # 08:30 at +0700 is 01:30 UTC: the date the outlet printed stays 5 March
    assert [a.extra.get("feed.published") for a in articles] == ["2024-03-05", "2024-03-06"]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Tue, 05 Mar 2024 03:15:00 +0700", "2024-03-05"),  # 20:15 UTC the day before
        ("Sun, 31 Dec 2023 23:30:00 -0500", "2023-12-31"),
        ("2024-03-05T03:15:00+07:00", "2024-03-05"),
    ],
)
def test_feed_published_date_is_the_outlets_local_date(tmp_path: Path, stamp: str, expected: str) -> None:
    pytest.importorskip("feedparser")
    rss = RSS.replace("Tue, 05 Mar 2024 08:30:00 +0700", stamp)
    articles = _articles(_read(_write(tmp_path / "kabar.rss", rss)))
    assert articles[0].extra["feed.published"] == expected


def test_feed_atom_gives_articles_with_content_and_dates(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    articles = _articles(_read(_write(tmp_path / "berita.atom", ATOM)))
    assert [a.id for a in articles] == ["urn:uuid:entry-1", "urn:uuid:entry-2"]
    assert [a.url for a in articles] == [
        "https://berita.example/pm-duta",
        "https://berita.example/kemas-kini",
    ]
    assert "menerima kunjungan duta besar di Putrajaya" in articles[0].raw
    assert "dikemas kini pada Rabu" in articles[1].raw
    assert articles[0].extra["feed.published"] == "2024-04-01"
    # an entry with only <updated> has no stated publication date
    assert "feed.published" not in articles[1].extra


def test_feed_detected_by_content_without_feed_suffix(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    articles = _articles(_read(_write(tmp_path / "download", ATOM)))
    assert len(articles) == 2 and all(a.format == "html" for a in articles)


def test_feed_sources_name_the_file_and_entry(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    path = _write(tmp_path / "kabar.rss", RSS)
    articles = _articles(_read(path))
    assert [a.source for a in articles] == [f"{path}#0", f"{path}#1"]


@pytest.mark.parametrize(
    "text",
    [
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
        '<?xml version="1.0"?><rss version="2.0"><channel><item><title>pot',
        "<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>\x00\x01garbage",
    ],
)
def test_feed_broken_or_empty_gives_input_error_naming_file(tmp_path: Path, text: str) -> None:
    pytest.importorskip("feedparser")
    path = _write(tmp_path / "rusak.rss", text)
    items = _read(path)
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors and not [i for i in items if isinstance(i, Article)]
    assert "rusak.rss" in str(errors[0])
    assert errors[0].code.startswith("E1")


def test_feed_entry_without_content_is_an_error_and_others_go_on(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    rss = RSS.replace("<description>Sedikitnya 12 warga mengungsi akibat banjir.</description>", "")
    items = _read(_write(tmp_path / "kabar.rss", rss))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError) and items[1].code == "E108" and "kabar.rss" in str(items[1])


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_gives_html_responses_only(tmp_path: Path, gzipped: bool) -> None:
    path = _warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), gzipped=gzipped)
    articles = _articles(_read(path))
    assert [a.url for a in articles] == ["https://news.example/a", "https://news.example/b"]
    assert all(a.format == "html" for a in articles)
    assert "Presiden bertemu menteri di Jakarta." in articles[0].raw
    assert "Polisi menahan tiga orang." in articles[1].raw
    assert len({a.id for a in articles}) == 2 and all(a.id for a in articles)
    # the source names the archive and the record's offset in it
    assert all(a.source and a.source.startswith(f"{path}@") for a in articles)
    assert articles[0].source != articles[1].source


def test_warc_ids_are_stable_across_reads(tmp_path: Path) -> None:
    path = _warc(tmp_path / "crawl.warc")
    first = [a.id for a in _articles(_read(path))]
    assert first == [a.id for a in _articles(_read(path))]


def test_warc_truncated_gives_input_error_naming_file(tmp_path: Path) -> None:
    good = _warc(tmp_path / "good.warc").read_bytes()
    path = tmp_path / "potong.warc"
    path.write_bytes(good[: len(good) // 2])
    items = _read(path)
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors and "potong.warc" in str(errors[-1]) and errors[-1].code == "E111"


@pytest.mark.parametrize(
    "data",
    [b"WARC/1.0\r\nthis is not a warc header\r\n\r\n" + bytes(range(256)), b"WARC/1.0\r\n\r\n"],
)
def test_warc_broken_gives_input_error_naming_file(tmp_path: Path, data: bytes) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / "rusak.warc"
    path.write_bytes(data)
    items = _read(path)
    assert items and all(isinstance(i, InputError) for i in items)
    assert "rusak.warc" in str(items[0]) and items[0].code == "E111"  # type: ignore[union-attr]


def test_warc_broken_gzip_gives_input_error_naming_file(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / "rusak.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\n")[:-6])
    items = _read(path)
    assert items and isinstance(items[0], InputError) and "rusak.warc.gz" in str(items[0])


def test_warc_without_html_response_says_so(tmp_path: Path) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.warcwriter import WARCWriter

    assert warcio
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(
        writer.create_warc_record("https://x.example/", "resource", payload=io.BytesIO(b"hi"))
    )
    path = tmp_path / "kosong.warc"
    path.write_bytes(buffer.getvalue())
    [item] = _read(path)
    assert isinstance(item, InputError) and "kosong.warc" in str(item) and item.code == "E112"


def test_feed_atom_plain_text_content_is_escaped(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    atom = ATOM.replace(
        '<content type="html">&lt;p&gt;Perdana Menteri menerima kunjungan duta besar di Putrajaya.&lt;/p&gt;</content>',
        '<content type="text">Harga beras naik &lt;5% &amp; stok cukup.\n\nKata menteri.</content>',
    )
    [first, _] = _articles(_read(_write(tmp_path / "berita.atom", atom)))
    assert "<p>Harga beras naik &lt;5% &amp; stok cukup.</p><p>Kata menteri.</p>" in first.raw


def test_feed_dates_reach_the_extracted_article(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    import warta

    path = _write(tmp_path / "kabar.rss", RSS)
    articles = [a for a in warta.extract_paths([path]) if isinstance(a, Article)]
    assert len(articles) == 2
    # the entries state no date in their text: the feed's date is the publication date
    assert [a.published for a in articles] == ["2024-03-05", "2024-03-06"]
    assert articles[0].title == "Menteri bertemu gubernur di Medan"
