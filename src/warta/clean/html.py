"""Main text and metadata of an HTML page: trafilatura first, a paragraph-based fallback second.

The fallback keeps `<h1>` and `<p>`-level blocks, which is what Indonesian/Malay news templates
put the story in when trafilatura's scoring throws it away (short pages, odd templates).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

MIN_MAIN_TEXT = 250  # characters; below this a news page's main text was probably missed
MIN_PROSE_SHARE = 0.25  # below this share of sentence-like lines, the fast extraction took a menu
# a sentence-like line ends with one of these, blanks aside
_PROSE_ENDS = frozenset(".!?:;\"'\u201d\u2019)")
_BLOCK_TAGS = ("h1", "h2", "h3", "p", "li", "blockquote")


@dataclass(slots=True)
class HtmlContent:
    text: str
    meta: dict[str, str] = field(default_factory=dict)


def html_to_text(html: str, url: str | None = None) -> HtmlContent:
    from warta.clean.html_extract import main_text
    from warta.clean.html_load import load_page
    from warta.clean.html_meta import author_from_tree, metadata_before_author, with_author

    params = {"extensive_search": False, "original_date": True, "max_date": dt.date.today().isoformat()}
    # one parse: the metadata pass and the author search read the tree and leave it as it is, then
    # the extraction prunes it in place
    tree = load_page(html)
    meta: dict[str, str] = {}
    found = None
    if tree is not None:
        meta, needs_author = metadata_before_author(tree, url, params)
        author = author_from_tree(tree) if needs_author else None
        page_url = url or meta.get("url")
        found = main_text(tree, page_url, fast=True, in_place=True)
        if found is None or not _reads_as_story(found):
            # menu dump or near-empty: let trafilatura compare with readability and jusText, on the
            # page as parsed (the fast pass pruned the tree)
            tree = load_page(html)
            found = None if tree is None else main_text(tree, page_url, fast=False, in_place=True)
        if needs_author and found is not None:
            meta = with_author(meta, author)
    text = ""
    if found is not None:
        text = found
    else:
        meta = {}  # as trafilatura: a page it cannot extract has no metadata either
    if len(text) < MIN_MAIN_TEXT:
        # trafilatura threw the story away (short page, odd template): take the paragraph blocks
        fallback = _paragraph_text(html)
        if len(fallback) > len(text):
            text = fallback
    return HtmlContent(text=text, meta=meta)


def _reads_as_story(text: str) -> bool:
    """Whether most of an extraction is sentence-like lines rather than link lists.

    trafilatura's fast path skips its readability/jusText comparison, which is what rescues a page
    whose main text it mistook for the navigation; those mistakes read as many short lines.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    total = sum(len(line) for line in lines)
    if total < MIN_MAIN_TEXT:
        return False
    # the line-end test first: it is cheaper than splitting the line into words
    prose = sum(len(line) for line in lines if line.rstrip()[-1:] in _PROSE_ENDS and len(line.split()) >= 8)
    return prose >= MIN_PROSE_SHARE * total


def page_date(html: str, url: str | None = None) -> str | None:
    """htmldate on the raw page: trafilatura dates its cleaned tree, and the raw page may still
    hold the <time> or JSON-LD date it dropped. Called only when nothing else gave a date."""
    from htmldate import find_date

    params = {"extensive_search": False, "original_date": True, "max_date": dt.date.today().isoformat()}
    try:
        found = find_date(html, url=url, **params)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return None
    return str(found) if found else None


def _paragraph_text(html: str) -> str:
    try:
        import lxml.html
        from lxml.etree import ParserError
    except ImportError:  # pragma: no cover - lxml comes with trafilatura
        return ""
    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//nav|//footer|//header|//aside|//form"):
        bad.drop_tree()
    blocks = []
    for el in root.iter(*_BLOCK_TAGS):
        if any(anc.tag in _BLOCK_TAGS for anc in el.iterancestors()):
            continue
        line = re.sub(r"\s+", " ", el.text_content()).strip()
        if line:
            blocks.append(line)
    return "\n".join(blocks)
