"""The `warta` command line (Typer). One module per command; commands wrap the Python API."""

from __future__ import annotations

import os

import typer

# The command's own process: keep compiled patterns on disk (see warta.knowledge.regex_cache).
os.environ.setdefault("WARTA_REGEX_CACHE", "1")

from warta.cli import export as export_cmd
from warta.cli import extract as extract_cmd
from warta.cli import ingest as ingest_cmd
from warta.cli import lang as lang_cmd
from warta.cli import ner as ner_cmd
from warta.cli import run as run_cmd
from warta.cli import search as search_cmd
from warta.cli import serve as serve_cmd
from warta.cli import stories as stories_cmd
from warta.cli.kb import kb_app

app = typer.Typer(
    name="warta",
    help="Indonesian, Malay and English news into checkable facts: who met whom, who said what, which figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract_cmd.extract)
app.command("lang")(lang_cmd.lang)
app.command("ner")(ner_cmd.ner)
app.command("run")(run_cmd.run)
app.command("serve")(serve_cmd.serve)
app.command("ingest")(ingest_cmd.ingest)
app.command("search")(search_cmd.search)
app.command("stories")(stories_cmd.stories)
app.command("story")(stories_cmd.story)
app.command("entity")(stories_cmd.entity)
app.command("export")(export_cmd.export)
app.add_typer(kb_app, name="kb")


def main() -> None:
    app()
