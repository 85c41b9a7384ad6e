"""Story summaries shared by the backends: the corpus helper's `story_summary` when present, else a fallback."""

from __future__ import annotations

from collections import Counter

from warta.model import Article
from warta.store.base import StorySummary


def summarize(story_id: str, articles: list[Article]) -> StorySummary:
    try:
        from warta.corpus.timeline import story_summary
    except ImportError:  # the corpus package may not be installed yet: count plainly
        return _fallback(story_id, articles)
    return story_summary(story_id, articles)


def _fallback(story_id: str, articles: list[Article]) -> StorySummary:
    dates = sorted(a.published for a in articles if a.published)
    titles = Counter(a.title for a in articles if a.title)
    label = titles.most_common(1)[0][0] if titles else story_id
    return StorySummary(
        id=story_id,
        label=label,
        article_count=len(articles),
        independent_source_count=sum(1 for a in articles if not a.duplicate_of),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        outlets=sorted({a.outlet for a in articles if a.outlet}),
        languages=sorted({a.language for a in articles if a.language}),
    )
