"""The wire layout of `warta extract` (shared/examples/README.md), apart from the data model."""

from __future__ import annotations

from typing import Any

from warta.model import Article

_DROP = {"raw"}


def to_record(article: Article) -> dict[str, Any]:
    """One JSON-ready object per article: the README fields first, then the rest of the model."""
    data = article.to_dict()
    record: dict[str, Any] = {
        "id": article.id,
        "language": article.language,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "text": article.text,
        "entities": data["entities"],
        "meetings": data["meetings"],
        "figures": data["figures"],
        "quotes": data["quotes"],
    }
    for key, value in data.items():
        if key not in record and key not in _DROP:
            record[key] = value
    return record


def to_text(article: Article) -> str:
    """A readable summary for people at a terminal."""
    lines = [f"# {article.id}  [{article.language}] {article.title or '(no title)'}"]
    lines.append(f"  outlet={article.outlet}  published={article.published}  author={article.author}")
    if article.entities:
        lines.append("  entities: " + ", ".join(f"{e.name} ({e.type[:3]})" for e in article.entities))
    for m in article.meetings:
        lines.append(f"  meeting: {' + '.join(m.participants)} @ {m.location or '?'} {m.date or ''}".rstrip())
    for q in article.quotes:
        lines.append(f"  quote: {q.speaker}: “{q.text[:80]}”")
    for f in article.figures:
        src = f" (source: {f.source})" if f.source else ""
        lines.append(f"  figure: {f.qualifier} {f.value:,} {f.measure}{src}")
    if article.removed:
        lines.append(f"  removed {len(article.removed)} boilerplate line(s)")
    for issue in article.issues:
        lines.append(f"  issue {issue.code} in {issue.stage}: {issue.message}")
    return "\n".join(lines)
