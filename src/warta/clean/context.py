"""Boilerplate rules that need a line's neighbours: a line that is harmless alone is page furniture
because of what stands next to it.

    #Nama Tokoh            <- hashtag lines next to each other or next to a share row
    Bagikan / Facebook     <- (line rules) ... then "Terkini", "Popular": short labels in the
    Terkini                   trailing block after a share/related/comments line
    Baca 10 detik          <- a key-points header: its bullets up to the dateline paragraph
    <description>          <- a caption: followed by a bare "Foto: Agency/Name" credit line, or
    Foto: Agensi/Nama         alone between the header's date stamp and the dateline paragraph
    FAKTA                  <- an info box: a title, then short "Label: value" lines whose values
    Lokasi: Desa X            the story already gives
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from warta.clean.rules import infobox_titles, sidebar_labels

_QUOTE_CHARS = re.compile(r"[\"“”]")
_STUB_END = re.compile(r"[.!?…:;,]\s*$")
_HASHTAG_LINE = re.compile(r"^#\s*\w[^#]*$")
_BULLET = re.compile(r"^[-–•*·▪►]\s*\S")
_BARE_CREDIT = re.compile(r"^(?:foto|photo|gambar|pic|kredit\s+foto|credit)\s*:\s*(?P<who>\S.*)$", re.I)
# a block of short labels after these is sidebar furniture ("advert" alone is not: an "Iklan" marker
# can stand inside a list of real items)
_ANCHORS = frozenset({"related", "share", "comments", "hashtags", "handle", "promo", "nav", "copyright"})
_STAMPS = frozenset({"dateline", "publication"})
_MAX_KEYPOINTS = 6
# "Korban meninggal: 14 orang", "Tarikh: 12 Mac 2025": a short label, a colon, a short value
_FACT_ITEM = re.compile(r"^(?:[-–•*·▪]\s*)?[A-Z][\w'’./()&-]*(?:\s+[\w'’./()&-]+){0,4}\s*:\s*\S.{0,100}$")
_FACT_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]{3,}")
_MIN_FACTS = 2
_FACT_REPEAT = 0.5  # the share of a box's value words the rest of the article must also hold


class Verdict(Protocol):
    boilerplate: bool
    reason: str


def apply_context_rules(
    lines: list[str], idx: list[int], verdicts: Sequence[Verdict], dateline: re.Pattern[str]
) -> None:
    """Mark the lines that are boilerplate by context; `idx` lists the non-blank lines."""
    _hashtag_lines(lines, idx, verdicts)
    _keypoint_block(lines, idx, verdicts, dateline)
    _caption_before_credit(lines, idx, verdicts, dateline)
    _caption_after_stamp(lines, idx, verdicts, dateline)
    _info_box(lines, idx, verdicts)
    _trailing_stubs(lines, idx, verdicts)


def _mark(verdicts: Sequence[Verdict], i: int, reason: str) -> None:
    verdicts[i].boilerplate, verdicts[i].reason = True, reason


def is_stub(line: str) -> bool:
    """A one- to three-word label: no sentence end, no quote, no comma (a link or a tag)."""
    return (
        0 < len(line.split()) <= 3
        and len(line) <= 32
        and not _STUB_END.search(line)
        and not _QUOTE_CHARS.search(line)
    )


def _hashtag_lines(lines: list[str], idx: list[int], verdicts: Sequence[Verdict]) -> None:
    """One '#Tag' per line: a tag list when two stand together or one stands next to furniture."""
    tags = [bool(_HASHTAG_LINE.match(lines[i].strip())) and is_stub(lines[i].strip()[1:]) for i in idx]
    for n, i in enumerate(idx):
        if not tags[n] or verdicts[i].boilerplate:
            continue
        near = [m for m in (n - 1, n + 1) if 0 <= m < len(idx)]
        if any(tags[m] or verdicts[idx[m]].boilerplate for m in near):
            _mark(verdicts, i, "hashtags")


def _keypoint_block(
    lines: list[str], idx: list[int], verdicts: Sequence[Verdict], dateline: re.Pattern[str]
) -> None:
    """Under a key-points header ('Baca 10 detik', 'Key points') come a few short sentences that
    restate the story, up to the dateline paragraph (or a few bulleted lines). Anything else means
    the header was a body subheading ('Summary' in a blog post): the header is given back."""
    headers = [(n, i) for n, i in enumerate(idx) if verdicts[i].reason == "keypoints"]
    for n, i in headers:
        items: list[int] = []
        confirmed = False
        for j in idx[n + 1 :]:
            line = lines[j].strip()
            if dateline.match(line) or verdicts[j].boilerplate:
                confirmed = bool(items) and (dateline.match(line) is not None or _all_bullets(lines, items))
                break
            if _QUOTE_CHARS.search(line) or len(line.split()) > 30 or len(items) >= _MAX_KEYPOINTS:
                break
            items.append(j)
        else:
            confirmed = _all_bullets(lines, items)
        if not confirmed:
            verdicts[i].boilerplate, verdicts[i].reason = False, ""
            continue
        for j in items:
            _mark(verdicts, j, "keypoint")


def _all_bullets(lines: list[str], items: list[int]) -> bool:
    return len(items) >= 2 and all(_BULLET.match(lines[j].strip()) for j in items)


def _caption_before_credit(
    lines: list[str], idx: list[int], verdicts: Sequence[Verdict], dateline: re.Pattern[str]
) -> None:
    """A description line right under header furniture and right above a bare credit line
    ('Foto: AP Photo/Name') is that photo's caption."""
    for n in range(1, len(idx) - 1):
        prev, cur, nxt = idx[n - 1], idx[n], idx[n + 1]
        credit = _BARE_CREDIT.match(lines[nxt].strip())
        if not credit or not verdicts[nxt].boilerplate or not verdicts[prev].boilerplate:
            continue
        if len(credit.group("who").split()) > 6 or verdicts[cur].boilerplate:
            continue
        if _caption_text(lines[cur].strip(), dateline):
            _mark(verdicts, cur, "caption")


