"""trafilatura's `bare_extraction` on a parsed page, for warta's arguments, with two costs cut.

* `bare_extraction` deep-copies the tree it is handed (its cascade prunes the tree in place),
  about half a millisecond on a news page; a caller that never reads the tree again lets the
  cascade prune the tree itself (`in_place`).
* It builds its `Extractor` from trafilatura's settings on every call, a dozen `configparser`
  reads (about 0.2 ms); the options are the same on every page but for the URL, so they are read
  once per process and copied (trafilatura copies an `Extractor` the same way for its recall retry).
* Its cascade (`trafilatura_sequence`) runs as `html_sequence.sequence`, the same cascade with two
  more costs cut.

The steps below are `bare_extraction`'s for warta's arguments (no metadata, comments, tables,
language filter or deduplication), used only while its code and `Extractor.__init__` are the code
they were copied from (`_SOURCE_DIGEST`, see `html_load.code_digest`); otherwise
`bare_extraction` itself runs (logged once per process: the extraction is the same, only slower).

The control flow it follows is trafilatura's (Apache License 2.0, Adrien Barbaresi and
contributors): see NOTICE.
"""

from __future__ import annotations

import logging
from copy import copy
from functools import cache
from typing import Any

from lxml.html import HtmlElement

LOG = logging.getLogger(__name__)
# code_digest of trafilatura.core.bare_extraction and trafilatura.settings.Extractor.__init__
_SOURCE_DIGEST = "3c894118a3c0f1d5"


def main_text(tree: HtmlElement, url: str | None, fast: bool, in_place: bool) -> str | None:
    """The text of `bare_extraction(tree, ...)`, None when it finds none; `in_place` lets the
    extraction prune `tree` itself."""
    from lxml.etree import strip_tags
    from trafilatura.xml import xmltotxt

    from warta.clean.html_sequence import sequence

    if not _same_code():
        return _bare(tree, url, fast)
    # a copy of an element below the root is a document of its own: that is what the cascade sees
    if not in_place or tree.getroottree().getroot() is not tree:
        tree = copy(tree)
    options = _options(fast, url)
    try:
        postbody, temp_text, _, temp_comments = sequence(tree, options, options.url or None)
        if options.max_tree_size and len(postbody) > options.max_tree_size:
            strip_tags(postbody, "hi")
            if len(postbody) > options.max_tree_size:
                return None
        if len(temp_text) < options.min_output_size and len(temp_comments) < options.min_output_comm_size:
            return None
    except (TypeError, ValueError):
        return None
    text: str = xmltotxt(postbody, options.formatting)
    return text


def _bare(tree: HtmlElement, url: str | None, fast: bool) -> str | None:
    import trafilatura

    doc = trafilatura.bare_extraction(
        tree, url=url, fast=fast, with_metadata=False, include_comments=False, include_tables=False
    )
    return None if doc is None or isinstance(doc, dict) else (doc.text or "")


def _options(fast: bool, url: str | None) -> Any:
    """The `Extractor` `bare_extraction` builds for warta's arguments and `url`."""
    options = copy(_template(fast))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


@cache
def _template(fast: bool) -> Any:
    from trafilatura.settings import DEFAULT_CONFIG, Extractor

    return Extractor(
        config=DEFAULT_CONFIG,
        output_format="python",
        fast=fast,
        precision=False,
        recall=False,
        comments=False,
        formatting=None,
        links=False,
        images=False,
        tables=False,
        dedup=False,
        lang=None,
        url=None,
        with_metadata=False,
        only_with_metadata=False,
        author_blacklist=None,
        url_blacklist=None,
        date_params=None,
    )


@cache
def _same_code() -> bool:
    from trafilatura import core, settings

    from warta.clean.html_load import code_digest

    same = code_digest(core.bare_extraction, settings.Extractor.__init__) == _SOURCE_DIGEST
    if not same:  # cached: said once per process
        LOG.warning(
            "trafilatura's bare_extraction is not the code warta copied: calling it as it is (slower)"
        )
    return same
