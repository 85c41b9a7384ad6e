"""warta's lean metadata pass must give the fields trafilatura's full pass gives."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("trafilatura")

from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from warta.clean.html import html_to_text
from warta.clean.html_meta import FIELDS, page_metadata

PAGES = [
    """<html><head><title>Banjir rendam Padang | Harian Kita</title>
    <meta property="og:site_name" content="Harian Kita">
    <meta name="description" content="Banjir merendam tiga kecamatan.">
    <meta property="article:published_time" content="2025-03-04T08:00:00+07:00">
    <link rel="canonical" href="https://harian.example.id/2025/03/04/banjir"></head>
    <body><article><h1>Banjir rendam Padang</h1><p class="author">Oleh Siti Aminah</p>
    <p>Banjir merendam tiga kecamatan di Padang pada Selasa pagi setelah hujan deras semalaman.</p>
    </article></body></html>""",
    """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Minister meets envoy", "datePublished": "2024-11-02",
    "author": {"@type": "Person", "name": "John Tan"}}</script></head>
    <body><p>The minister met the envoy in Kuala Lumpur on Saturday to discuss trade.</p></body></html>""",
]


@pytest.mark.parametrize("page", PAGES)
def test_html_meta_matches_trafilatura(page: str) -> None:
    params = {"extensive_search": False, "original_date": True, "max_date": dt.date.today().isoformat()}
    full = extract_metadata(load_html(page), None, dict(params))
    expected = {k: str(v) for k in FIELDS if (v := getattr(full, k, None))}
    assert page_metadata(load_html(page), None, params) == expected
    assert expected.get("date")


def test_html_meta_reaches_the_stage_output() -> None:
    content = html_to_text(PAGES[0])
    assert content.meta.get("sitename") == "Harian Kita"


def test_html_story_check_tells_prose_from_a_menu() -> None:
    from warta.clean.html import _reads_as_story

    menu = "\n".join(["Beranda", "Nasional", "Ekonomi", "Olahraga", "Kontak Kami", "Indeks Berita"] * 10)
    story = (
        "Banjir merendam tiga kecamatan di Padang pada Selasa pagi setelah hujan deras semalaman.\n"
        "Warga mengungsi ke masjid dan sekolah terdekat, kata petugas badan penanggulangan bencana.\n"
        "Polisi menutup dua ruas jalan utama sampai air surut pada sore harinya, menurut keterangan resmi."
    )
    assert _reads_as_story(story)
    assert not _reads_as_story(menu)
    assert not _reads_as_story(menu + "\n" + menu + "\n" + story)  # mostly links: the fuller comparison runs
    assert not _reads_as_story("Banjir merendam Padang.")  # too short to trust


def test_html_menu_page_still_yields_its_story() -> None:
    links = "".join(f'<li><a href="/k/{i}">Kanal {i}</a></li>' for i in range(80))
    body = (
        "Banjir merendam tiga kecamatan di Padang pada Selasa pagi setelah hujan deras semalaman. "
        "Warga mengungsi ke masjid dan sekolah terdekat, kata petugas badan penanggulangan bencana."
    )
    page = f"<html><body><ul>{links}</ul><div><p>{body}</p><p>{body}</p></div></body></html>"
    assert "Banjir merendam tiga kecamatan" in html_to_text(page).text


def test_html_meta_json_matches_trafilatura() -> None:
    from trafilatura import metadata as tm

    from warta.clean.html_meta import _meta_json

    page = """<html><head><script type="application/ld+json">
      {  "@context": "https://schema.org", "@type" :  "NewsArticle",
         "headline": "Menteri  bertemu   duta\\u0020besar",  "description": "Dua \\"kata\\"\\n di sini",
         "author": [ {"@type": "Person", "name": "Siti   Aminah"} ],
         "datePublished" : "2024-11-02" }</script>
      <script type="application/ld+json">{ "broken": "json" </script></head><body><p>x</p></body></html>"""
    fields = ("title", "author", "description", "date", "sitename", "url", "categories", "tags")
    want = tm.extract_meta_json(load_html(page), tm.examine_meta(load_html(page)))
    got = _meta_json(load_html(page), tm.examine_meta(load_html(page)))
    assert [getattr(got, f) for f in fields] == [getattr(want, f) for f in fields]
    assert want.title and want.author


def test_html_meta_json_uses_its_copy_of_trafilatura_code() -> None:
    from trafilatura import metadata as tm

    from warta.clean.html_meta import _JSON_MINIFY_SOURCE, _META_JSON_DIGEST, _meta_json_digest

    # else `_meta_json` silently falls back to trafilatura's slower function
    assert tm.JSON_MINIFY.pattern == _JSON_MINIFY_SOURCE
    assert _meta_json_digest() == _META_JSON_DIGEST


@pytest.mark.parametrize(
    "text",
    [
        'Menteri \\u0041nwar &amp; \\n<b>duta</b>  "x"',
        "ganti \\ud83d\\ude00 dan \\ud800 sendiri",  # escaped surrogates: trafilatura drops them
        "plain   text <i>no escapes</i>",
        "",
    ],
)
def test_html_meta_normalize_json_matches_trafilatura(text: str) -> None:
    from trafilatura.json_metadata import JSON_UNICODE_REPLACE, normalize_json

    from warta.clean.html_meta import _JSON_UNICODE_SOURCE, _normalize_json

    assert JSON_UNICODE_REPLACE.pattern == _JSON_UNICODE_SOURCE
    assert _normalize_json(text) == normalize_json(text)


def test_html_meta_minify_split_matches_trafilatura_sub() -> None:
    from trafilatura.metadata import JSON_MINIFY

    from warta.clean.html_meta import _MINIFY

    text = '{ "a b" : [ 1,\n  "c \\" d" ] ,\t"e":"f  g" }  '
    assert "".join(filter(None, _MINIFY.split(text))) == JSON_MINIFY.sub(r"\1", text)
