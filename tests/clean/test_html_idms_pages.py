"""warta's HTML path on seed articles wrapped in the invented id/ms site templates of benchmarks/.

The pages are built at run time from the seed gold records (benchmarks/html_templates.py); the
full comparison with bare trafilatura is benchmarks/bench_html_idms.py.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench_html_idms import kept_lines, norm
from html_templates import TEMPLATES, PageArticle, Template, from_gold, noise_kind, render

from warta.clean.stage import CleanLines
from warta.model import Article

# chrome the templates put inside or beside the story, which no clean text should hold as a line
_AD_LINES = {"advertisement", "iklan", "scroll to continue with content"}
_TAG = re.compile(r"<[^>]+>")


def _is_chrome(line: str) -> bool:
    n = norm(line)
    return n in _AD_LINES or n.startswith("baca juga")


def _warta_text(t: Template, a: PageArticle) -> tuple[str, str]:
    page = render(t, a)
    return page, CleanLines()(Article(id=f"{t.name}:{a.id}", raw=page, format="html")).text


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_html_idms_pages_keep_every_body_line(template: Template, seed_gold: list[dict[str, Any]]) -> None:
    for rec in seed_gold:
        a = from_gold(rec)
        _, text = _warta_text(template, a)
        body = [ln for ln, bad in a.lines if not bad]
        assert body, a.id
        missed = [ln for ln in body if not kept_lines(text, [ln])]
        assert not missed, (template.name, a.id, missed)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_html_idms_pages_drop_read_more_and_ad_lines(
    template: Template, seed_gold: list[dict[str, Any]]
) -> None:
    checked = 0
    for rec in seed_gold:
        a = from_gold(rec)
        page, text = _warta_text(template, a)
        noise = [ln for ln, bad in a.lines if bad and noise_kind(ln) in ("readmore", "ad")]
        for line in noise:  # the page does show it, so dropping it is the cleaner's work
            assert norm(line) in norm(html.unescape(_TAG.sub("", page))), (template.name, a.id, line)
        checked += len(noise)
        assert not kept_lines(text, noise), (template.name, a.id)
        chrome = [ln for ln in text.splitlines() if _is_chrome(ln)]
        assert not chrome, (template.name, a.id, chrome)
    assert checked >= 3  # the seeds hold "Baca Juga" and "iklan" lines: the test has something to drop
