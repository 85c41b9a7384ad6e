"""`warta extract PATH...`: one JSON object per article; bad items named on stderr, the rest go on."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from warta.errors import InputError


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    text = "text"


def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or directories (recursive); '-' reads stdin.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="jsonl (default), json (one array) or text.")
    ] = (Format.jsonl),
) -> None:
    """Extract metadata, entities, meetings, quotes and figures from articles (text, HTML, JSONL, feeds, WARC)."""
    from warta import extract_paths
    from warta.output import to_record, to_text

    out: TextIO = output.open("w", encoding="utf-8") if output else sys.stdout
    failed = done = 0
    records = []
    try:
        for item in extract_paths(paths):
            if isinstance(item, InputError):
                failed += 1
                typer.echo(f"warta: skipped {item}", err=True)
                continue
            done += 1
            if fmt is Format.json:
                records.append(to_record(item))
            elif fmt is Format.text:
                out.write(to_text(item) + "\n\n")
            else:
                out.write(json.dumps(to_record(item), ensure_ascii=False) + "\n")
        if fmt is Format.json:
            json.dump(records, out, ensure_ascii=False, indent=2)
            out.write("\n")
    finally:
        if output:
            out.close()
    if failed:
        typer.echo(f"warta: {done} article(s) extracted, {failed} input(s) failed", err=True)
        raise typer.Exit(code=2 if done else 1)
    if not done:
        typer.echo("warta: no articles found in the given paths", err=True)
        raise typer.Exit(code=1)
