"""Names the knowledge base does not hold: capitalised runs typed by the words around them.

A run of capitalised words is cut at role titles and honorifics ("Kapolres Jayawijaya AKBP Tonny
Ananda Swadaya" -> place "Jayawijaya", person "Tonny Ananda Swadaya"), loses ordinary words
written with a capital (sentence starts, Title Case headlines), and each piece is typed by, in
order: the knowledge base, a head word ("Kabupaten ...", "Partai ..."), a title before it, the
NER model's label, a verb of saying or an appositive next to it. A piece nothing vouches for is
dropped: a missed name costs as much as a wrong one, and a wrong one is more visible.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warta.extract import linking, name_parts, titles
from warta.extract.heads import (
    WORD_SPACE,
    common,
    lone_ordinary,
    name_part,
    ordinary_prefix,
    org_head,
    skip_space,
    trim,
)
from warta.extract.heads import (
    admin_split as _admin_split,
)
from warta.extract.heads import (
    generic as _generic,
)
from warta.extract.heads import (
    headed as _headed,
)
from warta.extract.heads import (
    known_place_end as _known_place_end,
)
from warta.extract.heads import (
    only_head as _only_head,
)
from warta.extract.linking import Cand, Doc, Linked, lookup, person
from warta.extract.phrases import domestic
from warta.extract.runs import CONNECT as _CONNECT
from warta.extract.runs import RUN as RUN
from warta.extract.runs import Ner as Ner
from warta.extract.runs import run_spans as run_spans
from warta.extract.runs import runs as runs
from warta.extract.titles import title_at as title_at
from warta.model import Mention

LANGUAGE_BEFORE = re.compile(r"\b(?:bahasa|basa|Bahasa) $")  # "bahasa Inggris": a language, no place
_DOMAIN_AFTER = re.compile(r"\.(?:com|co|id|my|net|org|tv)\b", re.IGNORECASE)
_LISTED = re.compile(r"(?:,|\bdan|\band|&)\s*$")  # "..., dan Geofisika": a listed part of the name


def rule_cands(doc: Doc, ner: Ner) -> None:
    """Add a mention for every piece of an uncovered run that something vouches for."""
    text = doc.text
    for s, e in runs(doc):
        # literal screens first: the address opens with a dot; a language word ends in "asa " (before
        # the run, or before a line break right before it, where `$` matches too)
        if (text.startswith(".", e) and _DOMAIN_AFTER.match(text, e)) or (
            text.find("asa ", max(0, s - 6), s) >= 0 and LANGUAGE_BEFORE.search(text, max(0, s - 8), s)
        ):
            continue  # "Pahami.id", "Aktual.com": an address, the outlet signing; "bahasa Arab"
        opened = titles.run_start(text, s, e)  # None: the run lies inside a longer title
        if opened is None:
            continue
        s, titled = opened
        if _one_word(text, s, e):  # most runs: `segments` would give the trimmed word alone
            a, b = trim(text, s, e)
            if b <= a or lone_ordinary(text[a:b]):
                continue
            kind = "title" if a == s and (titled or titles.titled_before(doc, s)) else ""
            for cand in _segment_cands(doc, a, b, kind, "end", ner):
                doc.add(cand)
            continue
        segs = segments(text, s, e)
        # one ordinary word: as a run's only piece it yields no mention even after a title
        if len(segs) == 1 and segs[0][2] == "" and lone_ordinary(doc.text[segs[0][0] : segs[0][1]]):
            continue  # "The", "However": nothing to find, titled or not (the same test `_segment_cands` ends on)
        if segs and segs[0][2] == "" and segs[0][0] == s and (titled or titles.titled_before(doc, s)):
            segs[0] = (segs[0][0], segs[0][1], "title")
        for i, (start, end, kind) in enumerate(segs):
            nxt_kind = segs[i + 1][2] if i + 1 < len(segs) else "end"
            for cand in _segment_cands(doc, start, end, kind, nxt_kind, ner):
                doc.add(cand)


def segments(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A run cut at role titles and honorifics; each piece with the kind of word before it."""
    out: list[tuple[int, int, str]] = []
    seg_start, kind, pos = start, "", start
    surface = text[start:end]
    if _one_word(text, start, end):
        s, e = trim(text, start, end)  # one word opening no title (most runs): told by the word alone
        return [(s, e, "")] if e > s else []
    if _headed(surface):
        if title_at(text, start, end) is None:
            return _admin_split(text, start, end)  # "Universiti Perguruan Sultan Idris": a title in a name
    elif len(surface.split()) == 1 and title_at(text, start, end) is None:
        s, e = trim(text, start, end)  # one word opening no title (most runs): the loop keeps it whole
        return [(s, e, "")] if e > s else []
    while pos < end:
        hit = title_at(text, pos, end)
        if hit is None and pos > seg_start and " " in text[pos:end].strip() and _headed(text[pos:end]):
            # "Aparat Kepolisian Resor ...": a body's name starts inside the run, unless the run
            # already opened with a head ("Komando Operasi Habema": one body, heads and all)
            hit = None if _headed(text[seg_start:pos]) else (pos, "")
        if hit is not None:
            if pos > seg_start:
                out.append((seg_start, pos, kind))
            seg_start, kind = hit
            pos = seg_start
            continue
        m = WORD_SPACE.match(text, pos, end)
        pos = m.end() if m else end
    if seg_start < end:
        out.append((seg_start, end, kind))
    trimmed = []
    for s, e, k in out:
        s, e = trim(text, s, e)
        if e > s:
            trimmed.append((s, e, k))
    return trimmed


