"""The public surface of `warta`: `__all__` is a reviewed snapshot, and every name in it resolves."""

from __future__ import annotations

import importlib

import pytest

import warta

# Changing this list is an API change: update it on purpose, with the docs (docs/python-api.md).
PUBLIC_API = [
    "Article",
    "ConfigError",
    "Entity",
    "Evidence",
    "Figure",
    "InputError",
    "Meeting",
    "Mention",
    "Pipeline",
    "Quote",
    "Span",
    "StoreError",
    "WartaError",
    "extract",
    "extract_paths",
    "extract_text",
    "open_store",
    "read_paths",
]


def test_public_api_all_matches_snapshot() -> None:
    assert sorted(warta.__all__) == sorted(PUBLIC_API)
    assert len(set(warta.__all__)) == len(warta.__all__)


@pytest.mark.parametrize("name", PUBLIC_API)
def test_public_api_name_resolves(name: str) -> None:
    value = getattr(warta, name)
    assert value is not None
    from_import: dict[str, object] = {}
    exec(f"from warta import {name} as value", from_import)  # the form users write
    assert from_import["value"] is value


def test_public_api_errors_share_one_base() -> None:
    for name in ("ConfigError", "InputError", "StoreError"):
        assert issubclass(getattr(warta, name), warta.WartaError)


def test_public_api_extract_stays_callable_after_submodule_import() -> None:
    # importing a stage module binds the subpackage `warta.extract` over the function
    importlib.import_module("warta.extract.metadata")
    assert callable(warta.extract)
    article = warta.extract("Menteri itu tiba di Jakarta pada Senin pagi.", "t1")
    assert isinstance(article, warta.Article) and article.id == "t1"
    assert article.text and "clean.lines" in article.trace


def test_public_api_has_version_and_py_typed() -> None:
    from importlib import resources

    assert warta.__version__.count(".") >= 1
    assert resources.files("warta").joinpath("py.typed").is_file()
