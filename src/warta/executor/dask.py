"""Run shards on Dask: a `dask.bag` over the shards, each running the same `Pipeline` as local.

The pipeline travels pickled (stages are picklable and load heavy data lazily on first use, once
per worker process); with no pipeline given, each worker builds the default one once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warta.errors import ConfigError
from warta.executor.base import Shard, ShardResult, run_shard
from warta.pipeline import Pipeline


class DaskExecutor:
    name = "dask"

    def __init__(self, workers: int | None = None, scheduler: str = "processes") -> None:
        self.workers = workers
        self.scheduler = scheduler

    def map_shards(
        self, shards: Sequence[Shard], outdir: Path, pipeline: Pipeline | None
    ) -> list[ShardResult]:
        try:
            import dask.bag as db
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigError("the dask executor needs dask: install `warta[dask]`", code="E210") from exc
        if not shards:
            return []
        bag = db.from_sequence(list(shards), npartitions=len(shards))  # type: ignore[no-untyped-call]
        options: dict[str, Any] = {"scheduler": self.scheduler}
        if self.workers:
            options["num_workers"] = self.workers
        results: list[ShardResult] = bag.map(run_shard, outdir, pipeline).compute(**options)
        return results
