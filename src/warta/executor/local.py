"""Run shards one after another in this process: the reference executor Dask must match."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from warta.executor.base import Shard, ShardResult, run_shard
from warta.pipeline import Pipeline


class LocalExecutor:
    name = "local"

    def map_shards(
        self, shards: Sequence[Shard], outdir: Path, pipeline: Pipeline | None
    ) -> list[ShardResult]:
        return [run_shard(shard, outdir, pipeline) for shard in shards]
