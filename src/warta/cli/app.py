"""The `warta` command line (Typer). One module per command; commands wrap the Python API."""

from __future__ import annotations

import typer

from warta.cli import extract as extract_cmd
from warta.cli import lang as lang_cmd

app = typer.Typer(
    name="warta",
    help="Indonesian, Malay and English news into checkable facts: who met whom, who said what, which figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract_cmd.extract)
app.command("lang")(lang_cmd.lang)


def main() -> None:
    app()
