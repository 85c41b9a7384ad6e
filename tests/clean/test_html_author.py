"""The one-pass author search must return what trafilatura's `extract_author` returns."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

from trafilatura.metadata import extract_author
from trafilatura.utils import load_html

from warta.clean.html_author import author_in_body

STORY = "<p>Banjir merendam tiga kecamatan di Padang pada Selasa pagi setelah hujan deras semalaman.</p>"
NO_AUTHOR = f"<html><body><div class='content'>{STORY}{STORY}</div></body></html>"
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
    NO_AUTHOR,
    # comments block with an author class inside: discarded
    f'<html><body>{STORY}<div id="comments"><span class="author">Komentator</span></div></body></html>',
    # a discarded block and a <time> inside the byline, tails glued to their neighbours' text
    f'<html><body><div class="byline">Oleh<span class="date">Senin</span>Rudi<!-- c --><time>1</time>'
    f'Hartono<span class="print"><b class="quote">x</b>y</span>z</div>{STORY}</body></html>',
    # a fragment: the parser hands back an element below the document's root
    "<div><p class='byline'>Oleh <time>1</time>Rudi Hartono</p><div class='sidebar'><b class='author'>X Y</b></div></div>",
    # a byline inside a <figure> goes with it; nested discarded blocks
    f'<html><body><figure><span class="author">Foto Satu</span></figure><div class="sidebar">'
    f'<div class="comments"><span class="author">Dua</span></div></div><p class="author">Nur Aisyah</p>'
    f"{STORY}</body></html>",
]


@pytest.mark.parametrize("page", PAGES)
def test_html_author_matches_trafilatura(page: str) -> None:
    expected = extract_author(load_html(page))
    assert author_in_body(load_html(page)) == expected


def test_html_author_finds_bylines() -> None:
    found = [author_in_body(load_html(page)) for page in PAGES]
    assert "Siti Aminah" in found and "Rudi Hartono" in " ".join(a or "" for a in found)
    assert found[PAGES.index(NO_AUTHOR)] is None
    assert "Nur Aisyah" in found[-1]  # the bylines in the <figure> and the sidebar are pruned


def test_html_author_predicates_mirror_trafilatura_expressions() -> None:
    from warta.clean.html_author import _SOURCE_DIGEST, _digest

    assert _digest() == _SOURCE_DIGEST  # else every page takes trafilatura's slower search


def test_html_author_leaves_the_tree_alone() -> None:
    from lxml import etree

    for page in PAGES:
        tree = load_html(page)
        before = etree.tostring(tree)
        author_in_body(tree)
        assert etree.tostring(tree) == before


# random pages from pieces the search reads: bylines, discarded blocks, <time>/<figure>, comments,
# glued tails; opened and closed tags nest the pieces in each other
_PIECES = [
    "<span class='author'>",
    "<div class='byline'>",
    "<p itemprop='author'>",
    "<a rel='author' href='/a'>",
    "<div class='sidebar'>",
    "<span class='date'>",
    "<section id='comments'>",
    "<div data-component='Figure'>",
    "<time>",
    "<figure>",
    "<b>",
    "</span>",
    "</div>",
    "</p>",
    "</a>",
    "</section>",
    "</time>",
    "</figure>",
    "</b>",
    "<!-- c -->",
    "Oleh",
    " ",
    "Rudi",
    "Hartono Putra",
    "Siti",
    "x",
]


def test_html_author_matches_trafilatura_on_random_pages() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from lxml import etree

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
    def check(pieces: list[str]) -> None:
        page = f"<html><body><main>{''.join(pieces)}</main>{STORY}</body></html>"
        tree = load_html(page)
        before = etree.tostring(tree)
        assert author_in_body(tree) == extract_author(load_html(page))
        assert etree.tostring(tree) == before

    check()
