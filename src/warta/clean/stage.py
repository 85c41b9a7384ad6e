"""The cleaning stage: HTML to text, entity repair, boilerplate lines out (kept in `removed`)."""

from __future__ import annotations

from typing import ClassVar

from warta.clean.boilerplate import classify_lines
from warta.clean.html_entities import repair_entities
from warta.model import Article, Issue, Paragraph, RemovedLine
from warta.registry import register


@register("clean.lines.v1")
class CleanLines:
    """Writes `Article.text` once: every body line kept, every boilerplate line moved to `removed`."""

    name: ClassVar[str] = "clean.lines"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("raw",)
    assigns: ClassVar[tuple[str, ...]] = ("text", "removed", "paragraphs")

    def __call__(self, article: Article) -> Article:
        raw = article.raw
        if article.format == "html":
            from warta.clean.html import html_to_text

            content = html_to_text(raw, article.url)
            article.extra["html.meta"] = content.meta
            raw = content.text
            if not raw.strip():
                article.issues.append(Issue(self.name, "E120", "no main text found in the HTML page"))
        lines = [repair_entities(ln).rstrip() for ln in raw.replace("\r\n", "\n").split("\n")]
        kept: list[str] = []
        article.removed = []
        for verdict in classify_lines(lines):
            if not verdict.line.strip():
                continue
            if verdict.boilerplate:
                article.removed.append(RemovedLine(verdict.line, verdict.reason))
            else:
                kept.append(verdict.line.strip())
        article.text = "\n".join(kept)
        pos = 0
        article.paragraphs = []
        for line in kept:
            article.paragraphs.append(Paragraph(pos, pos + len(line)))
            pos += len(line) + 1
        return article
