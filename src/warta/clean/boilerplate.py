"""Decide, line by line, what is article body and what is boilerplate.

Pattern rules come from `knowledge/boilerplate.tsv`; the rules here are the structural ones a
pattern cannot express: repeated captions, credit lines, date stamps, a section label above the
headline, a byline under it, font-size buttons, hashtag lines, the block after "ditulis oleh".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from warta.calendar import dateline_regex
from warta.clean.rules import credit_names, line_rules

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
# "TEMPO.CO, Jakarta –", "Gaza, Purna Warta", "SHAH ALAM -", "GAZA:", "PADANG, METRO–"
DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*,\s*\d{1,2}\s+\w+)?\s*(?:--|[–—:-])"
)
# "KORBAN BANJIR— Tim SAR mengevakuasi ...": an upper-case label glued to a dash, above the dateline
_LABELLED_CAPTION = re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})+[—–]\s*\S")
_TERMINAL = re.compile(r"[.!?…:;\"”’)]\s*$")
_NAME_WORD = re.compile(r"^[A-Z][a-z'’.-]+$|^[A-Z]\.?$")


@dataclass(slots=True)
class LineVerdict:
    line: str
    boilerplate: bool
    reason: str = ""


def canon(line: str) -> str:
    return _WS.sub(" ", line.translate(_QUOTES)).strip().casefold()


def classify_lines(lines: list[str]) -> list[LineVerdict]:
    """A verdict for each line (blank lines are neither and come back as body)."""
    verdicts = [LineVerdict(ln, False) for ln in lines]
    body_idx = [i for i, ln in enumerate(lines) if ln.strip()]
    for i in body_idx:
        reason = line_reason(lines[i].strip())
        if reason:
            verdicts[i].boilerplate, verdicts[i].reason = True, reason
    _repeated_captions(lines, body_idx, verdicts)
    _top_of_page(lines, body_idx, verdicts)
    _signoff_block(lines, body_idx, verdicts)
    _caption_before_dateline(lines, body_idx, verdicts)
    _propagate_duplicates(lines, body_idx, verdicts)
    return verdicts


def line_reason(line: str) -> str:
    """Why a single line is boilerplate on its own, or '' when it may be body."""
    for rule in line_rules():
        if rule.pattern.search(line):
            return rule.reason
    bare = line.strip(" -–—()[]|.")
    if bare.casefold() in credit_names() or _is_credit(line):
        return "credit"
    if dateline_regex().match(line):
        return "dateline"
    words = line.split()
    if len(words) == 1 and len(line) == 1 and line.isalpha():
        return "button"
    if line.startswith("#") and sum(w.startswith("#") for w in words) >= min(3, len(words)):
        return "hashtags"
    return ""


def _is_credit(line: str) -> bool:
    # "(Tribunnews.com/Garudea Prabawati)", "(DNA)", "— BERNAMA", "- Reuters"
    if re.fullmatch(r"\(\s*[\w.]+(?:\s*/\s*[\w. ]+)?\s*\)", line) and len(line) < 60:
        return "/" in line or len(line.split()) == 1
    return bool(re.fullmatch(r"[-–—]+\s*[A-Z][\w./ ]{1,30}", line)) and line.upper() == line


def _repeated_captions(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """Two neighbouring copies of one long line (not the headline): a photo caption shown twice."""
    for a, b in itertools.pairwise(idx):
        if a == idx[0] or len(lines[a].split()) < 5:
            continue
        if canon(lines[a]) == canon(lines[b]):
            for i in (a, b):
                verdicts[i].boilerplate, verdicts[i].reason = True, "caption"


def _top_of_page(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """A one/two-word section label above the headline; a bare name line (byline) under it."""
    live = [i for i in idx if not verdicts[i].boilerplate]
    if len(live) < 3:
        return
    first = lines[live[0]].strip()
    short_label = len(first.split()) <= 2 and not _TERMINAL.search(first) and "," not in first
    if short_label and looks_like_headline(lines[live[1]].strip()):
        verdicts[live[0]].boilerplate, verdicts[live[0]].reason = True, "section"
        live = live[1:]
    datelines = [i for i in live if DATELINE.match(lines[i].strip())]
    for i in live:
        if datelines and i < datelines[-1] and _LABELLED_CAPTION.match(lines[i].strip()):
            verdicts[i].boilerplate, verdicts[i].reason = True, "caption"
    second = lines[live[1]].strip()
    if looks_like_headline(lines[live[0]].strip()) and is_name_line(second):
        verdicts[live[1]].boilerplate, verdicts[live[1]].reason = True, "byline"


def _signoff_block(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """After 'Artikel ini ditulis oleh:' / a bare 'Penulis:' come only names and credits."""
    for n, i in enumerate(idx):
        if verdicts[i].reason == "byline" and lines[i].strip().endswith(":"):
            for j in idx[n + 1 :]:
                if len(lines[j].split()) > 4 or _TERMINAL.search(lines[j].strip()):
                    break
                verdicts[j].boilerplate, verdicts[j].reason = True, "byline"


def _caption_before_dateline(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """A headline-like line between a byline/editor line and the dateline is the media caption."""
    for n in range(1, len(idx) - 1):
        prev, cur, nxt = idx[n - 1], idx[n], idx[n + 1]
        if verdicts[prev].reason != "byline" or verdicts[cur].boilerplate:
            continue
        if looks_like_headline(lines[cur].strip()) and DATELINE.match(lines[nxt].strip()):
            verdicts[cur].boilerplate, verdicts[cur].reason = True, "caption"


def _propagate_duplicates(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """The scorer (and a reader) sees a line by content: a copy of a boilerplate line is boilerplate."""
    dropped = {canon(lines[i]): verdicts[i].reason for i in idx if verdicts[i].boilerplate}
    for i in idx:
        key = canon(lines[i])
        if not verdicts[i].boilerplate and key in dropped and len(key.split()) > 3:
            verdicts[i].boilerplate, verdicts[i].reason = True, dropped[key]


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 30
        and not re.search(r"[.;]\s*$", line)
        and (line[:1].isupper() or line[:1].isdigit())
    )


def is_name_line(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)
