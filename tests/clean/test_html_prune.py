"""`prune_first` must prune a page exactly as trafilatura's `prune_unwanted_nodes` does with
RAW_TREE_PRUNE_XPATH and (unless a forum thread) REMOVE_COMMENTS_AND_LISTS_XPATH."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

pytest.importorskip("trafilatura")

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import fromstring, tostring
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

from warta.clean.html_load import load_page
from warta.clean.html_prune import _same_paths, prune_first

PAGES = sorted(
    (Path(__file__).resolve().parents[3] / "shared/data/article-extraction-benchmark/html").glob("*.gz")
)
_TAGS = ["div", "section", "aside", "ol", "ul", "list", "details", "p", "h1", "span"]
# attribute values around the expressions' literals: matches, near misses, anchored and not
_VALUES = [
    "comment", "Comments", "commentary", "x comment", "comol", "disqus_thread", "dsq-comments",
    "post-comments", "article-comments x", "mvp-post-add-box", "mvp-post-add-wrapx", "infinitescroll",
    "a infinite-scroll", "infinite", "elementor-share-buttons", "main",
]  # fmt: skip


def _theirs(html: str, is_forum: bool) -> bytes:
    tree = fromstring(html)
    tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
    if not is_forum:
        tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    return bytes(tostring(tree))


def _mine(html: str, is_forum: bool) -> bytes:
    tree = fromstring(html)
    assert prune_first(tree, is_forum)
    return bytes(tostring(tree))


def test_html_prune_mirrors_current_expressions() -> None:
    assert _same_paths()


def _element(depth: int) -> st.SearchStrategy[str]:
    attrs = st.tuples(st.none() | st.sampled_from(_VALUES), st.none() | st.sampled_from(_VALUES))
    kids = st.lists(_element(depth + 1), max_size=3) if depth < 3 else st.just([])
    return st.builds(
        lambda tag, ids, inner: (
            f"<{tag}"
            + "".join(f' {k}="{v}"' for k, v in zip(("id", "class"), ids, strict=True) if v is not None)
            + f">t{depth}{''.join(inner)}</{tag}>tail{depth}"
        ),
        st.sampled_from(_TAGS),
        attrs,
        kids,
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(_element(0), min_size=1, max_size=3), st.booleans())
def test_html_prune_matches_trafilatura_on_nested_matches(blocks: list[str], is_forum: bool) -> None:
    html = f"<html><body>{''.join(blocks)}</body></html>"
    assert _mine(html, is_forum) == _theirs(html, is_forum)


def test_html_prune_matches_trafilatura_on_benchmark_pages() -> None:
    if not PAGES:
        pytest.skip("the article-extraction benchmark is not beside the repo")
    pruned = 0
    for path in PAGES[:: max(1, len(PAGES) // 20)]:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        tree = load_page(html)
        assert tree is not None
        page = tostring(tree).decode()
        assert _mine(page, False) == _theirs(page, False)
        pruned += _theirs(page, False) != tostring(fromstring(page))
    assert pruned > 0  # the pages exercise the deletions, not only the screen
