"""Repair HTML entities in scraped text, including those that lost their ';' (`&rdquo`, `&hellip`).

`html.unescape` leaves `&rdquo` followed by a letter alone (HTML5 only knows a few legacy names
without ';'), which is exactly what scrapers leave behind.
"""

from __future__ import annotations

import html
import re

_NAMED = (
    "ldquo|rdquo|lsquo|rsquo|bdquo|sbquo|laquo|raquo|quot|apos|amp|lt|gt|hellip|mdash|ndash|nbsp|"
    "middot|bull|copy|reg|trade|deg|eacute|egrave|aacute|agrave|ccedil|uuml|ouml|auml|iacute|oacute"
)
_BROKEN = re.compile(rf"&(?:({_NAMED})(?!;)|(#\d+|#x[0-9a-fA-F]+)(?![0-9a-fA-F;]))")
_ANY = re.compile(r"&(?:[A-Za-z]+\d*|#\d+|#x[0-9a-fA-F]+);")


def repair_entities(text: str) -> str:
    """Decode every HTML entity, with or without its closing semicolon."""
    if "&" not in text:
        return text
    text = _BROKEN.sub(lambda m: f"&{m.group(1) or m.group(2)};", text)
    text = _ANY.sub(lambda m: html.unescape(m.group(0)), text)
    return text.replace("\xa0", " ")