def _caption_after_stamp(
    lines: list[str], idx: list[int], verdicts: Sequence[Verdict], dateline: re.Pattern[str]
) -> None:
    """In the header, one description line between the removed date stamp and the dateline
    paragraph ('PUTRAJAYA: ...') is the lead photo's caption, shorter than the paragraph under it."""
    for n in range(1, min(len(idx) - 1, 10)):
        prev, cur, nxt = idx[n - 1], idx[n], idx[n + 1]
        if verdicts[prev].reason not in _STAMPS or verdicts[cur].boilerplate or verdicts[nxt].boilerplate:
            continue
        text, lead = lines[cur].strip(), lines[nxt].strip()
        if (
            dateline.match(lead)
            and 5 <= len(text.split()) < len(lead.split())
            and _caption_text(text, dateline)
        ):
            _mark(verdicts, cur, "caption")


def _caption_text(line: str, dateline: re.Pattern[str]) -> bool:
    return 3 <= len(line.split()) <= 40 and not _QUOTE_CHARS.search(line) and not dateline.match(line)


def _trailing_stubs(lines: list[str], idx: list[int], verdicts: Sequence[Verdict]) -> None:
    """After the last body sentence, short labels ('Terkini', 'Popular', 'Latest', tag words) that
    follow a share/related/comments line or a known sidebar label belong to the page's sidebar."""
    tail: list[int] = []
    for i in reversed(idx[1:]):
        if not (verdicts[i].boilerplate or is_stub(lines[i].strip())):
            break
        tail.append(i)
    labels = sidebar_labels()
    anchored = False
    for i in reversed(tail):
        line = lines[i].strip()
        if verdicts[i].boilerplate:
            anchored = anchored or verdicts[i].reason in _ANCHORS
        elif line.casefold().rstrip(" :»›>") in labels:
            anchored = True
            _mark(verdicts, i, "sidebar")
        elif anchored and is_stub(line):
            _mark(verdicts, i, "sidebar")


def _info_box(lines: list[str], idx: list[int], verdicts: Sequence[Verdict]) -> None:
    """A fact box: a title ('INFO', 'FAKTA', 'Sekilas') over two or more short 'Label: value' lines
    that repeat the story. A title over anything else (a subheading, a list the body needs) stays."""
    for n, i in enumerate(idx):
        if not _box_title(lines[i]):
            continue
        items = []
        for j in idx[n + 1 :]:
            line = lines[j].strip()
            if verdicts[j].boilerplate and len(line.split()) <= 2:
                continue  # a "Foto" label inside the box
            if not _FACT_ITEM.match(line) or len(line.split()) > 16 or _QUOTE_CHARS.search(line):
                break
            items.append(j)
        if len(items) >= _MIN_FACTS and _repeats_story(lines, idx, items):
            for j in (i, *items):
                _mark(verdicts, j, "infobox")


def _box_title(line: str) -> bool:
    """A known title, alone or with one or two topic words after it ("INFO BANJIR")."""
    most = _longest_title() + 2
    words = line.strip().rstrip(":").split(None, most)
    if len(words) > most:  # a sentence: longer than any title and two topic words
        return False
    words = " ".join(words).casefold().split()  # casefolding neither makes nor takes blanks
    titles = infobox_titles()
    return any(" ".join(words[:k]) in titles for k in range(max(1, len(words) - 2), len(words) + 1))


@cache
def _longest_title() -> int:
    return max((len(title.split()) for title in infobox_titles()), default=0)


def _repeats_story(lines: list[str], idx: list[int], items: list[int]) -> bool:
    box = set(items)
    rest = {t for k in idx if k not in box for t in _FACT_TOKEN.findall(lines[k].casefold())}
    values = [t for j in items for t in _FACT_TOKEN.findall(lines[j].partition(":")[2].casefold())]
    return bool(values) and sum(t in rest for t in values) >= _FACT_REPEAT * len(values)
