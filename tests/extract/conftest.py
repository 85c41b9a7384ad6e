"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from warta.pipeline import Pipeline, default_pipeline


@pytest.fixture(scope="session")
def pipe() -> Pipeline:
    """The default pipeline, built once (stages hold no per-article state)."""
    return default_pipeline()
