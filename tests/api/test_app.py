from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from warta import extract
from warta.api.app import create_app, snippet_parts
from warta.store.memory import MemoryStore

TOKEN = "s3cret-token"
HOSTILE = "Judul <script>alert('x')</script> Berita\nJAKARTA - Isi <img src=x onerror=alert(1)> berita."


@pytest.fixture()
def client(seed_gold: list[dict[str, Any]]) -> TestClient:
    store = MemoryStore()
    articles = [extract(r["text"], id=r["id"]) for r in seed_gold]
    articles.append(extract(HOSTILE, id="hostile"))
    for i, a in enumerate(articles):
        a.story_id = "story-a" if i < 2 else "story-b"
    store.add(articles)
    return TestClient(create_app(store, token=TOKEN))


def test_api_health_counts_articles(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["articles"] == 6


def test_api_search_finds_and_highlights(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Bogdanov"}).json()
    assert body["total"] >= 2
    assert all(any(match for _, match in hit["snippet"]) for hit in body["hits"])
    assert {h["id"] for h in body["hits"]} <= {"s001", "s003", "s004"}


@pytest.mark.parametrize(
    "query", ['"unclosed', "a OR b AND", "x'; DROP TABLE articles; --", "*", "NEAR(", "\\"]
)
def test_api_search_odd_queries_are_plain_text(client: TestClient, query: str) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["hits"], list)
    assert client.get("/api/health").json()["articles"] == 6


def test_api_search_filters_and_validation(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "Hamas", "lang": "ms"}).json()["total"] >= 1
    assert all(
        h["language"] == "ms"
        for h in client.get("/api/search", params={"q": "Hamas", "lang": "ms"}).json()["hits"]
    )
    bad = client.get("/api/search", params={"since": "yesterday"})
    assert bad.status_code == 422 and bad.json()["code"] == "E422"
    assert client.get("/api/search", params={"limit": 0}).status_code == 422


def test_api_article_has_text_and_evidence(client: TestClient) -> None:
    body = client.get("/api/articles/s001").json()
    assert body["id"] == "s001" and body["text"]
    for entity in body["entities"]:
        for m in entity["mentions"]:
            assert body["text"][m["start"] : m["end"]] == m["text"]
    missing = client.get("/api/articles/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["error"]


def test_api_stories_and_timeline(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    assert {s["id"] for s in stories} == {"story-a", "story-b"}
    detail = client.get("/api/stories/story-b").json()
    assert detail["article_count"] == 4
    assert isinstance(detail["timeline"], list) and isinstance(detail["figures"], list)
    assert client.get("/api/stories/none").status_code == 404


def test_api_entity_page(client: TestClient) -> None:
    body = client.get("/api/entities/Hamas").json()
    assert body["name"] == "Hamas"
    assert body["report"]["article_count"] >= 1
    assert client.get("/api/entities/Nobody%20Here%20Xyz").status_code == 404


def test_api_ingest_needs_the_token(client: TestClient) -> None:
    text = "Judul Uji Coba\nJAKARTA - Menteri bertemu Gubernur di Jakarta pada hari Senin."
    assert client.post("/api/ingest", content=text).status_code == 401
    wrong = client.post("/api/ingest", content=text, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["code"] == "E401"
    ok = client.post("/api/ingest", content=text.encode(), headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["new"] == 1
    again = client.post("/api/ingest", content=text.encode(), headers={"X-Warta-Token": TOKEN})
    assert again.json()["new"] == 0 and again.json()["duplicate"] == 1
    empty = client.post("/api/ingest", content=b"", headers={"X-Warta-Token": TOKEN})
    assert empty.status_code == 400 and "E101" in empty.json()["error"]


def test_api_ingest_disabled_without_token(seed_gold: list[dict[str, Any]]) -> None:
    client = TestClient(create_app(MemoryStore(), token=""))
    assert client.post("/api/ingest", content=b"x").status_code == 403


def test_api_page_and_vendor_script_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<main" in page.text
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/vendor/plotly.min.js").status_code == 200


def test_api_openapi_lists_every_route(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {
        "/api/health",
        "/api/search",
        "/api/articles/{article_id}",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/stories/{story_id}/figures",
        "/api/entities/{name}",
        "/api/ingest",
    } <= paths


def test_api_snippet_parts_split_markers() -> None:
    assert snippet_parts("a \x02b\x03 c") == [("a ", False), ("b", True), (" c", False)]
    assert snippet_parts("<script>") == [("<script>", False)]
