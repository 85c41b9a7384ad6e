"""Stages composed in order. A stage enriches an `Article` and returns it; the pipeline checks that."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar, Protocol, runtime_checkable

from warta import alternation
from warta.errors import ConfigError
from warta.knowledge import regex_cache
from warta.model import Article, Issue

# From here on `re` takes compiled patterns from the disk table (the readers and stages imported after
# this module compile hundreds): see `warta.knowledge.regex_cache`.
regex_cache.install()

LOG = logging.getLogger(__name__)
# Fields a reader fills before any stage runs.
READER_FIELDS = frozenset({"id", "raw", "source", "url", "format"})
# The languages warta's extractors are written for ('und': too few words to tell, tried anyway).
EXTRACTION_LANGUAGES = frozenset({"id", "ms", "en", "und"})


@runtime_checkable
class Stage(Protocol):
    name: ClassVar[str]
    version: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, article: Article) -> Article: ...


class Pipeline:
    """A list of stages run in order; `pipe` streams, `analyze` checks field dependencies up front."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = list(stages)
        self.stats: Counter[str] = Counter()
        self._first = True
        self.analyze()

    def analyze(self) -> None:
        available = set(READER_FIELDS)
        for stage in self.stages:
            missing = [f for f in stage.requires if f not in available]
            if missing:
                raise ConfigError(
                    f"stage {stage.name!r} requires {missing} but no earlier stage assigns them",
                    code="E201",
                )
            available.update(stage.assigns)

    def __call__(self, article: Article) -> Article:
        for stage in self.stages:
            if not applies(stage, article):
                self.stats[f"{stage.name}.skipped"] += 1
                continue
            try:
                result = stage(article)
            except Exception as exc:  # a stage bug must not lose the article: record it and go on
                article.issues.append(Issue(stage.name, "E900", f"{type(exc).__name__}: {exc}"))
                self.stats[f"{stage.name}.failed"] += 1
                continue
            if not isinstance(result, Article):
                raise TypeError(f"stage {stage.name!r} returned {type(result).__name__}, not Article")
            article = result
            article.trace[stage.name] = stage.version
            self.stats[f"{stage.name}.done"] += 1
        if self._first:  # the stages have compiled their patterns now: keep them for the next process
            self._first = False
            _keep_tables()
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)


def applies(stage: Stage, article: Article) -> bool:
    """False for a stage bound to id/ms/en text (`language_bound = True`) on an article in another
    language: Indonesian, Malay and English rules read German or Japanese text as noise."""
    language = article.language  # None: no language stage ran, nothing to go by
    return not getattr(stage, "language_bound", False) or language is None or language in EXTRACTION_LANGUAGES


def _keep_tables() -> None:
    """Write the disk tables of patterns; a failure there must never cost an article."""
    try:
        regex_cache.save()
        alternation.save()
    except Exception as err:
        LOG.debug("cannot keep the pattern tables: %s", err)


def default_pipeline() -> Pipeline:
    """The stages of `warta extract`, in order."""
    from warta.registry import build_default

    return Pipeline(build_default())
