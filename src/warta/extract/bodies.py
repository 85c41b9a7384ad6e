"""Names fixed by the words around them before the gazetteer runs.

A body whose name holds a place ("Kepolisian Resor Jayawijaya", "Melaka Sentral Sdn Bhd") is one
organisation, and the constituency after "Ahli Parlimen" is one place, even when a known word
("Jayawijaya", "Padang") sits inside: claiming these spans first keeps the gazetteer from
splitting them.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from warta.extract import linking, name_parts, titles
from warta.extract.heads import WORD_SPACE, common_cut, skip_ordinary, skip_space, trim
from warta.extract.linking import Cand, Doc, Linked, lookup
from warta.extract.names import RUN, descriptive_building, run_spans, segments, title_at
from warta.extract.phrases import may_start, word_at
from warta.extract.word_scan import occurrences


def local_body_cands(doc: Doc, known: list[tuple[int, int]] | None = None) -> None:
    """A body named with a place or another known name inside ("Kepolisian Resor Jayawijaya"): one body.

    Run before the gazetteer; a run the knowledge base knows as a whole is left to it.
    """
    head = linking.phrase_regex("org_heads_local")
    tail = linking.phrase_regex("org_tails")
    inner = linking.phrase_regex("org_heads_inner")
    loc_head = linking.phrase_regex("loc_heads_local")
    for rs, re_ in _joined_runs(doc.text):
        if not _has_head_word(doc.text[rs:re_]):
            continue  # no head or tail word at all: skip the regexes (most runs)
        words = list(WORD_SPACE.finditer(doc.text, rs, re_))
        # a word opening no phrase of the list is not tried with its regex
        opening = [(w.start(), word_at(doc.text, w.start())) for w in words]
        starts = [
            p for p, word in opening if may_start(("org_heads_local",), word) and head.match(doc.text, p)
        ]
        t = tail.search(doc.text, rs, re_)
        label, needs_known = "ORG", False
        if starts:
            start = starts[0]
        elif inner_starts := [
            p for p, word in opening if may_start(("org_heads_inner",), word) and inner.match(doc.text, p)
        ]:
            start, needs_known = inner_starts[0], True
        elif t and t.end() == re_ and len(words) >= 3:
            start = skip_ordinary(doc.text, rs, re_)  # "Melaka Sentral Sdn Bhd", "The Bar Council"
            while (hit := title_at(doc.text, start, re_)) is not None:
                start = hit[0]  # "Pengerusi Melaka Sentral Sdn Bhd"
            start = titles.after_title(doc.text, start, re_)[0]  # "Ketua Pegawai [Eksekutif] Invest ..."
        elif (fac := _facility_start(doc.text, words, loc_head)) is not None:
            start, label = fac, "LOC"
            needs_known = not _tailed(doc.text, rs, re_)  # an English "... Hospital" is sure
            appositive = doc.text[max(0, start - 2) : start] == ", "
            if not needs_known and appositive and name_parts.speech_context(doc.text, start, re_):
                continue  # "..., Maria Goreti Lake, mengatakan": a person whose name ends in a place word
        else:
            continue
        end = re_ if label == "LOC" and not needs_known else _org_end(doc.text, start, re_, label == "LOC")
        surface = doc.text[start:end]
        known_start = _known_prefix(surface, label, named_after=not needs_known) and not _with_region(surface)
        if len(surface.split()) < 2 or not doc.free(start, end) or known_start:
            continue  # the knowledge base knows it, or its start ("Bank Mandiri" + a person's name)
        if _acronym_head(surface) and not _with_region(surface):
            continue  # "DPRD Sholichin": an acronym then a name, no region; the gazetteer and rules read it
        if label == "LOC" and descriptive_building(doc.text, start, end) is not None:
            continue  # "Gedung Bareskrim": a body's building, unnamed; the gazetteer finds the body
        if needs_known and not _holds_known(doc.text, start, end, label):
            continue  # nothing inside for the gazetteer to split off: the name rules read it
        if _covering_known(known or [], start, end):
            continue  # "[Malaysian] Maritime Enforcement Agency": a known name holds the whole span
        if needs_known and _longer_known(known or [], start, end):
            continue  # "Jabatan Bomba" + "dan Penyelamat", "Badan PBB" + "untuk ...": a known longer name
        if _inside_known(known or [], start, end):
            continue  # "United States Department" + "of the Treasury": the whole name is known
        doc.add(Cand(start, end, surface, label, _local_link(surface, label), "rule"))


@lru_cache(maxsize=65536)
def _has_head_word(surface: str) -> bool:
    """Some word of the run is a word of a head or tail phrase (runs recur within and across texts)."""
    firsts = _head_words()
    return any(w.casefold() in firsts for w in surface.split())


@cache
def _head_words() -> frozenset[str]:
    """Every word of the head and tail lists: a run holding none of them is no local body."""
    lists = ("org_heads_local", "org_heads_inner", "loc_heads_local", "org_tails", "loc_tails")
    return frozenset(
        w.casefold() for name in lists for phrase in linking.word_list(name) for w in phrase.split()
    )


def _covering_known(known: list[tuple[int, int]], start: int, end: int) -> bool:
    """A knowledge-base name starts before the span and ends at or after its end."""
    i = bisect.bisect_left(known, (start, 0))
    return any(s < start and e >= end for s, e in known[max(0, i - 3) : i])


def _longer_known(known: list[tuple[int, int]], start: int, end: int) -> bool:
    """A knowledge-base name starts inside the span and runs past its end."""
    i = bisect.bisect_left(known, (start, 0))
    while i < len(known) and known[i][0] < end:
        if known[i][1] > end:
            return True
        i += 1
    return False


def _inside_known(known: list[tuple[int, int]], start: int, end: int) -> bool:
    """A longer knowledge-base name holds the whole span ("[Palestinian] Prisoners' Society")."""
    i = bisect.bisect_right(known, (start, 1 << 62)) - 1  # matches do not overlap: the last one before
    return i >= 0 and known[i][1] >= end and known[i][1] - known[i][0] > end - start


def _facility_start(text: str, words: list[re.Match[str]], loc_head: re.Pattern[str]) -> int | None:
    """Where a facility's name starts: its head word ("Hotel Patra Semarang") or, for an English
    name ending in a facility word ("Raja Permaisuri Bainun Hospital"), the first name word."""
    if len(words) >= 2 and words[-1].group(0).strip().casefold() in linking.word_set("loc_tails"):
        start = skip_ordinary(text, words[0].start(), words[-1].start())
        while (hit := title_at(text, start, words[-1].start())) is not None and hit[0] > start:
            if text[start : text.find(" ", start)].casefold() in linking.word_set("name_titles"):
                break  # "Raja Permaisuri Bainun Hospital": a royal title inside the name
            start = hit[0]  # "Manager Sheraton Media Hotel": the title is no part of the name
        return start if start < words[-1].start() else None
    return next((w.start() for w in words[:-1] if loc_head.match(text, w.start())), None)


def _tailed(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    return len(words) >= 2 and words[-1].casefold() in linking.word_set("loc_tails")


def _local_link(surface: str, label: str) -> Linked:
    """The canonical name: the surface, with a known acronym head spelt out ("BPBD Kabupaten X")."""
    surface = _BRACKET.sub(" ", surface)  # "... Daerah (BPBD) Kabupaten X": the acronym is no part of it
    if label == "LOC":  # "Pelabuhan X" -> "X Port", as the knowledge base names ports
        return Linked(linking.place_name(surface) or surface, "location")
    for n in (2, 1):  # "Satpol PP Kota Bogor", "BPBD Kabupaten Garut"
        words = surface.split()
        full = linking.pairs("regional_acronyms").get(" ".join(words[:n]).casefold())
        if full is not None and len(words) > n:
            return Linked(" ".join([full, *words[n:]]), "organization")
    return Linked(surface, "organization")


_JOIN = re.compile(r" (?:dan|&) ")
_BRACKET = re.compile(r" \([A-Z][A-Za-z]{1,8}\) ")  # "Badan ... Daerah (BPBD) Kabupaten Sukabumi"


def _acronym_head(surface: str) -> bool:
    first = surface.split()[0] if surface.split() else ""
    return first.isupper() and first.casefold() in linking.pairs("regional_acronyms")


def _with_region(surface: str) -> bool:
    """A regional body named with its region ("Badan Penanggulangan Bencana Daerah Kabupaten Garut")."""
    places = linking.word_set("regional_places")
    return _regional(surface) and any(w.casefold() in places for w in surface.split()[1:])


def _region_first(text: str, start: int) -> bool:
    space = text.find(" ", start)
    word = text[start:space] if space >= 0 else text[start:]
    return word.casefold() in linking.word_set("regional_places")


def _joined_runs(text: str) -> list[tuple[int, int]]:
    """Capitalised runs; "Dinas Pekerjaan Umum" + "dan" + "Penataan Ruang ..." joined for regional bodies."""
    out: list[tuple[int, int]] = []
    for start, end in run_spans(text):
        # the regexes below need " (" or a joiner's length right after the last run: test that first
        bracket = bool(out) and text.startswith(" (", out[-1][1])
        if bracket and _BRACKET.fullmatch(text, out[-1][1], end + 2) and _region_first(text, end + 2):
            continue  # the "(BPBD)" between a regional body and its region: read with them below
        gap = (
            _JOIN.fullmatch(text, out[-1][1], start) or _BRACKET.fullmatch(text, out[-1][1], start)
            if out and (bracket or start - out[-1][1] in (3, 5))
            else None
        )
        if (
            gap
            and _regional(text[out[-1][0] : out[-1][1]])
            and (gap.re is _JOIN or _region_first(text, start))
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _regional(surface: str) -> bool:
    """A regional government body's name starts the text ("Dinas ...", "BPBD ...")."""
    return bool(_regional_rx().search(surface))


