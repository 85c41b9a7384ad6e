"""trafilatura's author search in the page body (`extract_author`), in one Python pass over the tree.

trafilatura prunes the tree with `AUTHOR_DISCARD_XPATHS`, then tries the three `AUTHOR_XPATHS` in
turn; each is a `//*[...]` scan with EXSLT regex tests, about 2-3 ms apiece on a news page. Every
test in those expressions reads only an element's tag and a few attributes, so one walk over the
elements finds the matches of all four at once; pruning cannot add a match, it only removes the
elements under a discarded one (and changes the text of the others, so the discarded elements are
still deleted before any text is read).

The predicates below are those expressions, test for test. They are used only while trafilatura's
expressions are the ones they were written from (`_SOURCE_DIGEST`); otherwise, and on a page with
a `<rel>` element (the one test that reads a child, `rel='me'`), trafilatura's own path runs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import cache

from lxml.html import HtmlElement

# the digest of trafilatura's AUTHOR_XPATHS + AUTHOR_DISCARD_XPATHS sources these predicates mirror
_SOURCE_DIGEST = "25bd9dc701d833cf"
_A0_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_A1_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_D0_TAGS = frozenset({"a", "div", "section", "span"})
_A0_CLASS = re.compile("author-?name|AuthorName|authorName")
_A1_ID = re.compile("author|zuozhe|bianji|xiaobian")
_A1_CLASS = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_A2_ID = re.compile("[Aa]uthor")
_A2_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
_D0_ID = re.compile("^comments|comment-?list|ProductReviews")
_D0_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram"
    "|article-(?:share|support)|print|category|meta-date|meta-reviewer"
)

# what a class or an id must be or contain for any of the tests below to hold (an answer per value
# is kept: class names repeat within a page and across pages of one site)
_CLASS_WORDS = frozenset({"author", "byline", "username", "byl", "BBL", "comments", "title", "date"})
_ID_WORDS = frozenset({"author", "comments"})
_ANY_CLASS = re.compile("|".join(f"(?:{p.pattern})" for p in (_A0_CLASS, _A1_CLASS, _A2_CLASS, _D0_CLASS)))
_ANY_ID = re.compile("|".join(f"(?:{p.pattern})" for p in (_A1_ID, _A2_ID, _D0_ID)))
_CLASS_SEEN: dict[str, bool] = {}
_ID_SEEN: dict[str, bool] = {}
_SEEN_LIMIT = 50_000


def author_in_body(tree: HtmlElement) -> str | None:
    """What trafilatura's `extract_author` returns for `tree`, pruning `tree` itself (no copy)."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import extract_metainfo
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    if _digest() != _SOURCE_DIGEST or next(tree.getroottree().getroot().iter("rel"), None) is not None:
        subtree = prune_unwanted_nodes(tree, AUTHOR_DISCARD_XPATHS)
        found = extract_metainfo(subtree, AUTHOR_XPATHS, len_limit=120)
    else:
        found = _first_author(tree, AUTHOR_DISCARD_XPATHS[1])
    return normalize_authors(None, found) if found else None


