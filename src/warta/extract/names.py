"""Names the knowledge base does not hold: capitalised runs typed by the words around them.

A run of capitalised words is cut at role titles and honorifics ("Kapolres Jayawijaya AKBP Tonny
Ananda Swadaya" -> place "Jayawijaya", person "Tonny Ananda Swadaya"), loses ordinary words
written with a capital (sentence starts, Title Case headlines), and each piece is typed by, in
order: the knowledge base, a head word ("Kabupaten ...", "Partai ..."), a title before it, the
NER model's label, a verb of saying or an appositive next to it. A piece nothing vouches for is
dropped: a missed name costs as much as a wrong one, and a wrong one is more visible.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from warta.extract import linking
from warta.extract.linking import Cand, Doc, Linked, lookup, person
from warta.model import Mention

# A word of a name: capitalised ("Abu", "PBB", "Be'eri"), an initial ("M."), or an Arabic
# article glued to a capitalised word ("al-Arouri").
_NAME_WORD = r"(?:(?:al|el|ad|ar|as|ash|an|at)[-‘’'][A-Z][\w'’-]*|[A-Z]\.|[A-Z][\w'’-]*)"
_CONNECT = r"(?:bin|binti|bte|ibn|van|von|der|de|da|dos)"
_RUN = re.compile(rf"{_NAME_WORD}(?:[ \u00a0]+(?:{_CONNECT}[ \u00a0]+)?{_NAME_WORD})*")
_WORD_SPACE = re.compile(r"\S+\s*")
_SPEECH_BEFORE = re.compile(
    r"(?:^|\s)(?:kata|ujar|ucap|ungkap|jelas|tutur|tegas|terang|imbuh|tambah|sebut|menurut|said|says|"
    r"told|according to)\s*$",
    re.IGNORECASE,
)
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|menyebut|berkata|"
    r"said|says|told|menambahkan|kata|katanya|ujarnya)\b",
    re.IGNORECASE,
)
_DOMAIN_AFTER = re.compile(r"\.(?:com|co|id|my|net|org|tv)\b", re.IGNORECASE)
_HEAD_BEFORE = 60


class Ner:
    """The NER model's mentions, computed line by line and only for lines that need them."""

    def __init__(self, text: str, recognize: Callable[[str], list[Mention]] | None) -> None:
        self.text = text
        self.recognize = recognize
        self.lines: dict[int, list[Mention]] = {}

    def overlapping(self, start: int, end: int) -> list[Mention]:
        if self.recognize is None:
            return []
        line_start = self.text.rfind("\n", 0, start) + 1
        if line_start not in self.lines:
            line_end = self.text.find("\n", start)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            self.lines[line_start] = [
                Mention(m.start + line_start, m.end + line_start, m.text, m.label)
                for m in self.recognize(line)
            ]
        return [m for m in self.lines[line_start] if m.start < end and m.end > start]


