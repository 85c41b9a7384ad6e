"""Bytes to text: refuse binary, detect the encoding (UTF-8, cp1252, latin-1 ...), repair mojibake."""

from __future__ import annotations

import re

import ftfy
from charset_normalizer import from_bytes

from warta.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a news page is kilobytes; far larger input is almost surely not one
# UTF-8 read as cp1252/latin-1 leaves a lead byte (Â..ô) before a continuation byte (\x80-\xbf or
# cp1252's letters for 0x80-0x9f): "Ã©", "â€™". Without one (or a C1 control), ftfy's costly scan (tens of ms on a
# 100 kB page) has nothing to repair.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\u0080-\u009f]"  # C1 controls: cp1252 quotes and dashes read as latin-1
)
# The same characters as UTF-8 bytes: leads are C3 xx, C1 controls C2 80-9F. Byte search is memchr-fast.
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and control / len(head) > 0.05


def decode(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> str:
    """Decoded, mojibake-repaired text of `data`; `InputError` naming `name` when it is not text."""
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: {len(data) / 1e6:.1f} MB is larger than the {max_bytes / 1e6:.0f} MB limit for one article",
            code="E104",
        )
    if not data.strip():
        raise InputError(f"{name}: empty input", code="E101")
    if looks_binary(data):
        raise InputError(f"{name}: binary data, not text or HTML", code="E102")
    text, utf8 = _to_str(data, name)
    # Only encoding repair: ftfy's other fixes (quotes, HTML entities) would change the evidence text.
    if _may_be_mojibake(data, text, utf8):
        text = ftfy.fix_encoding(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{name}: no text after decoding", code="E101")
    return text


def _may_be_mojibake(data: bytes, text: str, utf8: bool) -> bool:
    if utf8 and b"\xc3" not in data and _C1_UTF8.search(data) is None:
        return False
    return not text.isascii() and _MOJIBAKE_HINT.search(text) is not None


def _to_str(data: bytes, name: str) -> tuple[str, bool]:
    """The text, and whether it was UTF-8."""
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "utf_16", "iso8859_15"]).best()
    encoding = best.encoding if best else "cp1252"
    try:
        return data.decode(encoding), False
    except (UnicodeDecodeError, LookupError):
        try:
            return data.decode("cp1252"), False
        except UnicodeDecodeError:
            raise InputError(f"{name}: cannot decode as UTF-8, cp1252 or latin-1", code="E103") from None