def author_candidates(
    tree: HtmlElement, discard_tail: Callable[[HtmlElement], list[HtmlElement]]
) -> list[list[HtmlElement]]:
    """The elements each of the three author expressions selects on the pruned tree (pruning `tree`)."""
    from lxml.etree import Element
    from trafilatura.xml import delete_element

    # the author expressions start at the document's root (`//*`), the discarding one at `tree`
    # (`.//*`): load_html may hand back an element below the root
    root = tree.getroottree().getroot()
    below = None if root is tree else set(tree.iterdescendants())
    discard: list[HtmlElement] = []
    found: list[list[HtmlElement]] = [[], [], []]
    class_seen, id_seen = _CLASS_SEEN, _ID_SEEN
    # elements only: comments and processing instructions are not elements to XPath's `*`
    for el in root.iter(Element):
        tag = el.tag
        get = el.get
        cls, id_, prop = get("class"), get("id"), get("itemprop")
        comp, rel, testid = get("data-component"), get("rel"), get("data-testid")
        # a class or id that no test can match counts as absent (the answer per value is kept)
        if cls is not None and not (
            class_seen.get(cls) or _relevant(cls, class_seen, _CLASS_WORDS, _ANY_CLASS)
        ):
            cls = None
        if id_ is not None and not (id_seen.get(id_) or _relevant(id_, id_seen, _ID_WORDS, _ANY_ID)):
            id_ = None
        if cls is None and id_ is None and prop is comp is rel is testid is None and tag != "author":
            continue
        if tag == "author" or (tag in _A0_TAGS and _a0(cls, id_, prop, rel, testid)):
            found[0].append(el)
        if tag in _A1_TAGS and _a1(cls, id_, prop):
            found[1].append(el)
        if _a2(cls, id_, prop, comp):
            found[2].append(el)
        if tag in _D0_TAGS and _d0(cls, id_, comp) and (el in below if below is not None else el is not root):
            discard.append(el)
    if not any(found):
        return found
    for el in discard:
        delete_element(el)
    for el in discard_tail(tree):
        delete_element(el)
    return [[el for el in group if _attached(el, root)] for group in found]


def _first_author(tree: HtmlElement, discard_tail: Callable[[HtmlElement], list[HtmlElement]]) -> str | None:
    from trafilatura.utils import trim

    # trafilatura's extract_metainfo: the first expression's first element with a plausible text
    for group in author_candidates(tree, discard_tail):
        for el in group:
            content = trim(" ".join(el.itertext()))
            if content and 2 < len(content) < 120:
                return content
    return None


def _a0(cls: str | None, id_: str | None, prop: str | None, rel: str | None, testid: str | None) -> bool:
    return (
        rel == "author"
        or id_ == "author"
        or cls == "author"
        or prop == "author name"
        or testid in ("AuthorCard", "AuthorURL")
        or (cls is not None and _A0_CLASS.search(cls) is not None)
    )


def _a1(cls: str | None, id_: str | None, prop: str | None) -> bool:
    return (
        cls in ("byline", "username", "byl", "BBL")
        or (prop is not None and "author" in prop)
        or (id_ is not None and _A1_ID.search(id_) is not None)
        or (cls is not None and _A1_CLASS.search(cls) is not None)
    )


def _a2(cls: str | None, id_: str | None, prop: str | None, comp: str | None) -> bool:
    return (
        (comp is not None and "Byline" in comp)
        or (prop is not None and "author" in prop)
        or (id_ is not None and _A2_ID.search(id_) is not None)
        or (cls is not None and _A2_CLASS.search(cls) is not None)
    )


def _d0(cls: str | None, id_: str | None, comp: str | None) -> bool:
    return (
        id_ == "comments"
        or cls in ("comments", "title", "date")
        or (id_ is not None and _D0_ID.search(id_) is not None)
        or (cls is not None and _D0_CLASS.search(cls) is not None)
        or (comp is not None and "Figure" in comp)
    )


def _relevant(value: str, seen: dict[str, bool], words: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """Whether `value` is one of `words` or holds a match of `pattern` (remembered in `seen`)."""
    found = seen.get(value)
    if found is None:
        if len(seen) > _SEEN_LIMIT:
            seen.clear()
        found = seen[value] = value in words or pattern.search(value) is not None
    return found


def _attached(el: HtmlElement, root: HtmlElement) -> bool:
    """Whether `el` is still in `root`'s tree (a deleted element's topmost ancestor is not `root`)."""
    ancestors = list(el.iterancestors())
    return (ancestors[-1] if ancestors else el) is root


@cache
def _digest() -> str:
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    source = "\x00".join(x.path for x in (*AUTHOR_XPATHS, *AUTHOR_DISCARD_XPATHS))
    return hashlib.sha256(source.encode()).hexdigest()[:16]
