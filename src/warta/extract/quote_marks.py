"""Quotation marks: the raw quote segments of a text (helpers of `extract.quotes`).

Curly, straight and angle marks and the `&ldquo`/`&rdquo` residue of scraping open and close a
quote; a quote left open at a paragraph end goes on when the next paragraph opens with a mark.
Single curly marks ‘…’ count when they are not apostrophes, straight single marks only for a
paragraph-opening quote followed by a verb of saying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.extract.attribution import word_regex

MARK = re.compile(r"&(?:ldquo|rdquo|quot|laquo|raquo|bdquo);?|[“”„«»\"]")
# `MARK` plus a bare "&", which callers drop: one leading class lets `re` jump between candidates
_MARK_OR_AMP = re.compile(r"[&“”„«»\"](?:(?<=&)(?:ldquo|rdquo|quot|laquo|raquo|bdquo);?)?")
# the mark first, then what stands before it: the engine jumps from one ‘ to the next
_SINGLE = re.compile(r"‘(?<![\w’‘]‘)(?=\S)(?:[^‘’\n]|’(?=\w))*?[^\s‘]’(?![\w’])")
# 'Straight single marks,' katanya: only a paragraph-opening quote closed before a verb of saying,
# since ' is mostly an apostrophe (Ma'ruf, Qur'an).
_STRAIGHT_SINGLE = re.compile(r"(?m)^'(?=\S)[^\n]*?[,.!?]'(?=[ \t]+\w)")
_RUN_ON = 2  # paragraphs without marks a quote left open may run over before its closing mark
_OPENERS = {"“", "„", "«", "&ldquo", "&laquo", "&bdquo"}
_CLOSERS = {"”", "»", "&rdquo", "&raquo"}
# '"...," X said' / '"...," he told reporters': the speaker phrase before an English verb of saying.
EN_SAID = re.compile(
    r"^\s*[,.]?\s*([^,.;\"“”]{1,60}?)\s+(?:said|says|added|told|wrote|stated|noted|acknowledged|"
    r"insisted|admitted|recalled|continued|asked|argued|warned|replied|explained)\b",
    re.I,
)


def reported_said(tail: str) -> re.Match[str] | None:
    """'," Mohamad was quoted as saying' / '," Anwar dipetik sebagai berkata': group 1 is the speaker
    phrase before a reported attribution (quotes_reported.txt)."""
    return _reported().match(tail)


@cache
def _reported() -> re.Pattern[str]:
    verbs = word_regex("quotes_reported.txt").pattern
    return re.compile(rf"\s*[,.]?\s*([^,.;\"“”\n]{{1,60}}?)\s+{verbs}", re.I)


@dataclass(slots=True)
class RawQuote:
    open: int  # offset of the opening mark
    start: int  # first character inside the marks
    end: int  # last character inside (exclusive), in the last paragraph
    close: int  # offset just after the closing mark, or -1 when the quote was left open
    para_start: int  # start of the paragraph holding the opening mark
    para_end: int  # end of the paragraph holding the end


def _kind(token: str, text: str, pos: int, inside: bool) -> str:
    """'open' or 'close' for a mark; a straight quote decides by state and by its neighbours."""
    if token.rstrip(";") in _OPENERS:
        return "open"
    if token.rstrip(";") in _CLOSERS:
        return "close"
    if inside:
        return "close"
    nxt = text[pos + len(token) : pos + len(token) + 1]
    return "open" if nxt and not nxt.isspace() else "close"


def find_raw_quotes(text: str) -> list[RawQuote]:
    """Quote segments in order, with paragraph continuation already joined."""
    segments: list[RawQuote] = []
    pos = 0
    for para in text.split("\n"):
        p_start, p_end = pos, pos + len(para)
        pos = p_end + 1
        open_at: re.Match[str] | None = None
        marks = [m for m in _MARK_OR_AMP.finditer(para) if m.group(0) != "&"]  # = MARK.finditer(para)
        for k, m in enumerate(marks):
            kind = _kind(m.group(0), para, m.start(), open_at is not None)
            # (a mark opening the paragraph is a sloppy opener '" Kami ...', not a closer)
            if k == 0 and kind == "close" and para[: m.start()].strip() and _runs_on(text, segments, p_start):
                # '"Kami ... PSSI.' then 'Karena itu ...," kata Erick.': the quote left open in the
                # paragraph before closes here (a quote running over paragraphs counts once)
                last = segments[-1]
                last.end, last.close, last.para_end = p_start + m.start(), p_start + m.end(), p_end
            elif kind == "open" and open_at is None:
                open_at = m
            elif kind == "close" and open_at is not None:
                segments.append(
                    RawQuote(
                        p_start + open_at.start(),
                        p_start + open_at.end(),
                        p_start + m.start(),
                        p_start + m.end(),
                        p_start,
                        p_end,
                    )
                )
                open_at = None
        if open_at is not None:
            segments.append(
                RawQuote(p_start + open_at.start(), p_start + open_at.end(), p_end, -1, p_start, p_end)
            )
    joined = _join_paragraphs(text, segments)
    if "‘" not in text and "'" not in text:
        return joined
    return sorted(joined + _single_quotes(text, joined), key=lambda q: q.open)


def _runs_on(text: str, segments: list[RawQuote], p_start: int) -> bool:
    """The last quote was left open at the end of a paragraph shortly before `p_start`, with no
    quotation mark in between (at most `_RUN_ON` paragraphs without marks may run on)."""
    if not segments or segments[-1].close >= 0:
        return False
    between = text[segments[-1].para_end : p_start]
    inner = [line for line in between.split("\n") if line.strip()]
    return len(inner) <= _RUN_ON and not MARK.search(between)


def _said_after(text: str, pos: int) -> bool:
    """A verb of saying right after a closing mark ("katanya", "he said")."""
    pos += len(text[pos : pos + 5]) - len(text[pos : pos + 5].lstrip(" \t"))
    return bool(word_regex("quotes_verbs.txt").match(text, pos) or EN_SAID.match(text[pos : pos + 80]))


def _single_quotes(text: str, taken: list[RawQuote]) -> list[RawQuote]:
    """‘…’ pairs in one paragraph used as quotation marks (some Malaysian and English outlets);
    a ’ between letters is an apostrophe ("isn’t", "state’s") and does not close one."""
    out: list[RawQuote] = []
    # each pattern needs its mark (' only at a line start): most texts skip both scans
    line_quote = text.startswith("'") or "\n'" in text
    straight = (
        [m for m in _STRAIGHT_SINGLE.finditer(text) if _said_after(text, m.end())] if line_quote else []
    )
    singles = list(_SINGLE.finditer(text)) if "‘" in text else []
    for m in [*singles, *straight]:
        if any(q.open <= m.start() < max(q.close, q.end) for q in taken):
            continue
        para_start = text.rfind("\n", 0, m.start()) + 1
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        out.append(RawQuote(m.start(), m.start() + 1, m.end() - 1, m.end(), para_start, para_end))
    return out


def _join_paragraphs(text: str, segments: list[RawQuote]) -> list[RawQuote]:
    """An open quote whose next paragraph opens with a mark is one quote running on."""
    out: list[RawQuote] = []
    for seg in segments:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.close < 0
            and seg.para_start == prev.para_end + 1
            and not text[seg.para_start : seg.open].strip()
        ):
            prev.end, prev.close, prev.para_end = seg.end, seg.close, seg.para_end
            continue
        out.append(seg)
    return out


_FRAGMENT_WORDS = 5  # a quoted phrase this short that the sentence runs on past is no quote


def embedded_fragment(text: str, q: RawQuote) -> bool:
    """A short quoted phrase the sentence runs on past ('"ready to hand over" the remaining bodies'):
    a part of the sentence in quotation marks, not words quoted as said."""
    if q.close < 0 or len(text[q.start : q.end].split()) > _FRAGMENT_WORDS:
        return False
    return re.match(r"[ \t]+[a-z]", text[q.close : q.close + 3]) is not None
