"""Snippets with highlight markers for backends whose index stores no text (memory, tantivy, PostgreSQL)."""

from __future__ import annotations

import re

from warta.store.base import MARK_END, MARK_START, fold


def folded_same_length(text: str) -> str | None:
    """`fold(text)` when it keeps every offset (nearly always), else None."""
    if text.isascii():
        return text.lower()
    folded = fold(text)
    return folded if len(folded) == len(text) else None


def match_positions(text: str, groups: list[list[str]]) -> list[tuple[int, int]]:
    """Character spans in `text` of every occurrence of each word/phrase group (folded comparison)."""
    if not groups:
        return []
    pattern = re.compile(
        "|".join(r"(?<!\w)" + r"\W+".join(map(re.escape, g)) + r"(?!\w)" for g in groups), re.UNICODE
    )
    folded = folded_same_length(text)
    if folded is not None:
        return [m.span() for m in pattern.finditer(folded)]
    # rare: folding changed lengths (ligatures); compare word by word instead
    words = [(m.start(), m.end(), fold(m.group())) for m in re.finditer(r"\w+", text)]
    spans: list[tuple[int, int]] = []
    for group in groups:
        n = len(group)
        for i in range(len(words) - n + 1):
            if [w[2] for w in words[i : i + n]] == group:
                spans.append((words[i][0], words[i + n - 1][1]))
    return sorted(set(spans))


def make_snippet(text: str, spans: list[tuple[int, int]], width: int = 200) -> str:
    """About `width` characters around the first match, matches wrapped in \\x02...\\x03."""
    if not spans:
        return " ".join(text[:width].split())
    start = max(0, spans[0][0] - width // 3)
    end = min(len(text), start + width)
    out: list[str] = ["…" if start else ""]
    pos = start
    for s, e in spans:
        if s < pos or e > end:
            continue
        out.append(text[pos:s] + MARK_START + text[s:e] + MARK_END)
        pos = e
    out.append(text[pos:end] + ("…" if end < len(text) else ""))
    return " ".join("".join(out).split())
