"""`warta export --format jsonl|csv|parquet`: one record per stored article with its story and origin."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from warta.cli.search import DbOption, store_at
from warta.model import Article

NESTED = ("entities", "dates", "meetings", "quotes", "figures", "issues")
FLAT = ("id", "url", "title", "outlet", "author", "published", "language", "story", "duplicate_of", "text")


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def record(article: Article) -> dict[str, Any]:
    """The `warta extract` record plus `story` and `duplicate_of` (raw input left out)."""
    from warta.output import to_record

    data = to_record(article)
    data["story"] = article.story_id
    data["duplicate_of"] = article.duplicate_of
    return data


def flat_record(article: Article) -> dict[str, Any]:
    """Columns for CSV and Parquet: scalars as they are, annotations as JSON text."""
    data = record(article)
    row = {key: data.get(key) for key in FLAT}
    row.update({key: json.dumps(data.get(key) or [], ensure_ascii=False) for key in NESTED})
    return row


def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl, csv or parquet.")
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (stdout if absent).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Write every stored article with its id, metadata, annotations, story id and duplicate_of."""
    if fmt is ExportFormat.parquet and output is None:
        typer.echo("warta: --format parquet needs -o FILE", err=True)
        raise typer.Exit(code=2)
    with store_at(db) as store:
        if fmt is ExportFormat.parquet:
            assert output is not None
            n = _parquet(store.iter(), output)
        else:
            out: TextIO = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
            try:
                n = _jsonl(store.iter(), out) if fmt is ExportFormat.jsonl else _csv(store.iter(), out)
            finally:
                if output:
                    out.close()
    typer.echo(f"warta: exported {n} article(s)", err=True)


def _jsonl(articles: Iterator[Article], out: TextIO) -> int:
    n = 0
    for article in articles:
        out.write(json.dumps(record(article), ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv(articles: Iterator[Article], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=[*FLAT, *NESTED])
    writer.writeheader()
    n = 0
    for article in articles:
        writer.writerow(flat_record(article))
        n += 1
    return n


def _parquet(articles: Iterator[Article], path: Path, chunk: int = 2000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        typer.echo("warta: parquet needs pyarrow: pip install 'warta[export]'", err=True)
        raise typer.Exit(code=1) from None
    schema = pa.schema([(name, pa.string()) for name in (*FLAT, *NESTED)])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        rows: list[dict[str, Any]] = []
        for article in articles:
            rows.append(flat_record(article))
            n += 1
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n
