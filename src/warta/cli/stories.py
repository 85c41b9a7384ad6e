"""`warta stories`, `warta story ID` (timeline and figure ledger) and `warta entity NAME`."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warta.cli.search import DbOption, store_at

JsonOption = Annotated[bool, typer.Option("--json", help="JSON instead of tables.")]


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def stories(
    limit: Annotated[int, typer.Option(min=1, help="How many stories (latest first).")] = 50,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List stories: label, article and independent-source counts, first/last seen, outlets, languages."""
    with store_at(db) as store:
        found = store.stories(limit=limit)
    if as_json:
        _echo_json([asdict(s) for s in found])
        return
    table = Table(
        "story", "label", "articles", "independent", "first seen", "last seen", "outlets", "languages"
    )
    for s in found:
        table.add_row(
            escape(s.id),
            escape(s.label),
            str(s.article_count),
            str(s.independent_source_count),
            s.first_seen or "",
            s.last_seen or "",
            escape(", ".join(s.outlets)),
            ", ".join(s.languages),
        )
    Console().print(table)


def story(
    story_id: Annotated[str, typer.Argument(help="A story id from `warta stories`.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """One story's timeline (articles, meetings, quotes, figures in date order) and figure ledger."""
    from warta.corpus.timeline import figure_ledger, story_summary, timeline

    with store_at(db) as store:
        articles = store.story_articles(story_id)
    if not articles:
        typer.echo(f"warta: no story {story_id!r} in the store (see `warta stories`)", err=True)
        raise typer.Exit(code=1)
    summary, events, ledger = story_summary(story_id, articles), timeline(articles), figure_ledger(articles)
    if as_json:
        _echo_json(
            {
                "story": asdict(summary),
                "timeline": [asdict(e) for e in events],
                "ledger": [asdict(r) for r in ledger],
            }
        )
        return
    console = Console()
    console.print(
        f"[bold]{escape(summary.label)}[/]  ({summary.article_count} articles,"
        f" {summary.independent_source_count} independent; {summary.first_seen or '?'} → {summary.last_seen or '?'})"
    )
    table = Table("date", "kind", "outlet", "what", "article")
    for e in events:
        table.add_row(e.date or "?", e.kind, escape(e.outlet or ""), escape(e.summary), escape(e.article_id))
    console.print(table)
    if ledger:
        led = Table(
            "measure",
            "who",
            "date",
            "value",
            "qualifier",
            "source",
            "outlet",
            "article",
            "disagrees",
            title="figures",
        )
        for r in ledger:
            led.add_row(
                r.measure, escape(r.who or ""), r.date or "?", str(r.value), r.qualifier, escape(r.source or ""),
                escape(r.outlet or ""), escape(r.article_id), "yes" if r.disagrees else "",
            )  # fmt: skip
        console.print(led)


def entity(
    name: Annotated[str, typer.Argument(help="Canonical entity name, e.g. 'Hamas'.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """An entity over time: mentions per day, co-occurring entities, meetings in date order."""
    from warta.corpus.timeline import entity_report

    with store_at(db) as store:
        articles = store.entity_articles(name)
    if not articles:
        typer.echo(f"warta: no stored article mentions {name!r}", err=True)
        raise typer.Exit(code=1)
    report = entity_report(name, articles)
    if as_json:
        _echo_json(asdict(report))
        return
    console = Console()
    console.print(f"[bold]{escape(report.name)}[/] in {report.article_count} article(s)")
    meetings = Table("date", "participants", "location", "outlet", "article", title="meetings")
    for m in report.meetings:
        meetings.add_row(
            m.date or "?", escape(", ".join(m.participants)), escape(m.location or ""), escape(m.outlet or ""),
            escape(m.article_id),
        )  # fmt: skip
    console.print(meetings)
    over_time = Table("date", "mentions", title="mentions over time")
    for day, n in report.mentions_over_time:
        over_time.add_row(day or "?", str(n))
    console.print(over_time)
    if report.co_occurring:
        console.print("co-occurring: " + escape(", ".join(f"{n} ({c})" for n, c in report.co_occurring)))
