"""`main_text` must give the text trafilatura's `bare_extraction` gives, in place or on a copy."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

pytest.importorskip("trafilatura")

import trafilatura

from warta.clean.html_extract import _same_code, main_text
from warta.clean.html_load import load_page

PAGES = sorted(
    (Path(__file__).resolve().parents[3] / "shared/data/article-extraction-benchmark/html").glob("*.gz")
)


def _bare(html: str, fast: bool) -> str | None:
    doc = trafilatura.bare_extraction(
        load_page(html), fast=fast, with_metadata=False, include_comments=False, include_tables=False
    )
    return None if doc is None or isinstance(doc, dict) else (doc.text or "")


@pytest.mark.parametrize(("fast", "in_place"), [(True, True), (False, True), (True, False)])
def test_html_extract_matches_bare_extraction(fast: bool, in_place: bool) -> None:
    if not PAGES:
        pytest.skip("the article-extraction benchmark is not beside the repo")
    for path in PAGES[:: max(1, len(PAGES) // 6)]:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        tree = load_page(html)
        assert tree is not None
        assert main_text(tree, None, fast=fast, in_place=in_place) == _bare(html, fast), path.name


def test_html_extract_leaves_the_tree_alone_unless_in_place() -> None:
    from lxml import etree

    page = "<html><body><div id='comments'><p>Komentar</p></div><article><p>" + "Banjir merendam kota. " * 30
    tree = load_page(page + "</p></article></body></html>")
    assert tree is not None
    before = etree.tostring(tree)
    assert main_text(tree, None, fast=True, in_place=False)
    assert etree.tostring(tree) == before


def test_html_extract_uses_its_copy_of_trafilatura_code() -> None:
    assert _same_code()  # else every page pays bare_extraction's copy of the tree


def test_html_extract_logs_once_when_trafilatura_changed(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import warta.clean.html_extract as he

    page = (
        "<html><body><article><p>"
        + "Banjir merendam kota pada Selasa pagi. " * 20
        + "</p></article></body></html>"
    )
    expected = main_text(load_page(page), None, fast=True, in_place=True)
    monkeypatch.setattr(he, "_SOURCE_DIGEST", "0" * 16)  # as if trafilatura's code had changed
    he._same_code.cache_clear()
    try:
        with caplog.at_level("INFO", logger=he.__name__):
            found = [main_text(load_page(page), None, fast=True, in_place=True) for _ in range(3)]
    finally:
        monkeypatch.undo()
        he._same_code.cache_clear()
    assert found == [expected] * 3  # bare_extraction itself gives the same text
    assert [r.levelname for r in caplog.records if r.name == he.__name__] == ["WARNING"]
    assert _same_code()
