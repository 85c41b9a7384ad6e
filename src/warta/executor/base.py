"""Shards, completion markers and per-shard statistics: what makes a run resumable on any executor.

A shard is a fixed list of input files. Running a shard writes `shard-NNNNN.jsonl` (one extracted
article per line) through a temporary file and then a `.done` marker holding the shard's key (its
files' paths, sizes and mtimes) and statistics. A re-run skips every shard whose marker matches, so a
crash or Ctrl-C loses at most the shards in flight, and nothing is ever half-written.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

import xxhash

from warta.errors import InputError
from warta.pipeline import Pipeline

FILES_PER_SHARD = 64
STATS_FILE = "stats.json"


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    paths: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"shard-{self.index:05d}"

    def key(self) -> str:
        """Changes when the shard's files change, so a stale marker is not trusted."""
        h = xxhash.xxh64()
        for p in self.paths:
            st = os.stat(p)
            h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogatepass"))
        return h.hexdigest()


@dataclass(slots=True)
class ShardResult:
    index: int
    skipped: bool
    stats: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class RunReport:
    outdir: Path
    shards: int
    skipped: int
    stats: dict[str, int]

    @property
    def ran(self) -> int:
        return self.shards - self.skipped


class Executor(Protocol):
    def map_shards(
        self, shards: Sequence[Shard], outdir: Path, pipeline: Pipeline | None
    ) -> list[ShardResult]: ...


def expand(paths: Iterable[str | Path]) -> list[str]:
    """Every input file under `paths` (directories recursively, hidden files skipped), sorted and unique."""
    files: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(
                str(f) for f in sorted(path.rglob("*")) if f.is_file() and not f.name.startswith(".")
            )
        elif path.is_file():
            files.append(str(path))
        else:
            raise InputError(f"{path}: no such file or directory", code="E105")
    return list(dict.fromkeys(files))


def make_shards(paths: Iterable[str | Path], files_per_shard: int = FILES_PER_SHARD) -> list[Shard]:
    files = expand(paths)
    size = max(1, files_per_shard)
    return [
        Shard(i, tuple(files[start : start + size])) for i, start in enumerate(range(0, len(files), size))
    ]


def marker_path(outdir: Path, shard: Shard) -> Path:
    return outdir / f"{shard.name}.done"


def output_path(outdir: Path, shard: Shard) -> Path:
    return outdir / f"{shard.name}.jsonl"


def completed(outdir: Path, shard: Shard) -> dict[str, int] | None:
    """The shard's stats when its marker matches its current inputs and its output exists, else None."""
    marker = marker_path(outdir, shard)
    if not marker.exists() or not output_path(outdir, shard).exists():
        return None
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("key") != shard.key():
        return None
    return {str(k): int(v) for k, v in data.get("stats", {}).items()}


@cache
def _default_pipeline() -> Pipeline:
    # Built once per process (per Dask worker), on first use: heavy stage data loads lazily there.
    from warta.pipeline import default_pipeline

    return default_pipeline()


def run_shard(shard: Shard, outdir: Path, pipeline: Pipeline | None = None) -> ShardResult:
    """Extract one shard unless its completion marker says it is done; safe to call in any process."""
    done = completed(outdir, shard)
    if done is not None:
        return ShardResult(shard.index, True, done)
    from warta.output import to_record
    from warta.read import read_paths

    pipe = pipeline or _default_pipeline()
    before = Counter(pipe.stats)
    stats: Counter[str] = Counter()
    out, tmp = output_path(outdir, shard), output_path(outdir, shard).with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for item in read_paths(shard.paths):
            if isinstance(item, InputError):
                stats["input.failed"] += 1
                continue
            article = pipe(item)
            stats["articles"] += 1
            stats["issues"] += len(article.issues)
            f.write(json.dumps(to_record(article), ensure_ascii=False) + "\n")
    stats.update(Counter(pipe.stats) - before)
    stats["files"] += len(shard.paths)
    os.replace(tmp, out)
    _write_atomic(
        marker_path(outdir, shard), json.dumps({"key": shard.key(), "stats": dict(stats)}, sort_keys=True)
    )
    return ShardResult(shard.index, False, dict(stats))


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def merge_stats(results: Iterable[ShardResult]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for r in results:
        total.update(r.stats)
    return dict(sorted(total.items()))


def execute(
    paths: Iterable[str | Path],
    outdir: str | Path,
    executor: Executor,
    *,
    pipeline: Pipeline | None = None,
    files_per_shard: int = FILES_PER_SHARD,
) -> RunReport:
    """Shard the inputs, run every unfinished shard on `executor`, merge and write the statistics."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    shards = make_shards(paths, files_per_shard)
    _drop_stale(out, len(shards))
    # Finished shards are settled here, so a resumed run starts no workers for them.
    results = [ShardResult(s.index, True, done) for s in shards if (done := completed(out, s)) is not None]
    finished = {r.index for r in results}
    pending = [s for s in shards if s.index not in finished]
    results = sorted(results + executor.map_shards(pending, out, pipeline), key=lambda r: r.index)
    stats = merge_stats(results)
    _write_atomic(out / STATS_FILE, json.dumps(stats, indent=2, sort_keys=True) + "\n")
    return RunReport(out, len(shards), sum(r.skipped for r in results), stats)


def _drop_stale(outdir: Path, count: int) -> None:
    """Remove shards of an earlier run with more shards, so the outputs are exactly this run's."""
    for path in outdir.glob("shard-*"):
        number = path.name.split(".")[0].removeprefix("shard-")
        if number.isdigit() and int(number) >= count:
            path.unlink()


def shard_outputs(outdir: str | Path) -> list[Path]:
    """The finished shard files of a run, in shard order."""
    return sorted(p for p in Path(outdir).glob("shard-*.jsonl") if p.with_suffix(".done").exists())