def _one_word(text: str, start: int, end: int) -> bool:
    """The run is one word opening no title, told by the word alone (`_plain_word`)."""
    plain, whole = _plain_word(text[start:end])
    return plain and (end == len(text) or not whole or not (text[end].isalnum() or text[end] == "_"))


@lru_cache(maxsize=65536)
def _plain_word(surface: str) -> tuple[bool, bool]:
    """(the piece is one word, no head word, whose first run of word characters opens no title;
    that run is the whole piece). Then `segments` keeps it whole, unless the run goes on past the
    piece in the text (`title_at` reads the text's run, not the piece's)."""
    no_title, whole = titles.opens_no_title(surface)
    return no_title and not _headed(surface) and len(surface.split()) == 1, whole


def _segment_cands(doc: Doc, start: int, end: int, kind: str, nxt_kind: str, ner: Ner) -> list[Cand]:
    text = doc.text
    titled = kind in ("title", "honorific")
    if kind == "seat" or (titled and nxt_kind == "honorific" and not _headed(text[start:end])):
        return _seat(text, start, end)  # "Ahli Parlimen Pekan, Datuk Seri Najib Razak"
    if kind == "fused" and _qualifies_place(doc, start, end):
        return []  # "Kapolres Metro Jakarta Selatan": "Metro" qualifies the place the gazetteer found
    if kind == "fused":
        place = _after_fused(text, start, end, nxt_kind)
        if place is not None:
            return [place]
        titled = len(text[start:end].split()) >= 2  # "Menlu Retno Marsudi"; "Pertua Negeri Melaka" is a place
    if kind == "title" and (region := titles.region_after_title(text, start, end)) is not None:
        rest = skip_space(text, region.end, end)  # "Bupati Lembata Petrus Kanisius Tuaq": place, then holder
        return [region, *(_segment_cands(doc, rest, end, "title", nxt_kind, ner) if rest < end else [])]
    if kind == "title" and titles.portfolio_word(text, start, end):
        return []  # "Ketua Pembangkang, Datuk Seri ...", "Minister of Immigration and ...": part of the title
    out: list[Cand] = []
    core = start
    while core < end:
        skipped = core + ordinary_prefix(text[core:end])
        if skipped >= end:
            break
        # "kepala Intelijen Umum": the title heads a common noun, unless a full name follows it
        titled = titled and (skipped == core or len(text[skipped:end].split()) >= 2)
        core = skipped
        cut = core + name_part(text[core:end])
        one_word_cut = cut < end and len(text[core:cut].split()) == 1
        out += _classify(doc, core, cut, titled and not one_word_cut, ner)
        core, titled = skip_space(text, cut, end), False
    return out


_CONNECTOR_GAP = re.compile(rf"\s+(?:{_CONNECT}\s+)?")
_CONNECTED_REST = re.compile(rf"\s+{_CONNECT}\s+\S.*", re.DOTALL)


