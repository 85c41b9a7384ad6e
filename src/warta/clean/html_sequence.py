"""trafilatura's extraction cascade (`trafilatura_sequence`) for warta's options, with two costs cut.

For a comment-less, balanced extraction (both of warta's passes) the cascade

* copies the cleaned tree as a backup that only the comparison with other extractors reads, and
  the fast pass skips that comparison: there the copy is left out;
* measures the whole page's text with `html2txt` (a copy of the page, an XPath pass with regex
  tests on every element: about 5 ms) whenever the extraction is under 3000 characters, to see
  whether it covers less than a fifth of the page. An upper bound of that length
  (`page_text_bound`) costs a sixth of it; when the extraction covers a fifth of the bound it
  covers a fifth of the page too, and `html2txt` is not needed.

Its first pruning (`RAW_TREE_PRUNE_XPATH`, `REMOVE_COMMENTS_AND_LISTS_XPATH`) runs as
`html_prune.prune_first`: the same deletions, their regex tests in Python on the few elements whose
`id`/`class` hold the patterns' literals rather than an XPath callback per element.

Everything else is trafilatura's own code, called in its order. It is used only while the code it
mirrors is the code it was written from (`_SOURCE_DIGEST`, see `html_load.code_digest`); otherwise
(logged once per process) and for any other options, `trafilatura_sequence` itself runs.

The control flow it follows is trafilatura's (Apache License 2.0, Adrien Barbaresi and
contributors): see NOTICE.
"""

from __future__ import annotations

import logging
from copy import copy
from functools import cache
from typing import Any

from lxml.etree import _Element
from lxml.html import HtmlElement

from warta.clean.html_prune import prune_first

LOG = logging.getLogger(__name__)
# code_digest of trafilatura_sequence, _prepare_tree, _extract_and_compare, html2txt, basic_cleaning,
# _spaced_text, remove_control_characters, return_printables_and_spaces, delete_element, load_html
_SOURCE_DIGEST = "290ecc43ec34c719"
# elements `basic_cleaning` always deletes (BASIC_CLEAN_XPATH's `.//tag` parts): their text is left
# out of the page's text by `page_text_bound`
_CUT_TAGS = ("aside", "fencedframe", "footer", "script", "style", "svg", "template")


def sequence(tree: HtmlElement, options: Any, url: str | None) -> tuple[_Element, str, _Element, str]:
    """What `trafilatura_sequence(tree, options, url)` returns (the tree is pruned the same way)."""
    from lxml.etree import Element
    from trafilatura import core as tc
    from trafilatura.baseline import baseline, html2txt
    from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
    from trafilatura.main_extractor import extract_content
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    if options.comments or options.focus != "balanced" or not _same_code():
        result: tuple[_Element, str, _Element, str] = tc.trafilatura_sequence(tree, options, url)
        return result
    is_forum = tc._forum_thread_page(tree)
    if not prune_first(tree, is_forum):  # the same pruning, regex tests on few elements
        tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
        if not is_forum:
            tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    # 1-2. _prepare_tree and _extract_and_compare; the backup copy only for the comparison
    cleaned_tree = tree_cleaning(copy(tree), options)
    if options.fast:
        postbody, temp_text = extract_content(convert_tags(cleaned_tree, options, url), options)
    else:
        backup = copy(cleaned_tree)
        cleaned_tree = convert_tags(cleaned_tree, options, url)
        postbody, temp_text = tc._extract_and_compare(cleaned_tree, backup, tree, options)
    # 3. rescue: baseline on the original tree, accepted only if it adds text
    if len(temp_text) < options.min_extracted_size:
        b_body, b_text, b_len = baseline(tree)
        tc.LOGGER.debug("non-clean extracted length: %s (extraction)", b_len)
        if b_len > len(temp_text):
            postbody, temp_text = b_body, b_text
    # 4. recall escalation (the bound first: it decides most pages without html2txt)
    share = tc.ESCALATION_PAGE_SHARE
    if (
        0 < len(temp_text) < tc.ESCALATION_MAX_LENGTH
        and len(temp_text) < share * page_text_bound(tree)
        and len(temp_text) < share * len(html2txt(tree))
    ):
        postbody, temp_text = _escalate(tree, options, url, postbody, temp_text)
    return postbody, temp_text, Element("body"), ""


