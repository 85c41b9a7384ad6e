"""warta: Indonesian, Malay and English news into checkable facts with evidence."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from warta.errors import ConfigError, InputError, StoreError, WartaError
from warta.model import Article, Entity, Evidence, Figure, Meeting, Mention, Quote, Span
from warta.pipeline import Pipeline, default_pipeline
from warta.read import from_string, read_paths
from warta.store.base import open_store

__all__ = [
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

__version__ = "0.1.0"


@cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def extract_text(content: str, id: str | None = None, *, url: str | None = None) -> Article:
    """Run the full extraction on one text or HTML string."""
    return _pipeline()(from_string(content, id=id, url=url))


# `warta.extract(...)`: the package `warta.extract` is callable and runs `extract_text`.
extract = extract_text


def extract_paths(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Read and extract every article under `paths`; bad items come back as `InputError`s."""
    pipeline = _pipeline()
    for item in read_paths(paths):
        yield item if isinstance(item, InputError) else pipeline(item)
