"""Decide, line by line, what is article body and what is boilerplate.

Pattern rules come from `knowledge/boilerplate.tsv`; the rules here are the structural ones a
pattern cannot express: repeated captions, credit lines, date stamps, a section label above the
headline, a byline under it, font-size buttons, hashtag lines, the block after "ditulis oleh".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from warta.calendar import dateline_regex
from warta.clean import shapes
from warta.clean.context import apply_context_rules
from warta.clean.rules import line_rules, line_screen
from warta.clean.shapes import byline_shape, caption_credit, credit_names_only, is_outlet_name, site_label

_WS = re.compile(r"\s+")
# "TEMPO.CO, Jakarta –", "Gaza, Purna Warta", "SHAH ALAM -", "GAZA:", "PADANG, METRO–", "MANILA, Nov 23 (Reuters) -"
DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*,\s*(?:\d{1,2}\s+\w+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?(?:\s*\((?P<paren>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\))?\s*(?:--|[–—:-])"
)
# "KORBAN BANJIR— Tim SAR mengevakuasi ...": an upper-case label glued to a dash, above the dateline
_LABELLED_CAPTION = re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})+[—–]\s*\S")
# "LOKASI LONGSOR - Petugas ...": with a spaced hyphen (a dateline's shape), only right under a photo credit
_SPACED_CAPTION = re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})+\s+[-–—]\s+[A-Z]")
_LABEL = re.compile(r"[A-Z][a-z]{2,20}")
_PHOTO_BUTTON = re.compile(
    r"^(?:(?:lihat|view)\s+(?:foto|photos?)|(?:show|view|lihat|tunjuk)\s+(?:caption|keterangan|kapsyen))\s*$",
    re.I,
)
# the editors' initials closing an Indonesian story: "(ryn/dal)", "(dpe/iwd)", "(rds)"
_SIGNOFF_CODE = re.compile(r"^\((?:[a-z]{2,5})(?:\s*/\s*[a-z]{2,5})*\)$")
_PHOTO_CREDIT = re.compile(r"^(?:foto|photo|gambar|image)\s*:\s*\S", re.I)
_SIGNOFF_SPLIT = re.compile(r"\s*[|,/]\s*|\s+")
_CAPS_WORD = re.compile(r"^[A-Z][A-Z'’.-]*[A-Z.]$")
# a related-links header with nothing after it: the teasers follow on their own lines
_BARE_HEADER = re.compile(
    r"^(?:(?:baca|lihat|simak)\s+(?:juga|pula|berikutnya|selanjutnya)|(?:artikel|berita)\s+(?:berkaitan|terkait|lainnya|pilihan|populer"
    r"|terpopuler|menarik|terkini)|terpopuler|paling\s+popular|most\s+(?:read|popular|viewed)|trending(?:\s+now)?"
    r"|pilihan\s+editor|related(?:\s+(?:stories|articles|news|posts|reading))?|read\s+(?:more|also)"
    r"|also\s+read|more\s+stories|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like"
    r"|(?:simak|tonton|saksikan|lihat|watch)\s+(?:juga\s+)?video(?:\s+(?:pilihan|terkait|berikut|related))?"
    r"(?:\s+(?:ini|berikut))?)\s*:?\s*$",
    re.I,
)
# a tag/topic list header with nothing after it: one tag per line follows
_TAGS_HEADER = re.compile(
    r"^(?:(?:tags?|topics?|topik|label|kata\s+kunci)(?:\s+(?:terkait|berkaitan|related|populer|pilihan))?|keywords?"
    r"|tags?\s*/\s*keywords?|related\s+(?:topics|tags))\s*:?\s*$",
    re.I,
)
_PAREN_NAME = re.compile(r"\(\s*[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){1,3}\s*\)")
_SEPARATOR = re.compile(r"[-–—·•|*~]{1,3}")
_NAME_WORD = re.compile(r"^[A-Z][a-z'’.-]+$|^[A-Z]\.?$")
_MEMO_CHARS = 160  # lines up to this long have their verdict remembered (page furniture is short)


@dataclass(slots=True)
class LineVerdict:
    line: str
    boilerplate: bool
    reason: str = ""


@lru_cache(maxsize=2048)  # several passes compare the same lines
def canon(line: str) -> str:
    # chained replace: str.translate with a dict looks up every character of a long line
    curly = line.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return _WS.sub(" ", curly).strip().casefold()


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
    _teaser_block(lines, body_idx, verdicts)
    _photo_button_caption(lines, body_idx, verdicts)
    _caption_above_credit(lines, body_idx, verdicts)
    _header_labels(lines, body_idx, verdicts)
    _caps_signoff(lines, body_idx, verdicts)
    _lowercase_tags(lines, body_idx, verdicts)
    _tags_after_signoff(lines, body_idx, verdicts)
    apply_context_rules(lines, body_idx, verdicts, DATELINE)
    _propagate_duplicates(lines, body_idx, verdicts)
    return verdicts


def line_reason(line: str) -> str:
    """Why a single line is boilerplate on its own, or '' when it may be body."""
    # a site's furniture lines come back on every page of it: short lines are looked at once
    return _short_line_reason(line) if len(line) <= _MEMO_CHARS else _line_reason(line)


@lru_cache(maxsize=8192)
def _short_line_reason(line: str) -> str:
    return _line_reason(line)


def _line_reason(line: str) -> str:
    reason = _own_reason(line)
    if not reason:  # "Tempo.co | Dapatkan berita ... WhatsApp": the site's name, a bar, then a promo
        head, bar, rest = line.partition(" | ")
        if bar and is_outlet_name(head) and rest.strip():
            reason = _own_reason(rest.strip())
    return reason


def _own_reason(line: str) -> str:
    if line_screen().could_match(line):
        for rule in line_rules():
            if rule.pattern.search(line):
                return rule.reason
    bare = line.strip(" -–—()[]|.@")  # "@Harian Metro": the outlet's own handle
    if _is_credit(line) or is_outlet_name(bare) or credit_names_only(bare) or shapes.bare_photo_credit(line):
        return "credit"  # outlet names cover credit_names
    if byline_shape(line):
        return "byline"
    if site_label(line):
        return "credit"
    if dateline_regex().match(line):
        return "dateline"
    if caption_credit(line):
        return "caption"
    if len(line) == 1 and line.isalpha():  # one letter: one word
        return "button"
    if _SEPARATOR.fullmatch(line):  # a lone "-" or "·" between the byline and the time stamp
        return "separator"
    if line.startswith("#"):
        words = line.split()
        if sum(w.startswith("#") for w in words) >= min(3, len(words)):
            return "hashtags"
    return ""


def _is_credit(line: str) -> bool:
    # "(Tribunnews.com/Garudea Prabawati)", "(DNA)", "— BERNAMA", "- Reuters"
    if re.fullmatch(r"\(\s*[\w.]+(?:\s*/\s*[\w. ]+)?\s*\)", line) and len(line) < 60:
        return "/" in line or len(line.split()) == 1
    if _PAREN_NAME.fullmatch(line):  # an editor's sign-off "(Rani Hardjanti)"
        return True
    return bool(re.fullmatch(r"[-–—]+\s*[A-Z][\w./ ]{1,30}", line)) and line.upper() == line


def _repeated_captions(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """Two neighbouring copies of one long line (not the headline): a photo caption shown twice."""
    for a, b in itertools.pairwise(idx):
        if a == idx[0] or len(lines[a].split(None, 4)) < 5:  # under five words (no need to split them all)
            continue
        if canon(lines[a]) == canon(lines[b]):
            for i in (a, b):
                verdicts[i].boilerplate, verdicts[i].reason = True, "caption"


def _top_of_page(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """A one/two-word section label above the headline; a bare name line (byline) under it."""
    live = [i for i in idx if not verdicts[i].boilerplate]
    if len(live) < 3:
        return
    # "detikJateng" / "Berita" then the headline: up to two stacked labels (desk, then section)
    for labels in (2, 1):
        if len(live) - labels < 2 or not all(shapes.short_label(lines[i].strip()) for i in live[:labels]):
            continue
        head = lines[live[labels]].strip()
        # under two short lines, a headline of three words or more (else the second is the headline)
        if looks_like_headline(head) and (labels == 1 or len(head.split()) >= 3):
            for i in live[:labels]:
                verdicts[i].boilerplate, verdicts[i].reason = True, "section"
            live = live[labels:]
            break
    else:  # "Sepak Bola Indonesia" over a long headline and its date stamp
        stamp = [verdicts[i].reason for i in idx[idx.index(live[1]) + 1 :][:1]]
        if shapes.desk_label(lines[live[0]], lines[live[1]], "".join(stamp)):
            verdicts[live[0]].boilerplate, verdicts[live[0]].reason = True, "section"
            live = live[1:]
    datelines = [i for i in live if DATELINE.match(lines[i].strip())]
    for n, i in enumerate(idx):
        if not datelines or i >= datelines[-1] or verdicts[i].boilerplate:
            continue
        prev = idx[n - 1] if n > 0 else -1  # a bare photo credit right above: "TRIBUNKALTIM.CO/NAME"
        under_credit = prev >= 0 and bool(shapes.BARE_CREDIT.match(lines[prev].strip()))
        line = lines[i].strip()
        caption = under_credit and (_SPACED_CAPTION.match(line) or shapes.credit_caption(line))
        if _LABELLED_CAPTION.match(line) or caption:
            verdicts[i].boilerplate, verdicts[i].reason = True, "caption"
    second = lines[live[1]].strip()
    # "Siti Aminah", or in capitals "SITI NURFARAHANA HAMDAN"
    name = is_name_line(second) or (second.isupper() and is_name_line(second.title()))
    if looks_like_headline(lines[live[0]].strip()) and name:
        verdicts[live[1]].boilerplate, verdicts[live[1]].reason = True, "byline"


def _signoff_block(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """After 'Artikel ini ditulis oleh:' / a bare 'Penulis:' come only names and credits."""
    for n, i in enumerate(idx):
        if verdicts[i].reason == "byline" and lines[i].strip().endswith(":"):
            for j in idx[n + 1 :]:
                if len(lines[j].split()) > 4 or shapes.LABEL_END.search(lines[j].strip()):
                    break
                verdicts[j].boilerplate, verdicts[j].reason = True, "byline"


def _lowercase_tags(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """detik's topic tags ("longsor garut", "relokasi"): short all lower-case lines in the page's tail,
    with nothing but boilerplate after them. Body lines carry capitals or a full stop."""
    tail: list[int] = []
    for i in reversed(idx):
        line = lines[i].strip()
        if verdicts[i].boilerplate and not tail:
            continue
        if not _is_lower_tag(line):
            break
        tail.append(i)
    if len(tail) >= 2 or (tail and verdicts[idx[idx.index(tail[-1]) - 1]].boilerplate):
        for i in tail:
            verdicts[i].boilerplate, verdicts[i].reason = True, "related"


def _tags_after_signoff(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """CNN Indonesia's tags ("Kuota Haji", "Arab Saudi") under the editors' code "(ryn/dal)": after the
    last sign-off code, short lines without a final stop, to the end of the page, are tags."""
    codes = [n for n, i in enumerate(idx) if _SIGNOFF_CODE.match(lines[i].strip())]
    if not codes:
        return
    rest = idx[codes[-1] + 1 :]
    live = [i for i in rest if not verdicts[i].boilerplate]
    if len(live) >= 2 and all(_is_short_tag(lines[i].strip()) for i in live):
        for i in live:
            verdicts[i].boilerplate, verdicts[i].reason = True, "related"


def _is_short_tag(line: str) -> bool:
    return (
        len(line.split()) <= 4
        and not shapes.STOP_END.search(line)
        and not shapes.QUOTE.search(line)
        and (line[:1].isupper() or line[:1].isdigit())
    )


def _is_lower_tag(line: str) -> bool:
    return (
        line == line.lower()
        and any(c.isalpha() for c in line)
        and len(line.split()) <= 4
        and not shapes.STOP_END.search(line)
        and not shapes.QUOTE.search(line)
        and not line.startswith(("(", "-", "–", "—"))
    )


def _caption_before_dateline(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """A headline-like line between a byline/editor line and the dateline is the media caption."""
    for n in range(1, len(idx) - 1):
        prev, cur, nxt = idx[n - 1], idx[n], idx[n + 1]
        if verdicts[prev].reason != "byline" or verdicts[cur].boilerplate:
            continue
        if looks_like_headline(lines[cur].strip()) and DATELINE.match(lines[nxt].strip()):
            verdicts[cur].boilerplate, verdicts[cur].reason = True, "caption"


def _teaser_block(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """Under a bare 'Baca juga:' / 'Related stories:' / 'Also Read:' header come teaser headlines
    (short, no final stop, no quote marks) until a blank line or the first sentence-like line."""
    headline = canon(lines[idx[0]]) if idx else ""
    for i in idx:
        if verdicts[i].reason != "related":
            continue
        tags = bool(_TAGS_HEADER.match(lines[i].strip()))
        if not tags and not _BARE_HEADER.match(lines[i].strip()):
            continue
        is_item = _is_tag if tags else _is_teaser
        j, seen = i + 1, 0
        while j < len(lines):
            line = lines[j].strip()
            if not line:
                if seen:
                    break
                j += 1
                continue
            if verdicts[j].boilerplate:
                j, seen = j + 1, seen + 1
                continue
            label = not tags and seen == 0 and _LABEL.fullmatch(line) is not None  # "Related News" / "Nation"
            if not (label or is_item(line)) or (not label and canon(line) == headline):
                break
            verdicts[j].boilerplate, verdicts[j].reason = True, "related"
            j, seen = j + 1, seen + 1


def _caption_above_credit(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """Republika's 'Foto: Dok Kemenlu' under a photo: above the story's dateline, the line right over
    such a credit is the photo's caption."""
    if not any(_PHOTO_CREDIT.match(lines[b].strip()) for b in idx[1:]):
        return  # no credit line: nothing to mark (most pages), no dateline search
    datelines = [i for i in idx if not verdicts[i].boilerplate and DATELINE.match(lines[i].strip())]
    for a, b in itertools.pairwise(idx):
        if not datelines or b >= datelines[-1] or a == idx[0] or verdicts[a].boilerplate:
            continue
        cur = lines[a].strip()
        if _PHOTO_CREDIT.match(lines[b].strip()) and len(cur.split()) <= 40 and not shapes.QUOTE.search(cur):
            verdicts[a].boilerplate, verdicts[a].reason = True, "caption"


