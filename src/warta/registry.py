"""Versioned stage names ("extract.quotes.v1") mapped to factories; plugins join via entry points."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from warta.errors import ConfigError
from warta.knowledge import regex_cache

_FACTORIES: dict[str, Callable[..., Any]] = {}

# Modules whose import registers the built-in stages.
_BUILTIN_MODULES = (
    "warta.clean.stage",
    "warta.language",
    "warta.extract.metadata",
    "warta.extract.entities",
    "warta.extract.dates",
    "warta.extract.quotes",
    "warta.extract.figures",
    "warta.extract.meetings",
)

# The stages of `warta extract`, in order.
DEFAULT_STAGES = (
    "clean.lines.v1",
    "language.v2",
    "extract.metadata.v1",
    "extract.entities.v1",
    "extract.dates.v1",
    "extract.quotes.v1",
    "extract.figures.v1",
    "extract.meetings.v1",
)


def register(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def wrap(factory: Callable[..., Any]) -> Callable[..., Any]:
        _FACTORIES[name] = factory
        return factory

    return wrap


_loaded: list[bool] = []  # set once the modules and entry points are read


def _load() -> None:
    """Import the built-in stage modules and plugin entry points, once per process (scanning the
    installed distributions for entry points costs ~5 ms a call)."""
    if _loaded:
        return
    regex_cache.install()  # before the stage modules compile their patterns
    for module in _BUILTIN_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    for ep in entry_points(group="warta.stages"):
        _FACTORIES.setdefault(ep.name, ep.load())
    _loaded.append(True)


def names() -> list[str]:
    _load()
    return sorted(_FACTORIES)


def create(name: str, **options: Any) -> Any:
    _load()
    if name not in _FACTORIES:
        raise ConfigError(f"unknown stage {name!r}; known: {', '.join(sorted(_FACTORIES))}", code="E202")
    return _FACTORIES[name](**options)


def build_default() -> list[Any]:
    _load()
    return [create(n) for n in DEFAULT_STAGES if n in _FACTORIES]
