"""The REST API and the web page, served by one FastAPI app: `create_app(settings, store)`.

Tests inject a memory store; `warta serve` passes the configured one. Every error is JSON with a
message and a code; the page builds its DOM with textContent only, so stored text is never markup.
"""

from __future__ import annotations

import dataclasses
import hmac
import os
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

import warta
from warta.api import schemas
from warta.errors import InputError, WartaError
from warta.store.base import MARK_END, MARK_START, SearchQuery, Store, open_store

MAX_INGEST_BYTES = 20 * 1024 * 1024


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """'a \x02b\x03 c' -> [('a ', False), ('b', True), (' c', False)]."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(snippet.split(MARK_START)):
        if i == 0:
            parts.append((chunk, False))
            continue
        match, _, rest = chunk.partition(MARK_END)
        parts.append((match, True))
        if rest:
            parts.append((rest, False))
    return [p for p in parts if p[0]]


def create_app(store: Store | None = None, *, token: str | None = None) -> FastAPI:
    """The app over `store` (default: `open_store()`); `token` (default $WARTA_TOKEN) guards ingest."""
    app = FastAPI(title="warta", version=warta.__version__, description="News facts with evidence.")
    app.state.store = store if store is not None else open_store()
    app.state.token = token if token is not None else os.environ.get("WARTA_TOKEN", "")
    _errors(app)
    _routes(app)
    _pages(app)
    return app


def _errors(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse(
            {"error": str(exc.detail), "code": f"E{exc.status_code}"}, status_code=exc.status_code
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        where = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"error": f"invalid request: {where}", "code": "E422"}, status_code=422)

    @app.exception_handler(Exception)
    async def internal_error(_: Request, exc: Exception) -> JSONResponse:
        message = f"internal error ({type(exc).__name__}); see the server log"
        return JSONResponse({"error": message, "code": "E500"}, status_code=500)

    @app.exception_handler(WartaError)
    async def warta_error(_: Request, exc: WartaError) -> JSONResponse:
        return JSONResponse({"error": str(exc), "code": exc.code}, status_code=400)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


Date = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")]


def _routes(app: FastAPI) -> None:
    @app.get("/api/health", response_model=schemas.HealthOut)
    def health(request: Request) -> dict[str, Any]:
        return {"status": "ok", "articles": _store(request).count(), "version": warta.__version__}

    @app.get("/api/search", response_model=schemas.SearchOut)
    def search(
        request: Request,
        q: Annotated[str, Query(max_length=500)] = "",
        entity: Annotated[str | None, Query(max_length=200)] = None,
        lang: Annotated[str | None, Query(max_length=8)] = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        since: Date = None,
        until: Date = None,
        story: Annotated[str | None, Query(max_length=100)] = None,
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
        offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
    ) -> dict[str, Any]:
        query = SearchQuery(
            q, entity or None, lang or None, outlet or None, since, until, story or None, limit, offset
        )
        result = _store(request).search(query)
        hits = [{**dataclasses.asdict(h), "snippet": snippet_parts(h.snippet)} for h in result.hits]
        return {"total": result.total, "limit": limit, "offset": offset, "hits": hits}

    @app.get("/api/articles/{article_id}")
    def article(request: Request, article_id: str) -> dict[str, Any]:
        from warta.output import to_record

        found = _store(request).get(article_id)
        if found is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        record = to_record(found)
        record["removed"] = jsonable(found.removed)
        return record

    @app.get("/api/stories", response_model=list[schemas.StoryOut])
    def stories(
        request: Request,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> list[dict[str, Any]]:
        return [dataclasses.asdict(s) for s in _store(request).stories(limit=limit, offset=offset)]

    @app.get("/api/stories/{story_id}", response_model=schemas.StoryDetailOut)
    def story(request: Request, story_id: str) -> dict[str, Any]:
        from warta.corpus.timeline import figure_ledger, story_summary, timeline

        articles = _store(request).story_articles(story_id)
        if not articles:
            raise HTTPException(404, f"no story with id {story_id!r}")
        summary = dataclasses.asdict(story_summary(story_id, articles))
        return {
            **summary,
            "timeline": jsonable(timeline(articles)),
            "figures": jsonable(figure_ledger(articles)),
        }

    @app.get("/api/stories/{story_id}/figures")
    def story_figures(request: Request, story_id: str, measure: str | None = None) -> list[dict[str, Any]]:
        from warta.corpus.timeline import figure_ledger

        articles = _store(request).story_articles(story_id)
        if not articles:
            raise HTTPException(404, f"no story with id {story_id!r}")
        rows: list[dict[str, Any]] = jsonable(figure_ledger(articles))
        return [r for r in rows if measure is None or r.get("measure") == measure]

    @app.get("/api/entities/{name}", response_model=schemas.EntityOut)
    def entity(request: Request, name: str) -> dict[str, Any]:
        from warta.corpus.timeline import entity_report

        articles = _store(request).entity_articles(name)
        entry = _kb_entry(name)
        if not articles and entry is None:
            raise HTTPException(404, f"no entity named {name!r}")
        return {
            "name": entry.name if entry else name,
            "type": entry.type if entry else None,
            "qid": entry.qid if entry else None,
            "aliases": list(entry.aliases) if entry else [],
            "report": jsonable(entity_report(name, articles)),
        }

    @app.post("/api/ingest", response_model=schemas.IngestOut)
    async def ingest(request: Request) -> dict[str, Any]:
        _check_token(request)
        body = await request.body()
        if len(body) > MAX_INGEST_BYTES:
            raise HTTPException(413, f"request body over {MAX_INGEST_BYTES // 1_000_000} MB")
        return _ingest_body(request, body)


def _kb_entry(name: str) -> Any:
    try:
        from warta.knowledge.loader import load_kb
    except ImportError:  # pragma: no cover - the knowledge base ships with warta
        return None
    kb = load_kb()
    return kb.get(name) or next(iter(kb.lookup(name)), None)


def _check_token(request: Request) -> None:
    expected: str = request.app.state.token
    if not expected:
        raise HTTPException(403, "ingest is disabled: start the server with WARTA_TOKEN set")
    given = request.headers.get("x-warta-token") or request.headers.get("authorization", "").removeprefix(
        "Bearer "
    )
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token (send it as 'Authorization: Bearer TOKEN')")


def _ingest_body(request: Request, body: bytes) -> dict[str, Any]:
    from warta.corpus.ingest import ingest_articles
    from warta.read import _read_bytes

    ctype = request.headers.get("content-type", "")
    suffix = ".jsonl" if "ndjson" in ctype or "jsonl" in ctype else (".html" if "html" in ctype else ".txt")
    name = request.query_params.get("id") or "request"
    items = list(_read_bytes(body, f"<{name}>", name, suffix=suffix))
    failed = [(name, str(i)) for i in items if isinstance(i, InputError)]
    articles = [i for i in items if not isinstance(i, InputError)]
    if not articles:
        raise HTTPException(400, failed[0][1] if failed else "no article in the request body")
    stats = ingest_articles(articles, _store(request))
    return {
        "new": stats.new,
        "duplicate": stats.duplicate,
        "near_duplicate": stats.near_duplicate,
        "failed": failed + list(stats.failures),
    }


def _pages(app: FastAPI) -> None:
    static = Path(str(resources.files("warta.api").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        # served from the installed plotly wheel: nothing copied into the repo, nothing fetched from a CDN
        import plotly

        path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
        if not path.exists():
            raise HTTPException(404, "plotly.min.js not found in the installed plotly package")
        return FileResponse(path, media_type="application/javascript")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html")
