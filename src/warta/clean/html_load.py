"""trafilatura's `load_html` for a page given as text, without its costliest no-op, and with
lxml.html's element classes chosen in C (`_parser`).

`load_html` first deletes XML-invalid control characters with a regex over the whole page (about
0.7 ms on a 150 kB page) although pages almost never hold one; a test for each of those characters
with `in` costs a third of that. A page that has one goes through trafilatura's own function.
The steps after it are trafilatura's, in its order, and are used only while trafilatura's code is
the code they were copied from (`_SOURCE_DIGEST`, a digest of their bytecode); otherwise
`load_html` itself runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from typing import Any

from lxml.etree import HTMLParser as _EtreeParser
from lxml.html import HtmlElement

# code_digest of lxml.html's element class lookup (HtmlElementClassLookup.lookup and __init__,
# HTMLParser.__init__), which `_parser` reproduces in C
_LOOKUP_DIGEST = "77abda599189e1d3"
# a page with each kind of node lxml.html gives its own class
_PROBE = (
    "<html><head><title>t</title></head><body><form><input><select><option>o</option></select>"
    "<textarea></textarea><label>l</label></form><p>a &amp; b<svg:path/></p></body></html>"
)
# code_digest of load_html, repair_faulty_html, decode_file, fromstring_bytes, is_dubious_html
_SOURCE_DIGEST = "496990e755086c2d"
# trafilatura's INVALID_XML_CHARS, one by one: [\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]
_INVALID = (*map(chr, (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))), "\ufffe", "\uffff")


def load_page(html: str) -> HtmlElement | None:
    """The tree `trafilatura.utils.load_html(html)` returns."""
    from lxml.html import fromstring
    from trafilatura import utils as tu

    # `find` rather than `in`: for "\x00" in a two-byte string `in` takes twice as long
    if not _same_code() or any(html.find(ch) >= 0 for ch in _INVALID):
        return tu.load_html(html)
    beginning = html[:50].lower()
    check_flag = tu.is_dubious_html(beginning)
    # repair_faulty_html minus the character deletion: the doctype and <html/> fixes
    if "doctype" in beginning:
        firstline, _, rest = html.partition("\n")
        html = tu.DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = tu.FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    tree = None
    fallback_parse = False
    try:
        tree = fromstring(html, parser=_parser())
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree = tu.fromstring_bytes(html)
        fallback_parse = True
    except Exception as err:  # pragma: no cover - trafilatura logs and goes on the same way
        tu.LOGGER.error("lxml parsing failed: %s", err)
    if (tree is None or len(tree) < 1) and not fallback_parse:
        tree = tu.fromstring_bytes(html)
    if tree is not None and check_flag is True and len(tree) < 2:
        tu.LOGGER.error("parsed tree length: %s, wrong data type or not valid HTML", len(tree))
        tree = None
    return tree


@cache
def _parser() -> _EtreeParser:
    """trafilatura's HTML parser with lxml.html's element classes chosen in C.

    lxml.html picks each element's class in a Python callback (`HtmlElementClassLookup.lookup`),
    run for every element object lxml creates, about a thousand times per page in the walks of
    trafilatura and warta. A namespace lookup in C gives the same class for every node; it is
    used only while that callback is the code it was read from and gives the same classes on a
    probe page, else the parser is trafilatura's own.
    """
    import lxml.html as lh
    from lxml import etree
    from trafilatura import utils as tu

    lookup_code = (
        lh.HtmlElementClassLookup.lookup,
        lh.HtmlElementClassLookup.__init__,
        lh.HTMLParser.__init__,
    )
    if type(tu.HTML_PARSER) is not lh.HTMLParser or code_digest(*lookup_code) != _LOOKUP_DIGEST:
        return tu.HTML_PARSER
    classes = etree.ElementDefaultClassLookup(
        element=lh.HtmlElement, comment=lh.HtmlComment, pi=lh.HtmlProcessingInstruction, entity=lh.HtmlEntity
    )
    lookup = etree.ElementNamespaceClassLookup(classes)
    lookup.get_namespace(None).update(lh.HtmlElementClassLookup._default_element_classes)
    parser = tu.HTML_PARSER.copy()  # same options
    parser.set_element_class_lookup(lookup)
    probe = [type(el) for el in lh.fromstring(_PROBE, parser=parser).iter()]
    if probe != [type(el) for el in lh.fromstring(_PROBE, parser=tu.HTML_PARSER).iter()]:
        return tu.HTML_PARSER
    return parser


@cache
def _same_code() -> bool:
    from trafilatura import utils as tu

    parts = (tu.load_html, tu.repair_faulty_html, tu.decode_file, tu.fromstring_bytes, tu.is_dubious_html)
    return code_digest(*parts) == _SOURCE_DIGEST


def code_digest(*funcs: Callable[..., object]) -> str:
    """A short digest of functions' compiled code (bytecode, names, constants): it changes when
    their code does. Cheap, unlike reading their source with `inspect`."""
    digest = hashlib.sha256()
    for func in funcs:
        code = getattr(func, "__code__", None)
        if code is None:
            return ""
        digest.update(code.co_code + repr((code.co_names, _stable(code.co_consts))).encode())
    return digest.hexdigest()[:16]


def _stable(const: object) -> object:
    """A constant in a form whose repr is the same in every process: a frozenset's order follows
    string hashing, a nested code object's repr holds its address (so its parts stand in for it)."""
    if isinstance(const, tuple):
        return tuple(_stable(c) for c in const)
    if isinstance(const, frozenset):
        return sorted(repr(_stable(c)) for c in const)
    code: Any = const
    if hasattr(code, "co_code"):  # a comprehension's or lambda's code: its own bytecode, names and constants
        return (code.co_code, code.co_names, _stable(code.co_consts))
    return const
