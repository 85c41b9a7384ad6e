"""warta's fast-pass cascade must give what trafilatura's `trafilatura_sequence` gives, and the page
text bound must never be below `html2txt`'s length."""

from __future__ import annotations

import gzip
from copy import copy
from pathlib import Path

import pytest

pytest.importorskip("trafilatura")

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from trafilatura.baseline import html2txt
from trafilatura.core import trafilatura_sequence

from warta.clean.html_extract import _options
from warta.clean.html_load import load_page
from warta.clean.html_sequence import _same_code, page_text_bound, sequence

PAGES = sorted(
    (Path(__file__).resolve().parents[3] / "shared/data/article-extraction-benchmark/html").glob("*.gz")
)
STORY = "Banjir merendam tiga kecamatan di Padang pada Selasa pagi setelah hujan deras semalaman. "
# a short story beside a long sidebar: the cascade's recall escalation measures the page
SIDEBAR = "".join(f"<li><a href='/{n}'>Berita lain nomor {n} tentang kota</a></li>" for n in range(300))
ESCALATING = (
    f"<html><body><article><h1>Banjir</h1><p>{STORY * 4}</p></article>"
    f"<div class='side'><ul>{SIDEBAR}</ul></div><script>var a = 1; var b = 2;</script></body></html>"
)


def _same_result(html: str, fast: bool) -> None:
    tree = load_page(html)
    assert tree is not None
    mine, theirs = copy(tree), copy(tree)
    options = _options(fast, None)
    got = sequence(mine, options, None)
    expected = trafilatura_sequence(theirs, options, None)
    assert got[1] == expected[1] and got[3] == expected[3]
    assert etree.tostring(got[0]) == etree.tostring(expected[0])
    assert etree.tostring(mine) == etree.tostring(theirs)  # the page pruned the same way


@pytest.mark.parametrize("fast", [True, False])
def test_html_sequence_matches_trafilatura_on_benchmark_pages(fast: bool) -> None:
    if not PAGES:
        pytest.skip("the article-extraction benchmark is not beside the repo")
    for path in PAGES[:: max(1, len(PAGES) // 8)]:
        _same_result(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"), fast)


@pytest.mark.parametrize("fast", [True, False])
def test_html_sequence_matches_trafilatura_when_escalating(
    monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    import trafilatura.core as tc

    retries: list[object] = []
    retry = tc._recall_retry
    monkeypatch.setattr(tc, "_recall_retry", lambda *args: retries.append(args) or retry(*args))
    _same_result(ESCALATING, fast)
    assert len(retries) == 2  # both cascades took the recall retry
    tree = load_page(ESCALATING)
    assert tree is not None
    assert len(html2txt(tree)) <= page_text_bound(tree)


# pieces of a page: glued block elements (html2txt spaces them), scripts, removed blocks, odd blanks
_PIECES = st.sampled_from(
    [
        "<div>kata</div>",
        "<p>dua kata</p>",
        "<span>x</span>",
        "y",
        " ",
        "\xa0",
        "\x0b",
        "<br>",
        "<script>var x = 1 ; y</script>",
        "<style>p { color: red }</style>",
        "<aside>samping <script>z z z z</script> teks</aside>",
        "<footer>kaki</footer>",
        "<footer>a<aside>x y z q</aside>w</footer>",
        "<svg><text>a b c d</text></svg>",
        "<template>t u v w</template>",
        "<aside>",
        "</aside>",
        "<div>",
        "</div>",
        "<div class='cookie-consent'>setuju</div>",
        "<li>satu</li>",
        "<h2>Judul</h2>",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30))
def test_html_sequence_bound_is_never_below_html2txt(pieces: list[str]) -> None:
    tree = load_page(f"<html><head><title>t</title></head><body><main>{''.join(pieces)}</main></body></html>")
    if tree is None:
        return
    assert len(html2txt(tree)) <= page_text_bound(tree)


def test_html_sequence_bound_holds_on_benchmark_pages() -> None:
    if not PAGES:
        pytest.skip("the article-extraction benchmark is not beside the repo")
    for path in PAGES[:: max(1, len(PAGES) // 20)]:
        tree = load_page(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        assert tree is not None
        assert len(html2txt(tree)) <= page_text_bound(tree), path.name


def test_html_sequence_uses_its_copy_of_trafilatura_code() -> None:
    assert _same_code()  # else every page pays html2txt and the backup copy again


def test_html_sequence_logs_once_when_trafilatura_changed(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import warta.clean.html_sequence as hs

    tree = load_page(ESCALATING)
    assert tree is not None
    expected = trafilatura_sequence(copy(tree), _options(True, None), None)[1]
    monkeypatch.setattr(hs, "_SOURCE_DIGEST", "0" * 16)  # as if trafilatura's code had changed
    hs._same_code.cache_clear()
    try:
        with caplog.at_level("INFO", logger=hs.__name__):
            found = [sequence(copy(tree), _options(True, None), None)[1] for _ in range(2)]
    finally:
        monkeypatch.undo()
        hs._same_code.cache_clear()
    assert found == [expected] * 2
    assert [r.levelname for r in caplog.records if r.name == hs.__name__] == ["WARNING"]
