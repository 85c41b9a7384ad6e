"""Snippets with highlight markers for backends without a native snippet function (memory)."""

from __future__ import annotations

import re

from warta.store.base import MARK_END, MARK_START, fold

_WORD = re.compile(r"\w+", re.UNICODE)


def match_positions(text: str, groups: list[list[str]]) -> list[tuple[int, int]]:
    """Character spans in `text` of every occurrence of each word/phrase group (folded comparison)."""
    words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    folded = [w[2] for w in words]
    spans: list[tuple[int, int]] = []
    for group in groups:
        n = len(group)
        for i in range(len(folded) - n + 1):
            if folded[i : i + n] == group:
                spans.extend((words[j][0], words[j][1]) for j in range(i, i + n))
    return sorted(set(spans))


def make_snippet(text: str, spans: list[tuple[int, int]], width: int = 200) -> str:
    """About `width` characters around the first match, matches wrapped in \\x02...\\x03."""
    if not spans:
        return text[:width].strip()
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
    return "".join(out).replace("\n", " ").strip()
