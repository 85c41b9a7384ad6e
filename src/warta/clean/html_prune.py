"""trafilatura's first pruning of the page (`RAW_TREE_PRUNE_XPATH`, then, unless the page is a forum
thread, `REMOVE_COMMENTS_AND_LISTS_XPATH`) with the regex tests run in Python on few elements.

Two of the three expressions test `@id` and `@class` with EXSLT `re:test`, which lxml answers by a
call back into Python for every `div`/`section`/... of the page: about 2.5 ms a page. Each of their
patterns can match only an attribute holding one of a few literals (`_LITERALS`), so one walk over
those tags (in C, by `iterdescendants`) keeps the elements whose attributes hold one, and the
expressions' predicates, written out below with the same regexes, run on those alone. Matches are
kept in document order and deleted in the expressions' order; a match of a later expression is
dropped when an earlier one took it out of the tree, as the later XPath would not see it.

Used only while the expressions are the ones written out here (`_PATHS_DIGEST`); otherwise
trafilatura's `prune_unwanted_nodes` runs them.

The control flow it follows is trafilatura's (Apache License 2.0, Adrien Barbaresi and
contributors): see NOTICE.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from lxml.html import HtmlElement

# sha256 (first 16 hex) of the `path`s of RAW_TREE_PRUNE_XPATH + REMOVE_COMMENTS_AND_LISTS_XPATH
_PATHS_DIGEST = "4886bf3f8ae56599"
_SCROLL = re.compile("mvp-post-add-(?:box|wrap)|infinite-?scroll")
_ADD = re.compile("mvp-post-add-(?:box|wrap)")
_COMMENT_ID = re.compile("^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENT_CLASS = re.compile("^[Cc]omment(?!ary)|(?:article|post)-comments")
_COMMENT_LIST_ID = re.compile("^(?:[Cc]omment(?!ary)|comol)")
_RAW_TAGS = ("div", "section", "aside")
_COMMENT_TAGS = ("div", "list", "section", "details", "ol", "ul")
# every string each regex above (and `elementor-share-buttons`) can match holds one of these
_LITERALS = re.compile("mvp-post-add-|infinite|elementor-share-buttons|omment|comol|disqus_thread")


def prune_first(tree: HtmlElement, is_forum: bool) -> bool:
    """Prune `tree` as `prune_unwanted_nodes` with the two expression lists does; False (tree
    untouched) when the expressions are not the ones mirrored here."""
    if not _same_paths():
        return False
    raw: list[list[HtmlElement]] = [[], [], []]
    for el in tree.iterdescendants(*_COMMENT_TAGS, "aside"):
        ident, cls = el.get("id") or "", el.get("class") or ""
        if not (_LITERALS.search(ident) or _LITERALS.search(cls)):
            continue  # no expression can match it
        tag = el.tag
        if tag in _RAW_TAGS:
            if (_SCROLL.search(ident) or _SCROLL.search(cls)) and (
                next(el.iterdescendants("h1"), None) is None or _ADD.search(ident) or _ADD.search(cls)
            ):
                raw[0].append(el)
            if "elementor-share-buttons" in cls:
                raw[1].append(el)
        if not is_forum and tag in _COMMENT_TAGS and _comment_match(el, tag, ident, cls):
            raw[2].append(el)
    _delete(raw[0], tree, check=False)
    _delete(raw[1], tree, check=True)
    _delete(raw[2], tree, check=True)
    return True


def _comment_match(el: HtmlElement, tag: str, ident: str, cls: str) -> bool:
    """REMOVE_COMMENTS_AND_LISTS_XPATH's predicates."""
    if not (_COMMENT_ID.search(ident) or _COMMENT_CLASS.search(cls)):
        return False
    return tag not in ("ol", "ul") or bool(_COMMENT_LIST_ID.search(ident) or _COMMENT_CLASS.search(cls))


def _delete(elements: list[HtmlElement], tree: HtmlElement, check: bool) -> None:
    from trafilatura.xml import delete_element

    for el in elements:
        if check and not _attached(el, tree):
            continue  # an earlier expression deleted it: the XPath would not return it
        delete_element(el)


def _attached(el: HtmlElement, tree: HtmlElement) -> bool:
    return any(up is tree for up in el.iterancestors())


@cache
def _same_paths() -> bool:
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    paths = "\n".join(x.path for x in (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH))
    return hashlib.sha256(paths.encode()).hexdigest()[:16] == _PATHS_DIGEST
