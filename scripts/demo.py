"""`make demo`: extract the invented sample corpus, store it in the embedded SQLite store, show a story
timeline, then serve the web page (set WARTA_DEMO_SERVE=0 to stop before serving)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from warta import extract_paths
from warta.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "demo"
DB = ROOT / ".demo" / "warta.db"
console = Console()


def show_extraction() -> None:
    table = Table(title="warta extract: examples/demo", show_lines=True)
    for col in ("id", "lang", "published", "entities", "meetings / quotes / figures"):
        table.add_column(col, overflow="fold")
    for item in extract_paths([CORPUS]):
        if isinstance(item, InputError):
            console.print(f"[red]skipped[/red] {item}")
            continue
        facts = [f"meeting: {' + '.join(m.participants)} @ {m.location}" for m in item.meetings]
        facts += [f"quote: {q.speaker}: {q.text[:50]}" for q in item.quotes]
        facts += [f"figure: {f.qualifier} {f.value:,} {f.measure}" for f in item.figures]
        table.add_row(
            item.id,
            item.language or "",
            item.published or "",
            ", ".join(e.name for e in item.entities[:8]),
            "\n".join(facts),
        )
    console.print(table)


def store_and_show() -> None:
    from warta.corpus.ingest import ingest
    from warta.corpus.timeline import timeline
    from warta.store import open_store

    DB.parent.mkdir(exist_ok=True)
    store = open_store(str(DB))
    try:
        stats = ingest([CORPUS], store, progress=True)
        console.print(f"stored in {DB}: {stats}")
        stories = store.stories()
        for story in stories:
            console.print(
                f"[bold]story {story.id}[/bold] {story.label}: {story.article_count} article(s), "
                f"{story.independent_source_count} independent source(s), {', '.join(story.languages)}"
            )
        if stories:
            top = max(stories, key=lambda s: s.article_count)
            console.print(f"[bold]timeline of {top.label}[/bold]")
            for event in timeline(store.story_articles(top.id)):
                when = event.date or "(undated)"
                console.print(
                    f"  {when:10}  {event.kind:8} {event.outlet or '':14} {event.summary}", markup=False
                )
    finally:
        store.close()


def serve() -> None:
    import uvicorn

    from warta.api.app import create_app
    from warta.store import open_store

    console.print(
        "[bold green]serving the demo corpus at http://127.0.0.1:8000/ (Ctrl-C to stop)[/bold green]"
    )
    uvicorn.run(create_app(store=open_store(str(DB))), host="127.0.0.1", port=8000, log_level="warning")


def main() -> int:
    show_extraction()
    store_and_show()
    if os.environ.get("WARTA_DEMO_SERVE", "1") != "0":
        serve()
    return 0


if __name__ == "__main__":
    sys.exit(main())
