"""Executors run the same `Pipeline` over shards of the input: locally or on Dask, resumably."""

from __future__ import annotations

from warta.errors import ConfigError
from warta.executor.base import Executor, RunReport, Shard, execute, make_shards, shard_outputs
from warta.executor.local import LocalExecutor

__all__ = [
    "Executor",
    "LocalExecutor",
    "RunReport",
    "Shard",
    "execute",
    "get_executor",
    "make_shards",
    "shard_outputs",
]


def get_executor(name: str, *, workers: int | None = None) -> Executor:
    if name == "local":
        return LocalExecutor()
    if name == "dask":
        from warta.executor.dask import DaskExecutor

        return DaskExecutor(workers)
    raise ConfigError(f"unknown executor {name!r}: use local or dask", code="E211")
