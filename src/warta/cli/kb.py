"""`warta kb list|add|check`: browse, extend and validate the knowledge base of canonical entities."""

from __future__ import annotations

from typing import Annotated

import typer

from warta.knowledge.loader import ENTITY_TYPES, HEADER, USER_FILE, fold, load_kb, parse_tsv, user_dir

kb_app = typer.Typer(
    help="The knowledge base of canonical entities (names, types, Wikidata QIDs, aliases).",
    no_args_is_help=True,
)


@kb_app.command("list")
def list_entities(
    type_: Annotated[str | None, typer.Option("--type", help="person, organization or location")] = None,
    grep: Annotated[
        str | None, typer.Option("--grep", help="Keep entities whose name or an alias contains this text")
    ] = None,
) -> None:
    """Print NAME<TAB>TYPE<TAB>QID<TAB>ALIASES, one entity a line."""
    needle = fold(grep) if grep else None
    for e in load_kb():
        if type_ and e.type != type_:
            continue
        if needle and not any(needle in fold(s) for s in (e.name, *e.aliases)):
            continue
        typer.echo(f"{e.name}\t{e.type}\t{e.qid or ''}\t{'|'.join(e.aliases)}")


@kb_app.command("add")
def add(
    name: Annotated[
        str, typer.Argument(help="Canonical name (English Wikipedia title, or full native name)")
    ],
    type_: Annotated[str, typer.Option("--type", help="person, organization or location")],
    qid: Annotated[str | None, typer.Option("--qid", help="Wikidata QID, only when certain")] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="A surface form; repeat for more")
    ] = None,
    note: Annotated[str, typer.Option("--note", help="Free text kept beside the row")] = "",
) -> None:
    """Append an entity (or aliases of a known one) to the user file, after checking it."""
    fields = [name, type_, qid or "", "|".join(alias or []), note]
    if any("\t" in f or "\n" in f for f in fields) or any("|" in a for a in alias or []):
        _fail("names, aliases and notes may not contain tabs, newlines or '|'")
    if type_ not in ENTITY_TYPES:
        _fail(f"type must be one of {', '.join(sorted(ENTITY_TYPES))}")
    before = set(load_kb().check())
    path = user_dir() / USER_FILE
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    new = old if old.strip() else "\t".join(HEADER) + "\n"
    if new and not new.endswith("\n"):
        new += "\n"
    new += "\t".join(fields) + "\n"
    rows, problems = parse_tsv(new, str(path), user=True)
    if problems or not rows:
        _fail("; ".join(problems) or "nothing to add")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")
    added = [p for p in load_kb().check() if p not in before]
    if added:
        path.write_text(old, encoding="utf-8") if old else path.unlink()
        _fail("; ".join(added))
    typer.echo(f"added {name} ({type_}) to {path}")


@kb_app.command("check")
def check() -> None:
    """Report problems (bad types or QIDs, duplicates, ambiguous aliases); exit 1 when there are any."""
    kb = load_kb()
    problems = kb.check()
    for p in problems:
        typer.echo(p)
    typer.echo(f"{len(kb)} entities, {len(problems)} problems", err=True)
    if problems:
        raise typer.Exit(code=1)


def _fail(message: str) -> None:
    typer.echo(f"warta kb: {message}", err=True)
    raise typer.Exit(code=1)