def _join_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "M Ramasamy" + "a/l" + "Palanisamy": one person when only a name connector separates them."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev and prev.label == m.label == "PER" and _CONNECTOR_GAP.fullmatch(text[prev.end : m.start]):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "PER")
        else:
            out.append(m)
    return out


def _titled(c: Cand) -> Cand:
    c.source = "title"
    return c


def _seat(text: str, start: int, end: int) -> list[Cand]:
    """The place or body a title names before the holder's name: a known one, else a place."""
    surface = text[start:end]
    if all(common(w) or w.casefold() in linking.word_set("stop_words") for w in surface.split()):
        return []
    if surface.isupper() or text[end : end + 2] == " (":
        return []  # "Ahli Parlimen BN", "Ahli Parlimen Barisan Nasional (BN)": a party, not a seat
    known = lookup(surface)
    link = known if known is not None else Linked(surface, "location")
    return [Cand(start, end, surface, linking.TYPES_REV[link.type], link, "rule")]


def _qualifies_place(doc: Doc, start: int, end: int) -> bool:
    """One word between a fused title and a known place right after it."""
    if " " in doc.text[start:end] or doc.text[end : end + 1] != " ":
        return False
    nxt = next((c for c in doc.cands if c.start == end + 1), None)
    return nxt is not None and nxt.label == "LOC" and nxt.link.known


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


def _classify(doc: Doc, start: int, end: int, titled: bool, ner: Ner) -> list[Cand]:
    surface = doc.text[start:end]
    if end <= start or linking.counted_acronym(doc.text, start, end):
        return []
    known = lookup(surface)
    if known is not None:
        bare, cut = linking.strip_honorifics(surface)  # the mention without "Datuk Seri"
        return [Cand(start + cut, end, bare, linking.TYPES_REV[known.type], known, "rule")]
    place = linking.place_name(surface)
    if place is not None:
        if any(c.isdigit() for c in surface) or domestic(doc.text, start, surface):
            return []  # a street address ("Jalan SD2/21"); "Dalam Negeri Kasar" (domestic), no state
        if (body := descriptive_building(doc.text, start, end)) is not None:
            return _classify(doc, body, end, False, ner)  # "Gedung Bareskrim": the body, not a building
        cut = _known_place_end(doc.text, start, end)
        if cut < end:  # "Provinsi Bengkulu Parsadaan Harahap": the place, then a name
            return _classify(doc, start, cut, False, ner) + _classify(
                doc, skip_space(doc.text, cut, end), end, True, ner
            )
        found = lookup(place) or lookup(" ".join(surface.split()[1:]), "LOC")
        link = found if found and found.type == "location" else Linked(place, "location")
        return [Cand(start, end, surface, "LOC", link, "rule")]
    if org_head(surface):
        nxt = doc.text[end : end + 2]
        if len(surface.split()) < 2 or (nxt.startswith(" ") and _body_after(doc, end + 1)):
            return []  # "Biro Politik Hamas": an office of a known body, not a body of its own
        if _generic(surface):
            return []  # "Mahkamah Majistret", "Majlis Tertinggi": a kind of body, no name
        person_at = next(
            (
                m.start
                for m in ner.overlapping(start, end)
                if m.label == "PER" and m.start > start and not _LISTED.search(doc.text, start, m.start)
            ),
            None,
        )
        if person_at is not None:
            person_at = name_parts.given_name_before(doc.text, start, person_at)
        if person_at is not None and len(doc.text[start:person_at].split()) >= 2:
            # "Ketua Umum Partai Golkar Setya Novanto": the body's name stops where the person's starts
            body = trim(doc.text, start, person_at)[1]
            return _classify(doc, start, body, False, ner) + person(person_at, end, doc.text[person_at:end])
        return [Cand(start, end, surface, "ORG", Linked(surface, "organization"), "rule")]
    if not titled and not _worth_ner(doc.text, start, end):
        return []  # a lone capitalised word nothing else supports: the NER guess would be dropped anyway
    ner.reserve(start, end)  # the sentence's bounds as if read now; the model runs only if needed
    if titled and linking.NOMINAL_WORD.fullmatch(surface):
        return []  # "Direktur Kepatuhan": a portfolio noun (ke-/pe-...-an), not a name
    words = len(surface.split())
    if titled and words >= 2:
        return [_titled(c) for c in person(start, end, surface)]
    inside = ner.overlapping(start, end)
    if words >= 2 and name_parts.aged(doc.text, end) and not _headed(surface):
        return person(start, end, surface)  # "Teoh Kah Seng, 52, a director": a name with its age
    if titled and (not inside or inside[0].label == "PER"):
        return [_titled(c) for c in person(start, end, surface)]
    # "head X", "challenger X"; both tests need two words at least (most pieces are one word)
    after_noun = words >= 2 and name_parts.after_person_noun(doc.text, start, end)
    if not inside or (after_noun and len(inside) == 1 and inside[0].start <= start and end <= inside[0].end):
        named = after_noun or (words >= 2 and name_parts.speech_context(doc.text, start, end))
        return person(start, end, surface) if named else []
    out: list[Cand] = []
    for m in _join_persons(doc.text, inside):
        s, e = max(m.start, start), min(m.end, end)
        if m.label == "PER":
            s = name_parts.prefixed(doc.text, start, s)
        if m.label == "PER" and _CONNECTED_REST.fullmatch(doc.text, e, end):
            e = end  # "M Ramasamy" + "a/l Palanisamy", "Ahmad" + "bin Abdullah": the name goes on
        typed = _from_ner(doc, s, e, m.label)
        if m.label == "PER" and name_parts.speech_context(doc.text, s, e, min_words=1):
            typed = [_titled(c) if c.label == "PER" else c for c in typed]  # "kata Sugiono": vouched for
        out += typed
    return out


