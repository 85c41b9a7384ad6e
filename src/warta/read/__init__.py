"""Readers: paths, directories, stdin, JSONL, HTML, feeds and WARC into `Article`s.

Readers own I/O. A bad item becomes an `InputError` in the stream (naming it), never a stop.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from warta.errors import InputError
from warta.model import Article, Issue
from warta.read.decode import MAX_BYTES, decode

MAX_JSONL_BYTES = 20 * 1024 * 1024 * 1024  # a JSONL corpus file may hold many articles

ReadItem = Article | InputError

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|article)\b", re.I | re.S
)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


def content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def is_html(data: bytes | str) -> bool:
    head = data[:2048].encode("utf-8", "replace") if isinstance(data, str) else data[:2048]
    return bool(_HTML_START.match(head))


def from_string(
    content: str, *, id: str | None = None, url: str | None = None, source: str | None = None
) -> Article:
    """An `Article` from text or HTML given as a string."""
    if not content or not content.strip():
        raise InputError(f"{id or source or '<string>'}: empty input", code="E101")
    fmt: Literal["text", "html"] = "html" if is_html(content) else "text"
    return Article(id=id or content_id(content), raw=content, format=fmt, url=url, source=source or url)


def read_paths(paths: Iterable[str | Path]) -> Iterator[ReadItem]:
    """Every article under `paths` ("-" is stdin), recursing into directories, in sorted order."""
    for p in paths:
        if str(p) == "-":
            yield from _read_bytes(sys.stdin.buffer.read(), "<stdin>", "stdin")
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
            for f in files:
                yield from _read_file(f)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield InputError(f"{path}: no such file or directory", code="E105")


def _read_file(path: Path) -> Iterator[ReadItem]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror})", code="E105")
        return
    yield from _read_bytes(data, str(path), path.stem, suffix=path.suffix.lower())


def _read_bytes(data: bytes, name: str, stem: str, suffix: str = "") -> Iterator[ReadItem]:
    if suffix == ".gz":
        import gzip

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield InputError(f"{name}: broken gzip file ({exc})", code="E106")
            return
        suffix = Path(stem).suffix.lower()
        stem = Path(stem).stem
    if suffix in {".jsonl", ".ndjson"} or (not suffix and _looks_like_jsonl(data)):
        yield from read_jsonl(data, name)
        return
    if suffix in {".warc"} or data[:4] == b"WARC":
        from warta.read.warc import read_warc

        yield from read_warc(data, name)
        return
    if suffix in {".rss", ".atom", ".xml"} or _looks_like_feed(data):
        from warta.read.feed import read_feed

        yield from read_feed(data, name)
        return
    try:
        text = decode(data, name)
    except InputError as exc:
        yield exc
        return
    fmt: Literal["text", "html"] = "html" if suffix in HTML_SUFFIXES or is_html(text) else "text"
    yield Article(id=stem or content_id(text), raw=text, format=fmt, source=name)


def _looks_like_feed(data: bytes) -> bool:
    head = data[:1024].lstrip()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _crawler_fields(article: Article, record: dict[str, object], where: str) -> None:
    """Metadata a crawler recorded beside the page (`published`, `title`, `outlet`, `author`) is kept.

    A `published` value that is not a real YYYY-MM-DD date is recorded as an issue, not trusted.
    """
    for key in ("title", "outlet", "author"):
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            setattr(article, key, value.strip())
    published = record.get("published")
    if isinstance(published, str) and published.strip():
        m = _ISO_DAY.match(published.strip())
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
        except ValueError:
            day = None
        if day is None:
            article.issues.append(
                Issue("read", "E113", f"{where}: 'published' {published!r} is not YYYY-MM-DD")
            )
        else:
            article.published = day.isoformat()


def _looks_like_jsonl(data: bytes) -> bool:
    """Stdin or a file without suffix: JSON objects one per line with a text or html field."""
    first = data.lstrip()[:1]
    if first != b"{":
        return False
    line = data.lstrip().split(b"\n", 1)[0]
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return isinstance(record, dict) and ("text" in record or "html" in record)


def read_jsonl(data: bytes, name: str) -> Iterator[ReadItem]:
    """One article per JSON line: `id` plus `text` or `html`; optional `url`/`source`, `title`."""
    # The size limit is per article (per line), not per file: a corpus file may be gigabytes.
    try:
        content = decode(data, name, max_bytes=max(MAX_JSONL_BYTES, len(data)))
    except InputError as exc:
        yield exc
        return
    for lineno, line in enumerate(content.split("\n"), 1):
        if len(line) > MAX_BYTES:
            yield InputError(
                f"{name}:{lineno}: record larger than the {MAX_BYTES // 1_000_000} MB limit", code="E104"
            )
            continue
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: not valid JSON ({exc.msg})", code="E107")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{where}: expected a JSON object", code="E107")
            continue
        body = record.get("html") or record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError(f"{where}: record has no 'text' or 'html' field", code="E108")
            continue
        rid = str(record.get("id") or content_id(body))
        url = record.get("url") or (
            record.get("source") if str(record.get("source", "")).startswith("http") else None
        )
        fmt: Literal["text", "html"] = "html" if record.get("html") or is_html(body) else "text"
        article = Article(id=rid, raw=body, format=fmt, url=url, source=url or where)
        _crawler_fields(article, record, where)
        yield article
