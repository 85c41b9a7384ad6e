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
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura import metadata as tm
    from trafilatura.settings import Document

    doc = tm.examine_meta(tree)
    if doc.author and " " not in doc.author:
        doc.author = None
    try:
        doc = tm.extract_meta_json(tree, doc)
    except Exception as err:  # trafilatura guards this call the same way
        LOG.debug("JSON metadata: %s", err)
    if not doc.title:
        doc.title = tm.extract_title(tree)
    if not doc.author:
        doc.author = tm.extract_author(tree)
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
    kept = Document()
    for key in FIELDS:
        setattr(kept, key, getattr(doc, key, None))
    kept.clean_and_trim()
    return {key: str(value) for key in FIELDS if (value := getattr(kept, key, None))}