def descriptive_building(text: str, start: int, end: int) -> int | None:
    """Where the known body starts in "Gedung Bareskrim", "Kantor KPK" (a body's building, unnamed)."""
    head, _, rest = text[start:end].partition(" ")
    if head.casefold() not in linking.word_set("descriptive_heads") or not rest.strip():
        return None
    known = lookup(rest.strip())
    return end - len(rest.lstrip()) if known is not None and known.type == "organization" else None


def _from_ner(doc: Doc, start: int, end: int, label: str) -> list[Cand]:
    surface = doc.text[start:end]
    words = surface.split()
    if _no_name(surface):
        return []
    if _only_head(surface):
        return []  # "Stadion" of "Stadion Gelora Bung Karno": a head word, the name is elsewhere
    known = lookup(surface, label)
    if known is not None:
        return [Cand(start, end, surface, linking.TYPES_REV[known.type], known, "ner")]
    if label == "ORG" and len(words) >= 2 and not org_head(surface) and _after_body(doc, start):
        label = "PER"  # "Hamas Khalil al-Hayya", "UNRWA Philippe Lazzarini": a body, then its person
    if label == "PER":
        return person(start, end, surface)
    if label in ("ORG", "LOC") and not surface.isupper():
        name = linking.english_place(surface) if label == "LOC" else surface
        found = lookup(name, label) if name != surface else None
        link = found or Linked(name, linking.TYPES[label])
        return [Cand(start, end, surface, label, link, "ner")]
    return []


@lru_cache(maxsize=65536)
def _no_name(surface: str) -> bool:
    """No word of the piece is a name word: all stop words or ordinary words (or no word at all)."""
    stop = linking.word_set("stop_words")
    return all(w.casefold() in stop or common(w) for w in surface.split())


_LOCATIVE = re.compile(r"(?:\b(?:di|ke|dari|menuju|dekat|at|in|to|from)|[Kk]ota|[Ww]ilayah|[Dd]aerah) $")


_repeated = name_parts.repeated  # `text.count(word) > 1`, stopping at the second occurrence


def _worth_ner(text: str, start: int, end: int) -> bool:
    """Whether asking the NER model can change the outcome for this piece (it runs lazily)."""
    word = text[start:end]
    if " " in word.strip():
        return True
    return bool(
        _repeated(text, word)
        or _LOCATIVE.search(text, max(0, start - 12), start)
        or name_parts.speech_context(text, start, end, 1)
    )


def _body_after(doc: Doc, pos: int) -> bool:
    """A known body's mention starts at `pos` ("Biro Politik" + "Hamas")."""
    return any(c.start == pos and c.label == "ORG" for c in doc.cands)


def _after_body(doc: Doc, start: int) -> bool:
    """A known organisation stands right before `start` (one space between)."""
    before = doc.ends.get(start - 1)
    return before is not None and before.link.known and before.label == "ORG" and doc.text[start - 1] == " "
