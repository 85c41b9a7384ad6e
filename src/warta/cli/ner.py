"""`warta ner [--text] PATH`: tag a CoNLL token-per-line file (or plain text) with PER/ORG/LOC."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def ner(
    path: Annotated[
        str, typer.Argument(help="A CoNLL-style file (token first, gold tag last), or '-' for stdin.")
    ],
    text: Annotated[
        bool, typer.Option("--text", help="PATH is plain text: print START<TAB>END<TAB>LABEL<TAB>mention")
    ] = False,
) -> None:
    """Named entities: print `token<TAB>predicted-tag` per line, a blank line between sentences."""
    from warta.extract.ner import recognize, recognize_tokens
    from warta.extract.ner_data import parse_conll

    if path != "-" and not Path(path).is_file():
        typer.echo(f"warta: no such file: {path}", err=True)
        raise typer.Exit(code=1)
    content = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    if text:
        for m in recognize(content):
            typer.echo(f"{m.start}\t{m.end}\t{m.label}\t{m.text}")
        return
    for tokens, _ in parse_conll(content.splitlines()):
        for token, tag in zip(tokens, recognize_tokens(tokens), strict=True):
            typer.echo(f"{token}\t{tag}")
        typer.echo("")
