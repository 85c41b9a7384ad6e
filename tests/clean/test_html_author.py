"""The one-pass author search must return what trafilatura's `extract_author` returns."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

from trafilatura.metadata import extract_author
from trafilatura.utils import load_html

from warta.clean.html_author import author_in_body

STORY = "<p>Banjir merendam tiga kecamatan di Padang pada Selasa pagi setelah hujan deras semalaman.</p>"
PAGES = [
    # a plain byline, first expression
    f'<html><body><article><p class="author-name">Siti Aminah</p>{STORY}</article></body></html>',
    # the byline inside a discarded block comes out; a later one counts
    f'<html><body><div class="sidebar"><span class="author">Iklan Satu</span></div>'
    f'<div class="byline">Oleh Rudi Hartono</div>{STORY}</body></html>',
    # a <time> inside the byline is pruned before the text is read, its tail kept
    f'<html><body><div class="byline">By <time>3 March</time> John Tan, staff</div>{STORY}</body></html>',
    # only the last-resort expression matches (an id with "Author")
    f'<html><body><section id="postAuthor"><b>Nur Aisyah</b></section>{STORY}</body></html>',
    # too long or too short texts are skipped
    f'<html><body><span class="author">AB</span><span itemprop="author">Dewi Lestari</span>{STORY}</body></html>',
    # an <author> element and a rel="author" link
    f'<html><body><a rel="author" href="/u/1">Ahmad Fauzi</a><author>Other</author>{STORY}</body></html>',
    # a child <rel> element: trafilatura's own search runs
    f'<html><body><div class="x"><rel>me</rel>Maria Ulfa</div>{STORY}</body></html>',
    # no author anywhere
    f"<html><body><div class='content'>{STORY}{STORY}</div></body></html>",
    # comments block with an author class inside: discarded
    f'<html><body>{STORY}<div id="comments"><span class="author">Komentator</span></div></body></html>',
]


@pytest.mark.parametrize("page", PAGES)
def test_html_author_matches_trafilatura(page: str) -> None:
    expected = extract_author(load_html(page))
    assert author_in_body(load_html(page)) == expected


def test_html_author_finds_bylines() -> None:
    found = [author_in_body(load_html(page)) for page in PAGES]
    assert "Siti Aminah" in found and "Rudi Hartono" in " ".join(a or "" for a in found)
    assert found[-2] is None


def test_html_author_predicates_mirror_trafilatura_expressions() -> None:
    from warta.clean.html_author import _SOURCE_DIGEST, _digest

    assert _digest() == _SOURCE_DIGEST  # else every page takes trafilatura's slower search