@cache
def _regional_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s){linking.phrase_regex('regional_heads').pattern}", re.IGNORECASE)


def _holds_known(text: str, start: int, end: int, label: str = "ORG") -> bool:
    """Some word or word pair after the head is a place or person the knowledge base knows; a known
    body at the end makes an office of that body ("Majlis Tertinggi Umno"), not a body of its own."""
    words = text[start:end].split()[1:]
    last = lookup(words[-1]) if words else None
    if label == "ORG" and last is not None and last.type == "organization":
        return False  # ("Gedung Merah Putih KPK" is the body's building: a place all the same)
    for n in (1, 2):
        for i in range(len(words) - n + 1):
            if lookup(" ".join(words[i : i + n])) is not None:
                return True
    return False


def _known_prefix(surface: str, label: str = "ORG", named_after: bool = False) -> bool:
    """The whole name or a start of it is a body (for a facility: any name) the knowledge base knows.

    With `named_after` (an English facility name, "Sultan Ibrahim Stadium"), a known person at the
    start is whom the facility is named after, not a reason to leave the name to the gazetteer.
    """
    words = surface.split()
    for n in range(len(words), 1, -1):
        form = " ".join(words[:n])
        known = lookup(form) or lookup(form.replace(".", ""))  # "RS Dr. Soetomo" = "RS Dr Soetomo"
        if known is None or (named_after and known.type == "person" and n < len(words)):
            continue
        if n == len(words) or label == "LOC" or known.type == "organization":
            return True
    return False


