"""Page metadata the way `trafilatura.extract_metadata` finds it, minus what warta never reads.

trafilatura's own pass also collects categories, tags and the licence, each a scan of the whole
tree; on a news page those scans cost as much as the title, author and date together. The steps
kept here are trafilatura's, in its order, so the fields warta uses come out the same.
"""

from __future__ import annotations

import logging
from typing import Any

from lxml.html import HtmlElement

LOG = logging.getLogger(__name__)
FIELDS = ("title", "author", "date", "sitename", "hostname", "url", "description")


def page_metadata(tree: HtmlElement, url: str | None, date_params: dict[str, Any]) -> dict[str, str]:
    """title, author, date, sitename, hostname, url and description of a parsed page (absent: no key)."""
    meta, needs_author = metadata_before_author(tree, url, date_params)
    return with_author(meta, author_from_tree(tree, in_place=False) if needs_author else None)


def metadata_before_author(
    tree: HtmlElement, url: str | None, date_params: dict[str, Any]
) -> tuple[dict[str, str], bool]:
    """Every field but an author found only in the page body, and whether that search is needed.

    trafilatura searches the body for the author on a pruned deep copy of the tree; a caller that
    is done with the tree can run that search last, on the tree itself (`author_from_tree`).
    """
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura import metadata as tm

    doc = tm.examine_meta(tree)
    if doc.author and " " not in doc.author:
        doc.author = None
    try:
        doc = tm.extract_meta_json(tree, doc)
    except Exception as err:  # trafilatura guards this call the same way
        LOG.debug("JSON metadata: %s", err)
    if not doc.title:
        doc.title = tm.extract_title(tree)
    needs_author = not doc.author
    if not doc.url:
        doc.url = tm.extract_url(tree, url)
    if doc.url:
        doc.hostname = extract_domain(doc.url, fast=True)
    doc.date = find_date(tree, **{**date_params, "url": doc.url})
    if not doc.sitename:
        doc.sitename = tm.extract_sitename(tree)
    if doc.sitename:
        doc.sitename = doc.sitename.lstrip("@")
        if doc.sitename and "." not in doc.sitename and not doc.sitename[0].isupper():
            doc.sitename = doc.sitename.title()
    elif doc.url:
        m = tm.META_URL.match(doc.url)
        if m:
            doc.sitename = m[1]
    return {key: value for key in FIELDS if (value := _trimmed(getattr(doc, key, None)))}, needs_author


def author_from_tree(tree: HtmlElement, in_place: bool) -> str | None:
    """trafilatura's `extract_author`; `in_place` prunes `tree` itself instead of a deep copy."""
    from trafilatura import metadata as tm
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    if not in_place:
        return _trimmed(tm.extract_author(tree))
    subtree = prune_unwanted_nodes(tree, AUTHOR_DISCARD_XPATHS)
    author = tm.extract_metainfo(subtree, AUTHOR_XPATHS, len_limit=120)
    return _trimmed(normalize_authors(None, author) if author else None)


def with_author(meta: dict[str, str], author: str | None) -> dict[str, str]:
    """`meta` with `author` filled in (when it has none), keys in `FIELDS` order."""
    merged = {**meta, "author": meta.get("author") or author or ""}
    return {key: merged[key] for key in FIELDS if merged.get(key)}


def _trimmed(value: object) -> str:
    """A field as trafilatura's `Document.clean_and_trim` leaves it ('' when empty)."""
    from trafilatura.settings import Document

    if not value:
        return ""
    doc = Document()
    doc.title = value  # type: ignore[assignment]
    doc.clean_and_trim()
    return str(doc.title) if doc.title else ""
