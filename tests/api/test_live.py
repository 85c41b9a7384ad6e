"""A live `warta serve` on loopback: the REST API over HTTP, then the page in headless Chromium.

Screenshots go to test-artifacts/ (kept by CI as artifacts, ignored by git).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from warta.corpus.ingest import ingest
from warta.store import open_store

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = 'Judul <script>window.__pwned = 1</script> Uji\nJAKARTA - Isi <img src=x onerror="window.__pwned=2"> berita Hamas.'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, seed_dir: Path) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("live")
    (tmp / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = tmp / "warta.db"
    store = open_store(str(db))
    ingest([seed_dir, ROOT / "examples" / "demo", tmp / "hostile.txt"], store, progress=False)
    store.close()
    port = _free_port()
    env = {**os.environ, "WARTA_TOKEN": "live-token"}
    cmd = [sys.executable, "-m", "warta.cli", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/api/health", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail(f"warta serve did not start: {proc.stdout.read().decode() if proc.stdout else ''}")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def test_live_api_search_and_ingest(server: str) -> None:
    assert _get(f"{server}/api/health")["articles"] >= 10
    assert _get(f"{server}/api/search?q=Bogdanov")["total"] >= 2
    request = urllib.request.Request(
        f"{server}/api/ingest", data=b"Judul\nIsi berita baru sekali.", method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 401
    request.add_header("Authorization", "Bearer live-token")
    with urllib.request.urlopen(request, timeout=30) as response:
        assert json.loads(response.read())["new"] == 1


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),  # in CI a missing browser is a failure, not a skip
    reason="headless Chromium not installed (Debian package chromium; .ci/system-deps installs it)",
)
def test_browser_search_article_story_entity(server: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM or "/usr/bin/chromium", headless=True, args=args
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{server}/")
        page.fill("#q", "Bogdanov")
        page.click("#search-button")
        page.wait_for_selector("#results .hit")
        assert page.locator("#results .hit mark").count() >= 1
        page.screenshot(path=str(ARTIFACTS / "01-search.png"), full_page=True)

        page.locator("#results .hit h3 a").first.click()
        page.wait_for_selector("#article-text")
        assert page.locator("#article-text mark.ent").count() >= 3
        page.screenshot(path=str(ARTIFACTS / "02-article.png"), full_page=True)

        page.goto(f"{server}/#/search?q=pwned")
        page.wait_for_selector("#result-count")
        page.goto(f"{server}/#/search?q=Hamas%20Uji")
        page.wait_for_selector("#results .hit")
        page.locator("#results .hit h3 a", has_text="script").first.click()
        page.wait_for_selector("#article-title")
        assert "<script>" in page.inner_text("#article-title")
        assert page.evaluate("window.__pwned === undefined") and not dialogs

        page.goto(f"{server}/#/stories")
        page.wait_for_selector("#stories .story")
        with_figures = [
            s["id"]
            for s in _get(f"{server}/api/stories")
            if _get(f"{server}/api/stories/{s['id']}")["figures"]
        ]
        assert with_figures, "no stored story has reported figures"
        page.locator(f'#stories .story h3 a[href="#/story/{with_figures[0]}"]').click()
        page.wait_for_selector("#timeline li")
        page.wait_for_selector("#figure-chart .main-svg")
        page.screenshot(path=str(ARTIFACTS / "03-story.png"), full_page=True)

        page.goto(f"{server}/#/entity/Mikhail%20Bogdanov")
        page.wait_for_selector("#meeting-graph svg")
        page.screenshot(path=str(ARTIFACTS / "04-entity.png"), full_page=True)

        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(f"{server}/#/search?q=Hamas")
        phone.wait_for_selector("#results .hit")
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 400
        phone.screenshot(path=str(ARTIFACTS / "05-phone.png"), full_page=True)
        browser.close()
