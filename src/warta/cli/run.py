"""`warta run PATH... -o OUTDIR`: extract a corpus into JSONL shards, locally or on Dask, resumably."""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from warta.errors import WartaError
from warta.model import Article


class ExecutorName(StrEnum):
    local = "local"
    dask = "dask"


CORPUS_FILE = "corpus.jsonl"


def run(
    paths: Annotated[list[str], typer.Argument(help="Files or directories (recursive).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Directory for shards, markers and stats.")],
    executor: Annotated[
        ExecutorName, typer.Option("--executor", "-e", help="local or dask.")
    ] = ExecutorName.local,
    workers: Annotated[int | None, typer.Option("--workers", "-w", help="Dask worker processes.")] = None,
    files_per_shard: Annotated[int, typer.Option("--files-per-shard", help="Input files per shard.")] = 64,
    corpus: Annotated[
        bool,
        typer.Option("--corpus/--no-corpus", help=f"Also write {CORPUS_FILE}: id, duplicate_of, story_id."),
    ] = True,
) -> None:
    """Extract every article under PATHS into OUTDIR/shard-*.jsonl; a re-run skips finished shards."""
    from warta.executor import execute, get_executor

    try:
        report = execute(
            paths, output, get_executor(executor.value, workers=workers), files_per_shard=files_per_shard
        )
    except WartaError as exc:
        typer.echo(f"warta: {exc}", err=True)
        raise typer.Exit(code=1) from exc
    typer.echo(
        f"warta: {report.shards} shard(s), {report.ran} run, {report.skipped} already done; "
        f"{report.stats.get('articles', 0)} article(s), {report.stats.get('input.failed', 0)} failed -> {output}",
        err=True,
    )
    if corpus:
        _write_corpus(output, report.shards)


def _write_corpus(outdir: Path, shard_count: int) -> None:
    from warta.corpus.assign import assign
    from warta.corpus.dedup import NearDuplicates

    def articles() -> Iterator[Article]:
        for i in range(shard_count):
            with (outdir / f"shard-{i:05d}.jsonl").open(encoding="utf-8") as f:
                for line in f:
                    yield Article.from_json(line)

    dedup = NearDuplicates()
    stories = [(a.id, a.story_id) for a in assign(articles(), dedup)]
    tmp = outdir / (CORPUS_FILE + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for article_id, story_id in stories:
            # settled origins: a copy that arrived before its earlier-published origin is corrected here
            record = {"id": article_id, "duplicate_of": dedup.origin(article_id), "story_id": story_id}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(outdir / CORPUS_FILE)
