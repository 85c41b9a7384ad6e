"""RSS/Atom feeds: one article per entry, from its full content or summary (feedparser)."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Iterator
from typing import Any

from warta.errors import InputError
from warta.model import Article

from . import content_id


def read_feed(data: bytes, name: str) -> Iterator[Article | InputError]:
    try:
        import feedparser
    except ImportError:
        yield InputError(f"{name}: reading feeds needs feedparser: pip install 'warta[feeds]'", code="E109")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        yield InputError(
            f"{name}: no entries in this feed ({parsed.get('bozo_exception', 'empty')})", code="E110"
        )
        return
    for i, entry in enumerate(parsed.entries):
        body = _body(entry)
        title = entry.get("title", "")
        if not body.strip():
            yield InputError(f"{name}: entry {i} ({title or 'untitled'}) has no content", code="E108")
            continue
        heading = f"<h1>{_esc(title)}</h1>" if title else ""
        html = f"<html><body>{heading}{body}</body></html>"
        article = Article(
            id=str(entry.get("id") or entry.get("link") or content_id(body)),
            raw=html,
            format="html",
            url=entry.get("link"),
            source=f"{name}#{i}",
        )
        published = _published(entry)
        if published:
            article.extra["feed.published"] = published
        yield article


def _body(entry: Any) -> str:
    """The entry's full content, else its summary, as an HTML fragment.

    Atom `type="text"` content is plain text: escaped, so "naik <5%" is not read as a tag.
    """
    parts = entry.get("content") or []
    detail = parts[0] if parts else (entry.get("summary_detail") or {"value": entry.get("summary", "")})
    value = str(detail.get("value") or "")
    if detail.get("type") == "text/plain":
        paragraphs = [p.strip() for p in value.split("\n\n") if p.strip()]
        return "".join(f"<p>{_esc(p)}</p>" for p in paragraphs)
    return value


def _published(entry: Any) -> str | None:
    """The entry's publication date as the outlet wrote it (YYYY-MM-DD).

    feedparser's `published_parsed` is converted to UTC, which moves a story published at 03:00 WIB
    (+0700) to the day before; the date in the feed's own time zone is the one the outlet printed.
    """
    raw = str(entry.get("published") or "").strip()
    if raw:
        try:
            return email.utils.parsedate_to_datetime(raw).date().isoformat()  # RSS: RFC 822
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()  # Atom: RFC 3339
        except ValueError:
            pass
    parsed = entry.get("published_parsed")
    return "{:04d}-{:02d}-{:02d}".format(*parsed[:3]) if parsed else None


def _esc(text: str) -> str:
    import html

    return html.escape(text)
