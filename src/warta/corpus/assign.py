"""One sequential pass over extracted articles: mark copies (`duplicate_of`) and stories (`story_id`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from warta.corpus.dedup import NearDuplicates
from warta.corpus.stories import StoryClusterer
from warta.model import Article


def assign(
    articles: Iterable[Article], dedup: NearDuplicates | None = None, stories: StoryClusterer | None = None
) -> Iterator[Article]:
    """Yield each article with `duplicate_of` and `story_id` set, in arrival order.

    A copy that arrives before its (earlier-published) origin keeps the origin it was given at the
    time; `NearDuplicates.moved` and `NearDuplicates.origin()` give the settled answer.
    """
    dedup = dedup if dedup is not None else NearDuplicates()
    stories = stories if stories is not None else StoryClusterer()
    for article in articles:
        article.duplicate_of = dedup.add(article)
        article.story_id = stories.add(article)
        yield article
