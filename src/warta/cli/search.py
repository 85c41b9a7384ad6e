"""`warta search QUERY`: full text (BM25, diacritics folded) with filters, highlighted snippets."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Annotated

import typer

from warta.errors import WartaError
from warta.store.base import MARK_END, MARK_START, SearchQuery, Store, open_store

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="WARTA_DB",
        help="Store: a SQLite file (default warta.db), sqlite:///path, postgresql://... or :memory:.",
    ),
]


@contextmanager
def store_at(db: str | None, *, create: bool = False) -> Iterator[Store]:
    """Open the store; a bad URL or broken file is one clear line on stderr and exit code 1."""
    try:
        store = open_store(db, create=create)
    except WartaError as exc:
        typer.echo(f"warta: {exc}", err=True)
        raise typer.Exit(code=1) from None
    try:
        yield store
    except WartaError as exc:
        typer.echo(f"warta: {exc}", err=True)
        raise typer.Exit(code=1) from None
    finally:
        store.close()


def _date(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD")
    return value


def search(
    query: Annotated[
        str, typer.Argument(help="Words to find; quotes make a phrase, everything else is plain text.")
    ],
    entity: Annotated[
        str | None, typer.Option(help="Only articles mentioning this entity (canonical name).")
    ] = None,
    lang: Annotated[str | None, typer.Option(help="Only this language: id, ms or en.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Published on or after YYYY-MM-DD.", callback=_date)
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Published on or before YYYY-MM-DD.", callback=_date)
    ] = None,
    story: Annotated[str | None, typer.Option(help="Only this story id.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many hits.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object with total and hits.")] = False,
    db: DbOption = None,
) -> None:
    """Search stored articles: full text with entity, language, outlet, date and story filters."""
    q = SearchQuery(
        text=query,
        entity=entity,
        language=lang,
        outlet=outlet,
        since=since,
        until=until,
        story=story,
        limit=limit,
    )
    with store_at(db) as store:
        result = store.search(q)
    if as_json:
        typer.echo(
            json.dumps({"total": result.total, "hits": [asdict(h) for h in result.hits]}, ensure_ascii=False)
        )
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    console.print(
        f"[bold]{result.total}[/] article(s)" + (f", showing {len(result.hits)}" if result.hits else "")
    )
    for hit in result.hits:
        meta = " · ".join(x for x in (hit.published, hit.outlet, hit.language, hit.story_id) if x)
        console.print(
            f"\n[bold cyan]{escape(hit.id)}[/]  {escape(hit.title or '(no title)')}  [dim]{escape(meta)}[/]"
        )
        snippet = escape(hit.snippet).replace(MARK_START, "[bold yellow]").replace(MARK_END, "[/]")
        console.print("  " + snippet, highlight=False)