def _org_end(text: str, start: int, end: int, facility: bool = False) -> int:
    """A body's name stops before a title, honorific or place head ("... Jayawijaya AKBP Tonny").

    Royal titles inside names ("Universiti Pendidikan Sultan Idris") do not stop it; a regional
    body's name runs through its region ("Dinas Kesehatan Kota Bandung").
    """
    regional = _regional(text[start:end])
    head = linking.phrase_regex("org_heads_local").match(text, start, end)
    head_end = head.end() if head else start  # "Badan ... Daerah": the head's own words do not stop it
    for w in WORD_SPACE.finditer(text, start, end):
        word = w.group(0).strip().casefold()
        if w.start() <= head_end or word in linking.word_set("name_titles"):
            continue
        nxt = text[w.end() : w.end() + 1]
        if regional and word in linking.word_set("regional_places") and nxt.isupper():
            return _region_end(text, w.start(), end)
        if title_at(text, w.start(), end):
            return trim(text, start, w.start())[1]
        if _admin_place(text[w.start() : end]) and not (facility and _ends_known_place(text, w.start(), end)):
            return trim(text, start, w.start())[1]  # a facility's own town ends its name: "... Kota Kinabalu"
    return end


def _ends_known_place(text: str, start: int, end: int) -> bool:
    found = lookup(text[start:end].strip(), "LOC")
    return found is not None and found.type == "location"


def _admin_place(surface: str) -> bool:
    """A place with an administrative head ("Kabupaten X", "Negeri Y"), not a road or a river,
    which may sit inside a body's name ("Institut Penyelidikan Keselamatan Jalan Raya")."""
    words = surface.split()
    if len(words) < 2 or not words[1][:1].isupper() or linking.place_name(surface) is None:
        return False  # "Tata Kota dan Permukiman": "kota" in lower-case company is no place head
    head = words[0].casefold()
    if head in _STREETS:
        return not (
            head == "jalan" and words[1].casefold() == "raya"
        )  # an address, unless "jalan raya" (road)
    return linking.loc_heads().get(head) != "=" or head in linking.word_set("loc_heads_local")


_STREETS = frozenset({"jalan", "jl.", "jl", "jln.", "jln", "gang"})


