"""WARC archives: one article per HTML response record (warcio), offset kept as its source.

warcio is lenient: garbage after "WARC/1.0" parses as a record without a type, and a cut-off
file just ends early. Both are reported here as `InputError`s naming the file and offset, so a
broken archive never passes silently as an empty one.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from warta.errors import InputError
from warta.model import Article
from warta.read.decode import decode

from . import content_id


def read_warc(data: bytes, name: str) -> Iterator[Article | InputError]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield InputError(f"{name}: reading WARC needs warcio: pip install 'warta[warc]'", code="E109")
        return
    stream = ArchiveIterator(io.BytesIO(data))
    found = end = 0
    try:
        for record in stream:
            item = _record(stream, record, name)
            if item is not None:
                found += 1
                yield item
            if isinstance(item, InputError) and item.code == "E111":
                return
            end = stream.get_record_offset() + stream.get_record_length()
    except Exception as exc:  # warcio raises assorted types (ArchiveLoadFailed, AttributeError, zlib.error)
        yield InputError(f"{name}: not a readable WARC file ({type(exc).__name__}: {exc})", code="E111")
        return
    if len(data.rstrip()) > end:  # warcio stops quietly at a record header cut off mid-way
        yield InputError(f"{name}@{end}: truncated or unreadable data after the last record", code="E111")
    elif not found:
        yield InputError(f"{name}: no HTML response record in this WARC file", code="E112")


def _record(stream: Any, record: Any, name: str) -> Article | InputError | None:
    """The article of one record; None for records that are not HTML responses."""
    if not record.rec_type:
        return InputError(f"{name}@{stream.get_record_offset()}: not a WARC record header", code="E111")
    body = b""
    if record.rec_type == "response" and "html" in _content_type(record):
        # read the body before asking for the offset: `get_record_offset` reads the record to its end
        body = record.content_stream().read()
    where = f"{name}@{stream.get_record_offset()}"
    if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than Content-Length: the file is cut off
        return InputError(f"{where}: truncated WARC record", code="E111")
    if not body:
        return None
    try:
        text = decode(body, where)
    except InputError as exc:
        return exc
    url = record.rec_headers.get_header("WARC-Target-URI")
    return Article(id=content_id(url or text), raw=text, format="html", url=url, source=where)


def _content_type(record: Any) -> str:
    headers = record.http_headers
    return str(headers.get_header("Content-Type", "")) if headers else ""
