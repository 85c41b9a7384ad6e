"""`warta lang [--lines] PATH`: language of a document, or of each line."""

from __future__ import annotations

from typing import Annotated

import typer

from warta.errors import InputError


def lang(
    path: Annotated[str, typer.Argument(help="A text file, or '-' for stdin.")],
    lines: Annotated[
        bool, typer.Option("--lines", help="One output line per input line: CODE<TAB>CONFIDENCE<TAB>line")
    ] = False,
) -> None:
    """Detect the language (id, ms, en, ...) of a document or of each of its lines."""
    from warta.language import detect
    from warta.read import read_paths

    for item in read_paths([path]):
        if isinstance(item, InputError):
            typer.echo(f"warta: {item}", err=True)
            raise typer.Exit(code=1)
        if lines:
            for line in item.raw.split("\n"):
                code, conf = detect(line) if line.strip() else ("und", 0.0)
                typer.echo(f"{code}\t{conf:.3f}\t{line}")
        else:
            code, conf = detect(item.raw)
            typer.echo(f"{code}\t{conf:.3f}\t{item.source}")
