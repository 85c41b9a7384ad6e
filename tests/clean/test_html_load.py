"""`load_page` must build the tree trafilatura's `load_html` builds."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

from lxml import etree
from trafilatura.utils import load_html

from warta.clean.html_load import _same_code, load_page

BODY = "<body><h1>Banjir di Padang</h1><p>Warga mengungsi ke masjid terdekat.</p></body>"
PAGES = [
    f"<html><head><title>Banjir</title></head>{BODY}</html>",
    f"<!DOCTYPE html/>\n<html>{BODY}</html>",  # a doctype that libxml2 chokes on
    f"<html/>\n{BODY}",  # a self-closing <html/>
    "<html>" + BODY.replace("Warga", "War\x01ga") + "</html>",  # a control character: trafilatura's own path
    f"<html>{BODY}\ufffe</html>",
    f"<?xml version='1.0' encoding='utf-8'?><html>{BODY}</html>",  # encoding declaration: bytes parse
    "<p>a fragment</p>",
    "plain text, no markup",
]


def _dump(tree: etree._Element | None) -> bytes | None:
    return None if tree is None else etree.tostring(tree.getroottree())


@pytest.mark.parametrize("page", PAGES)
def test_html_load_matches_trafilatura(page: str) -> None:
    expected, got = load_html(page), load_page(page)
    assert _dump(got) == _dump(expected)
    assert (got is None) == (expected is None)


def test_html_load_uses_its_copy_of_trafilatura_code() -> None:
    assert _same_code()  # else every page silently takes the slower path
    assert load_page(PAGES[0]) is not None


def test_html_load_parser_gives_lxml_html_classes() -> None:
    from trafilatura.utils import HTML_PARSER

    from warta.clean.html_load import _parser

    assert _parser() is not HTML_PARSER  # else every page pays the Python class lookup
    page = "<html><body><form><input><select></select><textarea></textarea><label>x</label></form><p>y</p></body></html>"
    got = [(el.tag, type(el)) for el in load_page(page).iter()]  # type: ignore[union-attr]
    assert got == [(el.tag, type(el)) for el in load_html(page).iter()]
    assert {cls.__name__ for _, cls in got} >= {"FormElement", "InputElement", "HtmlElement"}