def _region_end(text: str, start: int, end: int) -> int:
    """The end of "Kabupaten Lumajang" in "Kabupaten Lumajang Indra Wijaya": the longest known
    place, else the first word after the head; a compass word after it belongs to it ("Jawa Timur")."""
    words = list(WORD_SPACE.finditer(text, start, end))
    if len(words) < 2:
        return end
    last = 1
    for n in range(min(len(words), 5), 1, -1):
        stop = trim(text, start, words[n - 1].end())[1]
        name = linking.place_name(text[start:stop])
        if name is not None and lookup(name, "LOC") is not None:
            last = n - 1
            break
    while last + 1 < len(words) and words[last + 1].group(0).strip().casefold() in linking.pairs(
        "directions"
    ):
        last += 1
    return trim(text, start, words[last].end())[1]


_SEAT_ACRONYM = re.compile(r" \([A-Z]{2,6}\)")


@lru_cache(maxsize=8)
def may_name_seat(text: str) -> bool:
    """Whether a seat title can match: its first word in the lower-cased text. A case-insensitive
    regex scan is slow; lowering is exact but for three letters that match "i" or "s" only
    case-insensitively (then the regex decides). Asked twice per article: remembered."""
    first = _seat_first_words()
    if first is None or any(ch in text for ch in "\u0130\u0131\u017f"):
        return True
    low = text.lower()
    return any(word in low for word in first)


@cache
def _seat_first_words() -> tuple[str, ...] | None:
    words = [re.match(r"\w+", p) for p in linking.word_list("seat_titles")]
    if not all(w is not None and w.group().isascii() for w in words):
        return None
    return tuple(sorted({w.group().lower() for w in words if w is not None}))


def _seat_titles(text: str) -> list[re.Match[str]]:
    """`phrase_regex("seat_titles").finditer(text)`, tried only where the lower-cased text holds a
    first word of a title (every match opens with one; `may_name_seat` tells when lowering is exact),
    in order, each from where the last match ended, as `finditer` does."""
    rx, first = linking.phrase_regex("seat_titles"), _seat_first_words()
    if first is None or any(ch in text for ch in "\u0130\u0131\u017f"):
        return list(rx.finditer(text))
    out: list[re.Match[str]] = []
    last = 0
    for p in occurrences(text.lower(), first):
        if p >= last and (m := rx.match(text, p)) is not None:
            out.append(m)
            last = m.end()
    return out


def seat_cands(doc: Doc) -> None:
    """The constituency after "Ahli Parlimen" ("Ahli Parlimen Padang Rengas, Datuk Seri ..."): a place.

    Run before the gazetteer so a known word inside it ("Padang") does not split it.
    """
    if not may_name_seat(doc.text):
        return
    for m in _seat_titles(doc.text):
        after = _SEAT_ACRONYM.match(doc.text, m.end())  # "Ahli Dewan Undangan Negeri (ADUN) Seri Serdang"
        run = RUN.match(doc.text, skip_space(doc.text, after.end() if after else m.end(), len(doc.text)))
        if run is None or doc.text[after.end() if after else m.end() : run.start()].strip():
            continue
        segs = segments(doc.text, run.start(), run.end())
        if not segs or segs[0][2] != "":
            continue
        start, end = segs[0][0], common_cut(doc.text, segs[0][0], segs[0][1])
        surface = doc.text[start:end]
        known = lookup(surface)
        if known is not None and known.type != "location":
            continue  # "Ahli Parlimen Umno": the party
        if surface.isupper() or doc.text[end : end + 2] == " (":
            continue  # "Ahli Parlimen BN", "Ahli Parlimen Barisan Nasional (BN)": a party, not a seat
        first = surface.split()[0] if surface.split() else ""
        if doc.free(start, end) and first and first.casefold() not in linking.word_set("stop_words"):
            link = known or Linked(linking.english_place(surface), "location")
            doc.add(Cand(start, end, surface, "LOC", link, "rule"))


_COURT_HERE = re.compile(
    r"\b(Mahkamah (?:Sesyen|Majistret|Tinggi|Rayuan|Syariah(?: Tinggi)?)|Pengadilan Negeri)\s+di\s+sini\b"
)
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,3})\s*(?:[:–-]|,\s)")


def court_here_cands(doc: Doc) -> None:
    """ "Mahkamah Sesyen di sini" (here): the court of the dateline's town ("SHAH ALAM - ...")."""
    found = list(_COURT_HERE.finditer(doc.text)) if "sini" in doc.text else []  # "di sini": a fast test
    dateline = _DATELINE.search(doc.text, 0, 800) if found else None
    if dateline is None:
        return
    town = " ".join(w.capitalize() for w in dateline.group(1).split())
    known = lookup(town, "LOC")
    place = known.name if known is not None and known.type == "location" else town
    for m in found:
        if doc.free(m.start(), m.end()):
            name = f"{m.group(1)} {place}"
            found_body = lookup(name)
            link = found_body if found_body is not None else Linked(name, "organization")
            doc.add(Cand(m.start(), m.end(), m.group(0), "ORG", link, "rule"))
