"""Bytes to text: refuse binary, detect the encoding (UTF-8, cp1252, latin-1 ...), repair mojibake."""

from __future__ import annotations

import ftfy
from charset_normalizer import from_bytes

from warta.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a news page is kilobytes; far larger input is almost surely not one


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
    text = _to_str(data, name)
    # Only encoding repair: ftfy's other fixes (quotes, HTML entities) would change the evidence text.
    text = ftfy.fix_encoding(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{name}: no text after decoding", code="E101")
    return text


def _to_str(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "utf_16", "iso8859_15"]).best()
    encoding = best.encoding if best else "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{name}: cannot decode as UTF-8, cp1252 or latin-1", code="E103") from None
