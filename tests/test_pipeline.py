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
