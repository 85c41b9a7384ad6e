"""Page metadata the way `trafilatura.extract_metadata` finds it, minus what warta never reads.

trafilatura's own pass also collects categories, tags and the licence, each a scan of the whole
tree; on a news page those scans cost as much as the title, author and date together. The steps
kept here are trafilatura's, in its order, so the fields warta uses come out the same.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import Any

from lxml.html import HtmlElement

LOG = logging.getLogger(__name__)
# trafilatura's JSON_MINIFY with `\s+` for `\s`: the same text comes out (a run of blanks holds no quote)
_MINIFY = re.compile(r'("(?:\\.|[^"\\])*")|\s+')
# the scripts trafilatura reads, './/script[@type="application/ld+json" or @type="application/settings+json"]',
# found by a walk over the <script> elements in C rather than an XPath scan of every element
_JSON_TYPES = frozenset({"application/ld+json", "application/settings+json"})
# what `_meta_json` was copied from: extract_meta_json's code (html_load.code_digest) and JSON_MINIFY
_META_JSON_DIGEST = "ea1afd782dfba430"  # extract_meta_json and normalize_json
_JSON_MINIFY_SOURCE = r'("(?:\\.|[^"\\])*")|\s'
_JSON_UNICODE_SOURCE = r"\\u([0-9a-fA-F]{4})"
_SURROGATE = re.compile("[\ud800-\udfff]")
FIELDS = ("title", "author", "date", "sitename", "hostname", "url", "description")


def page_metadata(tree: HtmlElement, url: str | None, date_params: dict[str, Any]) -> dict[str, str]:
    """title, author, date, sitename, hostname, url and description of a parsed page (absent: no key)."""
    meta, needs_author = metadata_before_author(tree, url, date_params)
    return with_author(meta, author_from_tree(tree) if needs_author else None)


def metadata_before_author(
    tree: HtmlElement, url: str | None, date_params: dict[str, Any]
) -> tuple[dict[str, str], bool]:
    """Every field but an author found only in the page body, and whether that search is needed.

    trafilatura searches the body for the author on a pruned deep copy of the tree; warta's search
    (`author_from_tree`) leaves the tree as it is, and is run only when this pass found none.
    """
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura import metadata as tm

    doc = tm.examine_meta(tree)
    if doc.author and " " not in doc.author:
        doc.author = None
    try:
        doc = _meta_json(tree, doc)
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
    return _trimmed_fields({key: getattr(doc, key, None) for key in FIELDS}), needs_author


def _meta_json(tree: HtmlElement, doc: Any) -> Any:
    """trafilatura's `extract_meta_json`, its whitespace squeeze done in fewer, cheaper steps: a run
    of blanks outside strings goes in one match, and the pieces are joined in C (no template "\\1",
    which Python 3.11 expands in Python for every match). Its own code runs if it has changed."""
    import json

    from trafilatura import metadata as tm
    from trafilatura.json_metadata import JSON_UNICODE_REPLACE, extract_json, extract_json_parse_error

    if (
        tm.JSON_MINIFY.pattern != _JSON_MINIFY_SOURCE
        or JSON_UNICODE_REPLACE.pattern != _JSON_UNICODE_SOURCE
        or _meta_json_digest() != _META_JSON_DIGEST
    ):
        return tm.extract_meta_json(tree, doc)
    for elem in tree.iterdescendants("script"):
        if not elem.text or elem.get("type") not in _JSON_TYPES:
            continue
        # split() gives the text between matches and group 1 (a string, or None for blanks)
        element_text = _normalize_json("".join(filter(None, _MINIFY.split(elem.text))))
        try:
            schema = json.loads(element_text, strict=False)
            doc = extract_json(schema, doc)
        except json.JSONDecodeError:
            doc = extract_json_parse_error(element_text, doc)
    return doc


@cache
def _meta_json_digest() -> str:
    from trafilatura import metadata as tm
    from trafilatura.json_metadata import normalize_json

    from warta.clean.html_load import code_digest

    return code_digest(tm.extract_meta_json, normalize_json)


def _normalize_json(string: str) -> str:
    """trafilatura's `normalize_json`, which drops surrogates character by character in Python:
    here only when the text holds one."""
    from html import unescape

    from trafilatura.json_metadata import JSON_UNICODE_REPLACE
    from trafilatura.utils import HTML_STRIP_TAGS, trim  # the ones json_metadata imports

    if "\\" in string:
        string = string.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        string = JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), string)
        if _SURROGATE.search(string):
            string = "".join(c for c in string if ord(c) < 0xD800 or ord(c) > 0xDFFF)
        string = unescape(string)
    return trim(HTML_STRIP_TAGS.sub("", string))


def author_from_tree(tree: HtmlElement) -> str:
    """trafilatura's `extract_author`, trimmed ('' when none); `tree` is left as it is. The search
    reads from the document's root, where trafilatura reads a copy of `tree` (the same for a page
    parsed whole; a fragment below the root can differ)."""
    from warta.clean.html_author import author_in_body

    return _trimmed(author_in_body(tree))


def with_author(meta: dict[str, str], author: str | None) -> dict[str, str]:
    """`meta` with `author` filled in (when it has none), keys in `FIELDS` order."""
    merged = {**meta, "author": meta.get("author") or author or ""}
    return {key: merged[key] for key in FIELDS if merged.get(key)}


def _trimmed_fields(values: dict[str, object]) -> dict[str, str]:
    """Each field as `_trimmed` leaves it, empty ones left out: `clean_and_trim` treats each field
    on its own, so one `Document` holds them all."""
    from trafilatura.settings import Document

    doc = Document()
    for key, value in values.items():
        if value:
            setattr(doc, key, value)
    doc.clean_and_trim()
    return {key: str(trimmed) for key, value in values.items() if value and (trimmed := getattr(doc, key))}


def _trimmed(value: object) -> str:
    """A field as trafilatura's `Document.clean_and_trim` leaves it ('' when empty)."""
    from trafilatura.settings import Document

    if not value:
        return ""
    doc = Document()
    doc.title = value  # type: ignore[assignment]
    doc.clean_and_trim()
    return str(doc.title) if doc.title else ""