def runs(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised runs not covered by an earlier mention, split where one sits inside."""
    out: list[tuple[int, int]] = []
    taken = sorted(doc.taken)
    ends = [e for _, e in taken]
    for m in _RUN.finditer(doc.text):
        start = m.start()
        for s, e in taken[bisect.bisect_right(ends, start) :]:
            if s >= m.end():
                break
            if e <= start:
                continue
            if s > start:
                out.append((start, s))
            start = max(start, e)
        if start < m.end():
            out.append((start, m.end()))
    return [(s, e) for s, e in (trim(doc.text, s, e) for s, e in out) if e > s]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if text[end : end + 1] == "." and (end - start == 1 or text[end - 2] in " ."):
        end += 1  # an initial keeps its dot
    return start, end


def local_body_cands(doc: Doc) -> None:
    """A body named with a place or another known name inside ("Kepolisian Resor Jayawijaya"): one body.

    Run before the gazetteer; a run the knowledge base knows as a whole is left to it.
    """
    rx = linking.phrase_regex("org_heads_local")
    for m in _RUN.finditer(doc.text):
        if not rx.match(doc.text, m.start()) or len(m.group(0).split()) < 3:
            continue
        start, end = m.start(), _org_end(doc.text, m.start(), m.end())
        surface = doc.text[start:end]
        if len(surface.split()) < 2 or not doc.free(start, end):
            continue
        known = lookup(surface, "ORG")
        link = known if known is not None else Linked(surface, "organization")
        doc.add(Cand(start, end, surface, "ORG", link, "rule"))


def _org_end(text: str, start: int, end: int) -> int:
    """A body's name stops before a title or honorific ("Kepolisian Resor Jayawijaya AKBP ...")."""
    for w in _WORD_SPACE.finditer(text, start, end):
        if w.start() > start and _title_at(text, w.start(), end) is not None:
            return trim(text, start, w.start())[1]
    return end


def seat_cands(doc: Doc) -> None:
    """The constituency after "Ahli Parlimen" ("Ahli Parlimen Padang Rengas, Datuk Seri ..."): a place.

    Run before the gazetteer so a known word inside it ("Padang") does not split it.
    """
    for m in linking.phrase_regex("seat_titles").finditer(doc.text):
        run = _RUN.match(doc.text, _skip_space(doc.text, m.end(), len(doc.text)))
        if run is None or doc.text[m.end() : run.start()].strip():
            continue
        segs = _segments(doc.text, run.start(), run.end())
        if not segs or segs[0][2] != "":
            continue
        start, end = segs[0][0], _common_cut(doc.text, segs[0][0], segs[0][1])
        surface = doc.text[start:end]
        known = lookup(surface)
        if known is not None and known.type != "location":
            continue  # "Ahli Parlimen Umno": the party
        first = surface.split()[0] if surface.split() else ""
        if doc.free(start, end) and first and first.casefold() not in linking.word_set("stop_words"):
            link = known or Linked(linking.english_place(surface), "location")
            doc.add(Cand(start, end, surface, "LOC", link, "rule"))


def rule_cands(doc: Doc, ner: Ner) -> None:
    """Add a mention for every piece of an uncovered run that something vouches for."""
    for s, e in runs(doc):
        if _DOMAIN_AFTER.match(doc.text, e):
            continue  # "Pahami.id", "Aktual.com": an address, the outlet signing
        segs = _segments(doc.text, s, e)
        if segs and segs[0][2] == "" and segs[0][0] == s and _titled_before(doc, s):
            segs[0] = (segs[0][0], segs[0][1], "title")
        for i, (start, end, kind) in enumerate(segs):
            nxt_kind = segs[i + 1][2] if i + 1 < len(segs) else "end"
            for cand in _segment_cands(doc, start, end, kind, nxt_kind, ner):
                doc.add(cand)


def _segments(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A run cut at role titles and honorifics; each piece with the kind of word before it."""
    out: list[tuple[int, int, str]] = []
    seg_start, kind, pos = start, "", start
    if _headed(text[start:end]) and _title_at(text, start, end) is None:
        return [(start, end, "")]  # "Universiti Perguruan Sultan Idris": a title inside a body's name
    while pos < end:
        hit = _title_at(text, pos, end)
        if hit is not None:
            if pos > seg_start:
                out.append((seg_start, pos, kind))
            seg_start, kind = hit
            pos = seg_start
            continue
        m = _WORD_SPACE.match(text, pos, end)
        pos = m.end() if m else end
    if seg_start < end:
        out.append((seg_start, end, kind))
    return [(s, e, k) for s, e, k in ((*trim(text, s, e), k) for s, e, k in out) if e > s]


def _title_at(text: str, pos: int, end: int) -> tuple[int, str] | None:
    """(where the name after it starts, kind) when a fused title, title or honorific starts at `pos`."""
    found: list[tuple[int, str]] = []
    for kind, rx in (
        ("seat", linking.phrase_regex("seat_titles")),
        ("fused", linking.phrase_regex("fused_titles")),
        ("title", linking.title_regex()),
        ("honorific", linking.phrase_regex("honorifics")),
    ):
        m = rx.match(text, pos, end)
        if m and (m.end() == end or not (text[m.end()].isalnum() or text[m.end()] == "-")):
            found.append((m.end(), kind))
    if not found:
        return None
    stop, kind = max(found, key=lambda f: f[0])
    if text[stop : stop + 1] == ".":
        stop += 1
    while stop < end and text[stop] in " \u00a0":
        stop += 1
    return stop, kind


def _titled_before(doc: Doc, start: int) -> bool:
    """A person title ends right before `start`, maybe with a country/organisation between."""
    text = doc.text
    left = text[max(0, start - _HEAD_BEFORE) : start]
    for c in doc.cands:
        if c.end <= start and not text[c.end : start].strip() and c.label in ("LOC", "ORG"):
            left = text[max(0, c.start - _HEAD_BEFORE) : c.start]
            break
    left = left.rstrip()
    return any(m.end() == len(left) for m in linking.title_regex().finditer(left))


def _segment_cands(doc: Doc, start: int, end: int, kind: str, nxt_kind: str, ner: Ner) -> list[Cand]:
    text = doc.text
    titled = kind in ("title", "honorific")
    if kind == "seat" or (titled and nxt_kind == "honorific" and not _headed(text[start:end])):
        return _seat(text, start, end)  # "Ahli Parlimen Pekan, Datuk Seri Najib Razak"
    if kind == "fused":
        place = _after_fused(text, start, end, nxt_kind)
        if place is not None:
            return [place]
        titled = True  # "Menlu Retno Marsudi"
    out: list[Cand] = []
    core = start
    while core < end:
        skipped = skip_ordinary(text, core, end)
        if skipped >= end:
            break
        titled = titled and skipped == core  # "kepala Intelijen Umum": the title heads a common noun
        core = skipped
        cut = end if _headed(text[core:end]) else _common_cut(text, core, end)
        one_word_cut = cut < end and len(text[core:cut].split()) == 1
        out += _classify(doc, core, cut, titled and not one_word_cut, ner)
        core, titled = _skip_space(text, cut, end), False
    return out


def _titled(c: Cand) -> Cand:
    c.source = "title"
    return c


def _seat(text: str, start: int, end: int) -> list[Cand]:
    """The place or body a title names before the holder's name: a known one, else a place."""
    surface = text[start:end]
    if all(common(w) or w.casefold() in linking.word_set("stop_words") for w in surface.split()):
        return []
    known = lookup(surface)
    link = known if known is not None else Linked(surface, "location")
    return [Cand(start, end, surface, linking.TYPES_REV[link.type], link, "rule")]


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and not text[pos].isalnum():
        pos += 1
    return pos


def _after_fused(text: str, start: int, end: int, nxt_kind: str) -> Cand | None:
    """The place a fused title names: "Menlu Iran" -> Iran, "Kapolres Lanny Jaya" -> Lanny Jaya Regency."""
    surface = text[start:end]
    known = lookup(surface, "LOC")
    if known is not None and known.type == "location":
        return Cand(start, end, surface, "LOC", known, "rule")
    words = text[max(0, start - 14) : start].split()
    regency = bool(words) and words[-1].casefold() in linking.word_set("regency_titles")
    if nxt_kind in ("honorific", "end", "title") and regency:
        return Cand(start, end, surface, "LOC", Linked(f"{surface} Regency", "location"), "rule")
    return None


def common(word: str) -> bool:
    return word.casefold().strip(".,") in linking.word_set("common_words_corpus")


def skip_ordinary(text: str, start: int, end: int) -> int:
    """Past leading words that are not names: stop words, and ordinary words written capitalised."""
    stop = linking.word_set("stop_words")
    while start < end and not _headed(text[start:end]):
        m = _WORD_SPACE.match(text, start, end)
        if m is None:
            return end
        w = m.group(0).strip()
        plural = "-" in w and len(set(w.casefold().split("-"))) == 1  # "Raja-Raja": a common plural
        if not (plural or w.casefold().strip(".,") in stop or (common(w) and not w.isupper())):
            return start
        start = m.end()
    return end


def _common_cut(text: str, start: int, end: int) -> int:
    """Where a run of name words meets an ordinary word ("Mikhail Bogdanov Delegasi")."""
    for m in _WORD_SPACE.finditer(text, start, end):
        if m.start() > start and common(m.group(0).strip()) and not m.group(0).isupper():
            return trim(text, start, m.start())[1]
    return end


def _headed(surface: str) -> bool:
    return org_head(surface) or linking.place_name(surface) is not None


def org_head(surface: str) -> bool:
    m = linking.phrase_regex("org_heads").match(surface)
    tail = linking.phrase_regex("org_tails").search(surface)
    return bool(m) or bool(tail and tail.end() == len(surface))


def _classify(doc: Doc, start: int, end: int, titled: bool, ner: Ner) -> list[Cand]:
    surface = doc.text[start:end]
    if end <= start or linking.counted_acronym(doc.text, start, end):
        return []
    known = lookup(surface)
    if known is not None:
        return [Cand(start, end, surface, linking.TYPES_REV[known.type], known, "rule")]
    place = linking.place_name(surface)
    if place is not None:
        if any(c.isdigit() for c in surface):
            return []  # a street address ("Jalan SD2/21")
        found = lookup(place) or lookup(" ".join(surface.split()[1:]), "LOC")
        link = found if found and found.type == "location" else Linked(place, "location")
        return [Cand(start, end, surface, "LOC", link, "rule")]
    if org_head(surface):
        nxt = doc.text[end : end + 2]
        if len(surface.split()) < 2 or (nxt.startswith(" ") and not doc.free(end + 1, end + 2)):
            return []  # "Biro Politik Hamas": an office of a known body, not a body of its own
        if _generic(surface):
            return []  # "Mahkamah Majistret", "Majlis Tertinggi": a kind of body, no name
        return [Cand(start, end, surface, "ORG", Linked(surface, "organization"), "rule")]
    inside = ner.overlapping(start, end)
    if titled and (len(surface.split()) >= 2 or not inside or inside[0].label == "PER"):
        return [_titled(c) for c in person(start, end, surface)]
    if not inside:
        return person(start, end, surface) if _speech_context(doc.text, start, end) else []
    out: list[Cand] = []
    for m in inside:
        out += _from_ner(doc, max(m.start, start), min(m.end, end), m.label)
    return out


def _generic(surface: str) -> bool:
    """Every word after the head word is a head, title, ordinary or stop word."""
    rest = linking.phrase_regex("org_heads").sub("", surface, count=1).split()
    titles = linking.word_set("person_titles")
    stop = linking.word_set("stop_words")
    return all(common(w) or w.casefold() in titles or w.casefold() in stop for w in rest)


def _from_ner(doc: Doc, start: int, end: int, label: str) -> list[Cand]:
    surface = doc.text[start:end]
    words = surface.split()
    if not words or all(w.casefold() in linking.word_set("stop_words") or common(w) for w in words):
        return []
    known = lookup(surface, label)
    if known is not None:
        return [Cand(start, end, surface, linking.TYPES_REV[known.type], known, "ner")]
    if label == "PER":
        return person(start, end, surface)
    if label in ("ORG", "LOC") and not surface.isupper():
        name = linking.english_place(surface) if label == "LOC" else surface
        found = lookup(name, label) if name != surface else None
        link = found or Linked(name, linking.TYPES[label])
        return [Cand(start, end, surface, label, link, "ner")]
    return []


def _speech_context(text: str, start: int, end: int) -> bool:
    """A verb of saying or an appositive next to a two-word name: "Osama Hamdan, yang mewakili ..."."""
    if len(text[start:end].split()) < 2:
        return False
    after = text[end : end + 40]
    if _SPEECH_AFTER.match(after):
        return True
    m = re.match(r"\s*,\s*", after)
    if m and (after[m.end() :].startswith("yang ") or linking.title_regex().match(after, m.end())):
        return True
    return bool(_SPEECH_BEFORE.search(text[max(0, start - 20) : start]))
