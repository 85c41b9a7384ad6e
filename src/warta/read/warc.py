"""WARC archives: one article per HTML response record (warcio), offset kept as its source."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warta.errors import InputError
from warta.model import Article
from warta.read.decode import decode

from . import content_id


def read_warc(data: bytes, name: str) -> Iterator[Article | InputError]:
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield InputError(f"{name}: reading WARC needs warcio: pip install 'warta[warc]'", code="E109")
        return
    stream = ArchiveIterator(io.BytesIO(data))
    try:
        for record in stream:
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
            if "html" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}@{stream.get_record_offset()}"
            try:
                text = decode(record.content_stream().read(), where)
            except InputError as exc:
                yield exc
                continue
            yield Article(id=content_id(url or text), raw=text, format="html", url=url, source=where)
    except ArchiveLoadFailed as exc:
        yield InputError(f"{name}: not a readable WARC file ({exc})", code="E111")
