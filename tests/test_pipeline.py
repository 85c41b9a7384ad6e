from __future__ import annotations

from typing import ClassVar

import pytest

from warta.errors import ConfigError
from warta.model import Article
from warta.pipeline import Pipeline, default_pipeline


class NeedsEntities:
    name: ClassVar[str] = "needs"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("entities",)
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, article: Article) -> Article:
        return article


class Broken:
    name: ClassVar[str] = "broken"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, article: Article) -> Article:
        raise RuntimeError("boom")


def test_pipeline_analyze_rejects_missing_requirement() -> None:
    with pytest.raises(ConfigError, match="E201"):
        Pipeline([NeedsEntities()])


def test_pipeline_records_stage_failure_as_issue_and_goes_on() -> None:
    pipeline = Pipeline([Broken()])
    article = pipeline(Article(id="x", raw="teks"))
    assert article.issues and article.issues[0].stage == "broken"
    assert "boom" in article.issues[0].message
    assert pipeline.stats["broken.failed"] == 1


def test_pipeline_default_traces_every_stage() -> None:
    pipeline = default_pipeline()
    article = pipeline(Article(id="x", raw="Judul Berita\nBudi pergi ke pasar pada hari Senin."))
    assert set(article.trace) == {s.name for s in pipeline.stages}
    assert article.text.startswith("Judul Berita")


def test_pipeline_keeps_pattern_tables_once_after_the_first_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta import alternation
    from warta.knowledge import regex_cache

    calls: list[str] = []
    monkeypatch.setattr(regex_cache, "save", lambda: calls.append("regex") or 0)
    monkeypatch.setattr(alternation, "save", lambda: calls.append("alternation") or False)
    pipeline = Pipeline([NeedsNothing()])
    for i in range(3):
        pipeline(Article(id=str(i), raw="teks"))
    assert calls == ["regex", "alternation"]


def test_pipeline_failing_table_write_loses_no_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.knowledge import regex_cache

    def fail() -> int:
        raise OSError("disk full")

    monkeypatch.setattr(regex_cache, "save", fail)
    article = Pipeline([NeedsNothing()])(Article(id="x", raw="teks"))
    assert article.id == "x" and not article.issues and article.trace == {"nothing": "1"}


class NeedsNothing:
    name: ClassVar[str] = "nothing"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, article: Article) -> Article:
        return article


def test_pipeline_language_bound_stage_runs_only_on_extraction_languages() -> None:

    from warta.model import Article
    from warta.pipeline import Pipeline

    class Mark:
        name: ClassVar[str] = "mark"
        version: ClassVar[str] = "1"
        requires: ClassVar[tuple[str, ...]] = ()
        assigns: ClassVar[tuple[str, ...]] = ()
        language_bound: ClassVar[bool] = True

        def __call__(self, article: Article) -> Article:
            article.title = "marked"
            return article

    pipeline = Pipeline([Mark()])
    results = {}
    for code in ("id", "ms", "en", "und", None, "de"):
        article = Article(id=str(code), raw="x")
        article.language = code
        results[code] = pipeline(article).title
    assert results == {
        "id": "marked",
        "ms": "marked",
        "en": "marked",
        "und": "marked",
        None: "marked",
        "de": None,
    }
    assert pipeline.stats["mark.skipped"] == 1