def _escalate(
    tree: HtmlElement, options: Any, url: str | None, postbody: _Element, temp_text: str
) -> tuple[_Element, str]:
    """trafilatura_sequence's step 4 without comments: a recall retry and, unless fast, a jusText
    candidate; the longer one replaces the extraction when it is clearly longer."""
    from trafilatura import core as tc
    from trafilatura.external import justext_rescue

    r_options = copy(options)
    r_options.focus = "recall"
    r_text = ""
    try:
        r_body, r_text = tc._recall_retry(tree, r_options, url)
    except Exception as err:  # pragma: no cover - as trafilatura
        tc.LOGGER.warning("recall retry failed: %s %s", err, url)
    j_text = ""
    if not options.fast:
        try:
            j_body, j_text = justext_rescue(copy(tree), options)
        except Exception as err:  # pragma: no cover - as trafilatura
            tc.LOGGER.warning("justext candidate failed: %s %s", err, url)
    len_text, r_len, j_len = len(temp_text), len(r_text), len(j_text)
    if j_len > r_len and j_len > tc.ESCALATION_JUSTEXT_RATIO * len_text:
        return j_body, j_text
    if r_len >= options.min_extracted_size and r_len > tc.ESCALATION_ACCEPT_RATIO * len_text:
        return r_body, r_text
    return postbody, temp_text


def page_text_bound(tree: HtmlElement) -> int:
    """An upper bound of `len(html2txt(tree))`, read off `tree` without copying or changing it.

    html2txt takes the `<body>` (or `tree`), deletes some elements (keeping their tails: what is
    left of the text is the text with theirs taken out), puts a space before the text and the tail
    of each block element, and joins the words with single spaces: `chars + words - 1`. Taking
    text out cannot add characters or words; taking out a piece with `w` words removes at least
    `w - 2` (its first and last may join their neighbours); each added space splits at most one word.
    The pieces counted out are those of the elements it always deletes (`_CUT_TAGS`), outermost only.
    """
    from trafilatura.baseline import _BLOCK_ELEMS

    body = tree.find(".//body")
    if body is None:
        body = tree
    words = body.text_content().split()
    chars, count = sum(map(len, words)), len(words)
    for el in body.iterdescendants(*_CUT_TAGS):
        if _inside_cut(el, body):
            continue  # its text goes out with its ancestor's
        cut = el.text_content().split()
        chars -= sum(map(len, cut))
        count -= max(0, len(cut) - 2)
    blocks = len(list(body.iter(*_BLOCK_ELEMS)))  # counted in C
    return chars + count + 2 * blocks


def _inside_cut(el: HtmlElement, body: HtmlElement) -> bool:
    """Whether an ancestor of `el` below `body` is one of `_CUT_TAGS`."""
    for up in el.iterancestors():
        if up is body:
            return False
        if up.tag in _CUT_TAGS:
            return True
    return False


@cache
def _same_code() -> bool:
    from trafilatura import core, utils, xml
    from trafilatura.baseline import _spaced_text, basic_cleaning, html2txt
    from trafilatura.external import justext_rescue
    from trafilatura.settings import BASIC_CLEAN_XPATH
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    from warta.clean.html_load import code_digest

    parts = (
        core.trafilatura_sequence,
        core._prepare_tree,
        core._extract_and_compare,
        html2txt,
        basic_cleaning,
        _spaced_text,
        utils.remove_control_characters,
        utils.return_printables_and_spaces.__wrapped__,  # an lru_cache
        xml.delete_element,
        utils.load_html,
    )
    cleans_cut_tags = all(f".//{tag}|" in BASIC_CLEAN_XPATH.path for tag in _CUT_TAGS)
    # the prune expressions `sequence` imports are the ones core's cascade reads
    names = vars(core)
    same_names = (
        names.get("RAW_TREE_PRUNE_XPATH"),
        names.get("REMOVE_COMMENTS_AND_LISTS_XPATH"),
        names.get("justext_rescue"),
    ) == (RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH, justext_rescue)
    same = cleans_cut_tags and same_names and code_digest(*parts) == _SOURCE_DIGEST
    if not same:  # cached: said once per process
        LOG.warning(
            "trafilatura's extraction cascade is not the code warta mirrors: calling it as it is (slower)"
        )
    return same
