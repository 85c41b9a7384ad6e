"""RSS/Atom feeds: one article per entry, from its full content or summary (feedparser)."""

from __future__ import annotations

from collections.abc import Iterator

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
        content = entry.get("content")
        body = content[0].get("value", "") if content else entry.get("summary", "")
        title = entry.get("title", "")
        if not body.strip():
            yield InputError(f"{name}: entry {i} ({title or 'untitled'}) has no content", code="E108")
            continue
        html = f"<html><body><h1>{_esc(title)}</h1>{body}</body></html>" if title else body
        article = Article(
            id=str(entry.get("id") or entry.get("link") or content_id(body)),
            raw=html,
            format="html",
            url=entry.get("link"),
            source=f"{name}#{i}",
        )
        if entry.get("published_parsed"):
            article.extra["feed.published"] = "{:04d}-{:02d}-{:02d}".format(*entry.published_parsed[:3])
        yield article


def _esc(text: str) -> str:
    import html

    return html.escape(text)
