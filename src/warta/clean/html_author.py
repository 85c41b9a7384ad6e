"""trafilatura's author search in the page body (`extract_author`), in one Python pass over the tree,
without changing the tree.

trafilatura prunes a deep copy of the tree with `AUTHOR_DISCARD_XPATHS`, then tries the three
`AUTHOR_XPATHS` in turn; each is a `//*[...]` scan with EXSLT regex tests, about 2-3 ms apiece on a
news page. Every test in those expressions reads only an element's tag and a few attributes, so
one walk over the elements finds the matches of all four at once. Pruning cannot add a match: it
only detaches the elements under a discarded one, and changes the text of an element that holds a
discarded one (a deleted element's tail joins its neighbour's text). So a match is kept when no
element on its way up is discarded, and its text is read from a pruned copy of that element alone
when something inside it is discarded: the page's tree is never touched, no deep copy of it made.

The predicates below are those expressions, test for test. They are used only while trafilatura's
expressions are the ones they were written from (`_SOURCE_DIGEST`); otherwise, and on a page with
a `<rel>` element (the one test that reads a child, `rel='me'`), trafilatura's own path runs on a
copy of the page.

The control flow it follows is trafilatura's (Apache License 2.0, Adrien Barbaresi and
contributors): see NOTICE.
"""

from __future__ import annotations

import hashlib
import re
from copy import copy
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
# the attributes read besides class and id
_OTHER_KEYS = frozenset({"itemprop", "data-component", "rel", "data-testid"})
# what the second discarding expression deletes (`//time|//figure`, covered by `_SOURCE_DIGEST`)
_TAIL_TAGS = ("time", "figure")


def author_in_body(tree: HtmlElement) -> str | None:
    """What trafilatura's pruning and author expressions find in `tree` (read from the document's
    root, as the expressions are), normalised as `extract_author` does; `tree` is left as it is."""
    from trafilatura.json_metadata import normalize_authors

    if _digest() != _SOURCE_DIGEST or next(tree.getroottree().getroot().iter("rel"), None) is not None:
        found = _trafilatura_search(tree)
    else:
        found = _first_author(tree)
    return normalize_authors(None, found) if found else None


def _trafilatura_search(tree: HtmlElement) -> str | None:
    """trafilatura's own pruning and expressions, on a copy of the whole document."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import extract_metainfo
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    root = tree.getroottree().getroot()
    twin = copy(root)
    if root is not tree:  # the element of the copy that stands where `tree` stands
        twin = next(dup for orig, dup in zip(root.iter(), twin.iter(), strict=True) if orig is tree)
    pruned = prune_unwanted_nodes(twin, AUTHOR_DISCARD_XPATHS)
    found: str | None = extract_metainfo(pruned, AUTHOR_XPATHS, len_limit=120)
    return found


def author_candidates(tree: HtmlElement) -> tuple[list[list[HtmlElement]], list[HtmlElement]]:
    """The elements each of the three author expressions selects on the unpruned tree, and the
    elements the first discarding expression deletes, all in document order."""
    from lxml.etree import Element

    # the author expressions start at the document's root (`//*`), the discarding one at `tree`
    # (`.//*`): load_html may hand back an element below the root
    root = tree.getroottree().getroot()
    below = None if root is tree else set(tree.iterdescendants())
    discard: list[HtmlElement] = []
    found: list[list[HtmlElement]] = [[], [], []]
    class_seen, id_seen, others = _CLASS_SEEN, _ID_SEEN, _OTHER_KEYS
    # elements only: comments and processing instructions are not elements to XPath's `*`
    for el in root.iter(Element):
        keys = el.keys()  # one call for the names; most elements have no attribute a test reads
        if not keys:
            if el.tag == "author":
                found[0].append(el)
            continue
        get = el.get
        cls = get("class") if "class" in keys else None
        id_ = get("id") if "id" in keys else None
        # a class or id that no test can match counts as absent (the answer per value is kept)
        # (a known answer, True or False, is read without the call)
        if cls is not None:
            known = class_seen.get(cls)
            if not (_relevant(cls, class_seen, _CLASS_WORDS, _ANY_CLASS) if known is None else known):
                cls = None
        if id_ is not None:
            known = id_seen.get(id_)
            if not (_relevant(id_, id_seen, _ID_WORDS, _ANY_ID) if known is None else known):
                id_ = None
        tag = el.tag
        if cls is None and id_ is None and others.isdisjoint(keys) and tag != "author":
            continue
        prop, comp, rel, testid = get("itemprop"), get("data-component"), get("rel"), get("data-testid")
        if tag == "author" or (tag in _A0_TAGS and _a0(cls, id_, prop, rel, testid)):
            found[0].append(el)
        if tag in _A1_TAGS and _a1(cls, id_, prop):
            found[1].append(el)
        if _a2(cls, id_, prop, comp):
            found[2].append(el)
        if tag in _D0_TAGS and _d0(cls, id_, comp) and (el in below if below is not None else el is not root):
            discard.append(el)
    return found, discard


def _first_author(tree: HtmlElement) -> str | None:
    """trafilatura's extract_metainfo on the pruned tree: the first expression's first element with
    a plausible text."""
    from trafilatura.utils import trim

    groups, discard = author_candidates(tree)
    if not any(groups):
        return None
    gone = set(discard)
    holders = {up for el in discard for up in el.iterancestors()}  # elements something is cut from
    for group in groups:
        for el in group:
            if not _kept(el, gone):
                continue
            pruned = el in holders or next(el.iterdescendants(_TAIL_TAGS), None) is not None
            content = trim(" ".join((_pruned_copy(el, gone) if pruned else el).itertext()))
            if content and 2 < len(content) < 120:
                return content
    return None


def _kept(el: HtmlElement, gone: set[HtmlElement]) -> bool:
    """Whether `el` is still in the tree once the discarded elements and then every `<time>` and
    `<figure>` left are deleted (`AUTHOR_DISCARD_XPATHS`): neither it nor an ancestor is one."""
    return not any(up in gone or up.tag in _TAIL_TAGS for up in (el, *el.iterancestors()))


def _pruned_copy(el: HtmlElement, gone: set[HtmlElement]) -> HtmlElement:
    """A copy of `el` with the deletions pruning makes inside it, made as trafilatura makes them and
    in its order: the discarded elements, then the `<time>` and `<figure>` elements still there."""
    from trafilatura.xml import delete_element

    twin = copy(el)
    pairs = zip(el.iterdescendants(), twin.iterdescendants(), strict=True)
    for dup in [dup for orig, dup in pairs if orig in gone]:
        delete_element(dup)
    for dup in list(twin.iterdescendants(_TAIL_TAGS)):
        delete_element(dup)
    return twin


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


@cache
def _digest() -> str:
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    source = "\x00".join(x.path for x in (*AUTHOR_XPATHS, *AUTHOR_DISCARD_XPATHS))
    return hashlib.sha256(source.encode()).hexdigest()[:16]
