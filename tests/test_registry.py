"""Registered stages: the names are a snapshot, and every stage keeps the Stage contract.

Names are versioned ("extract.quotes.v1"): a behaviour change bumps the version, and this snapshot
makes that a reviewed change. Stages must be picklable, also after first use (lazy data loaded),
so the Dask executor can ship them to workers.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
from pathlib import Path

import pytest

from warta import registry
from warta.errors import ConfigError
from warta.model import Article
from warta.pipeline import Pipeline, Stage

SNAPSHOT = Path(__file__).with_name("registry_snapshot.json")
NAMES = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
ARTICLE_FIELDS = {f.name for f in dataclasses.fields(Article)}

RAW = (
    "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Malaysia di Jakarta, Senin (4/3/2024).\n\n"
    '"Kami sepakat memperkuat kerja sama kawasan," kata Retno kepada wartawan.\n\n'
    "Sedikitnya 12 warga tewas dalam banjir di Sumatera Barat, menurut BNPB."
)


def _article() -> Article:
    """An article as a reader and the cleaning stage leave it, so any stage can run on it."""
    return registry.create("clean.lines.v1")(Article(id="reg-1", raw=RAW))  # type: ignore[no-any-return]  # create() is untyped (Any)


def test_registry_names_match_snapshot() -> None:
    assert registry.names() == NAMES


def test_registry_default_stages_are_registered_and_analyze() -> None:
    assert set(registry.DEFAULT_STAGES) <= set(registry.names())
    pipeline = Pipeline(registry.build_default())
    assert [f"{s.name}.v{s.version}" for s in pipeline.stages] == list(registry.DEFAULT_STAGES)


def test_registry_unknown_name_is_a_numbered_config_error() -> None:
    with pytest.raises(ConfigError, match="E202"):
        registry.create("extract.nothing.v9")


@pytest.mark.parametrize("name", NAMES)
def test_registry_stage_has_versioned_name_and_fields(name: str) -> None:
    stage = registry.create(name)
    assert isinstance(stage, Stage)
    assert f"{stage.name}.v{stage.version}" == name
    assert stage.assigns, f"{name} assigns nothing"
    assert set(stage.requires) <= ARTICLE_FIELDS, f"{name} requires unknown fields"
    assert set(stage.assigns) <= ARTICLE_FIELDS, f"{name} assigns unknown fields"


@pytest.mark.parametrize("name", NAMES)
def test_registry_stage_is_callable_on_an_article(name: str) -> None:
    stage = registry.create(name)
    article = _article()
    result = stage(article)
    assert isinstance(result, Article)
    assert result.id == "reg-1"
    assert result.text == article.text  # only cleaning writes the text


@pytest.mark.parametrize("name", NAMES)
def test_registry_stage_pickles_before_and_after_use(name: str) -> None:
    stage = registry.create(name)
    fresh = pickle.loads(pickle.dumps(stage))
    assert type(fresh) is type(stage)
    expected = stage(_article())  # loads lazy data
    used = pickle.loads(pickle.dumps(stage))
    assert (used.name, used.version, used.requires, used.assigns) == (
        stage.name,
        stage.version,
        stage.requires,
        stage.assigns,
    )
    # the copy does the same work as the original
    assert used(_article()).to_dict() | {"trace": {}} == expected.to_dict() | {"trace": {}}
