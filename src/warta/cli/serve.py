"""`warta serve`: the REST API and the web page over a store, on loopback by default."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL or path (default $WARTA_DB or warta.db).")
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web page and the REST API (ingest needs WARTA_TOKEN set)."""
    import uvicorn

    from warta.api.app import create_app
    from warta.errors import WartaError
    from warta.store import open_store

    try:
        store = open_store(db)
    except WartaError as exc:
        typer.echo(f"warta: {exc}", err=True)
        raise typer.Exit(code=1) from None
    typer.echo(f"warta: serving {db or 'warta.db'} at http://{host}:{port}/")
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
