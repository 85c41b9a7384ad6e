"""`warta ingest PATH...`: extract and store articles; idempotent, per-batch transactions, resumable."""

from __future__ import annotations

from typing import Annotated

import typer

from warta.cli.search import DbOption, store_at


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories (recursive); '-' reads stdin.")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction.")] = 100,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract articles and keep them in the store, with near-duplicates and stories marked."""
    from warta.corpus.ingest import ingest as run

    with store_at(db, create=True) as store:
        try:
            stats = run(paths, store, progress=not quiet, batch_size=batch_size)
        except KeyboardInterrupt:
            typer.echo(
                "warta: interrupted; committed batches are kept, run the same command to resume", err=True
            )
            raise typer.Exit(code=130) from None
        total = store.count()
    for item, message in stats.failures[:20]:
        typer.echo(f"warta: failed {item}: {message}", err=True)
    typer.echo(
        f"{stats.new} new ({stats.near_duplicate} near-duplicate), {stats.duplicate} duplicate,"
        f" {stats.failed} failed; {total} article(s) stored",
        err=True,
    )
    if stats.failed and not stats.new and not stats.duplicate:
        raise typer.Exit(code=1)