def _photo_button_caption(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """Kompas-style 'Lihat Foto' / 'View photo' button, The Star's 'Show caption': the next line is
    the photo's caption."""
    for a, b in itertools.pairwise(idx):
        if verdicts[b].boilerplate or not _PHOTO_BUTTON.match(lines[a].strip()):
            continue
        nxt = lines[b].strip()
        if not DATELINE.match(nxt) and len(nxt.split()) <= 60 and not shapes.QUOTE.search(nxt):
            verdicts[b].boilerplate, verdicts[b].reason = True, "caption"


def _is_tag(line: str) -> bool:
    return len(line.split()) <= 6 and not shapes.STOP_END.search(line) and not shapes.QUOTE.search(line)


def _is_teaser(line: str) -> bool:
    line = line.lstrip("-–•*·▪►> ")  # a bulleted list of links
    return (
        looks_like_headline(line)
        and len(line.split()) <= 20
        and not shapes.STOP_END.search(line)
        and not (shapes.QUOTE.search(line))
    )


def _header_labels(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """A one-word section label under the byline in the header block ('By X' / 'Nation' / date).
    Capitalised words only: an upper-case 'JAKARTA' on its own line is a dateline, which is body."""
    head = idx[1:8]
    for n, i in enumerate(head[1:], start=1):
        line = lines[i].strip()
        if verdicts[i].boilerplate or not _LABEL.fullmatch(line):
            continue
        if verdicts[head[n - 1]].reason in ("byline", "credit"):
            verdicts[i].boilerplate, verdicts[i].reason = True, "section"
    # "Headline" / "Nation" / "Friday, 26 Jul 2024": a label between the headline and the date stamp
    if (
        len(idx) > 3
        and not verdicts[idx[1]].boilerplate
        and _LABEL.fullmatch(lines[idx[1]].strip())
        and verdicts[idx[2]].reason in ("dateline", "publication", "byline")
        and looks_like_headline(lines[idx[0]].strip())
    ):
        verdicts[idx[1]].boilerplate, verdicts[idx[1]].reason = True, "section"


def _caps_signoff(lines: list[str], idx: list[int], verdicts: list[LineVerdict]) -> None:
    """A reporter's name as the sign-off (Tempo style): 'NAMA PENULIS', 'NAMA SATU | NAMA DUA' in
    capitals among the last lines, or a bare 'Nama Penulis' as the very last line after a sentence."""
    live = [i for i in idx[1:] if not verdicts[i].boilerplate]
    for i in live[-3:]:
        line = lines[i].strip()
        if len(line) > 60:
            continue
        words = _SIGNOFF_SPLIT.split(line.strip("()"))
        if 2 <= len(words) <= 8 and all(_CAPS_WORD.match(w) for w in words):
            verdicts[i].boilerplate, verdicts[i].reason = True, "byline"
    last, before = (lines[k].strip() for k in live[-1:-3:-1]) if len(live) >= 3 else ("", "")
    if last and is_name_line(last) and shapes.LABEL_END.search(before):
        verdicts[live[-1]].boilerplate, verdicts[live[-1]].reason = True, "byline"


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
