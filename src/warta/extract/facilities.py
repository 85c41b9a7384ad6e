"""Facilities named by a body and a place ("Depot Imigresen Pekan Nenas", "Pangkalan Bakamla Batam").

The head word (a depot, a base) and the body that runs it describe the facility; the place at its
end is what the guidelines annotate. The body named only as part of such a facility is not a mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from warta.extract import linking, titles
from warta.extract.gazetteer import Match
from warta.extract.linking import Cand, Doc, Linked

_FACILITY = re.compile(
    r"\b(?:[Dd]epot|[Dd]epoh|[Pp]angkalan|[Kk]em|[Pp]usat [Tt]ahanan) ([A-Z][\w-]*)"
    r" ([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2})\b"
)

# What every `_FACILITY` match holds, as plain literals: a fast scan (character classes and `\b` are slow)
_FACILITY_HINT = re.compile(
    r"(?:Depot|depot|Depoh|depoh|Pangkalan|pangkalan|Kem|kem|Pusat Tahanan|Pusat tahanan|pusat Tahanan|"
    r"pusat tahanan) [A-Z]"
)


@lru_cache(maxsize=8)
def _facilities(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """(body start, body end, place start, place end) of each facility whose second word is a known body."""
    out = []
    if _FACILITY_HINT.search(text) is None:
        return ()  # no head word then a capital: skip the slower regex
    for m in _FACILITY.finditer(text):
        body = linking.lookup(m.group(1))
        if body is not None and body.type == "organization":
            out.append((m.start(1), m.end(1), m.start(2), m.end(2)))
    return tuple(out)


def facility_place_cands(doc: Doc) -> None:
    """The place that ends a facility's name; run before the gazetteer so it is read whole."""
    for _, _, s, e in _facilities(doc.text):
        name = doc.text[s:e]
        known = linking.lookup(name, "LOC")
        link = known if known is not None and known.type == "location" else Linked(name, "location")
        if doc.free(s, e):
            doc.add(Cand(s, e, name, "LOC", link, "rule"))


def described(text: str, c: Cand) -> bool:
    """A mention that only describes: the body word of a facility's name, or an unknown name guessed
    inside an English fused title ("Natural Resources and ... Minister")."""
    if any(s == c.start and e == c.end for s, e, _, _ in _facilities(text)):
        return True
    if c.link.type == "location" and not c.link.known and _room(c.text):
        return True  # "Unit Rawatan Rapi (Hospital X)": a room or unit of a building
    if c.start in _vessels(text):
        return not (c.link.known and c.link.type != "person")  # "KM Harapan Jaya": a ship, no person
    return titles.in_english_title(text, titles.english_title_spans(text), c)


def _room(surface: str) -> bool:
    words = surface.split()
    return len(words) >= 2 and words[0].casefold() in linking.word_set("room_heads")


@cache
def _vessel_rx() -> re.Pattern[str]:
    prefixes = "|".join(map(re.escape, linking.word_list("vessel_prefixes")))
    return re.compile(rf"(?<![\w.])\(?(?:{prefixes})\)? (?=[A-Z])")


@cache
def _vessel_hint() -> re.Pattern[str]:
    """A prefix, maybe ")", then a space: a fast scan (it opens with literals), true of every match."""
    prefixes = "|".join(map(re.escape, linking.word_list("vessel_prefixes")))
    return re.compile(rf"(?:{prefixes})\)? ")


@lru_cache(maxsize=8)
def _vessels(text: str) -> frozenset[int]:
    """Where a ship's name or its prefix starts ("KM Harapan Jaya", "(KM) Harapan Jaya"): once per text."""
    if _vessel_hint().search(text) is None:
        return frozenset()  # no prefix then a space, as every match holds: skip the slow regex
    return frozenset(p for m in _vessel_rx().finditer(text) for p in (m.start(), m.end()))


_POLICE_HQ = re.compile(r"\bMa(pol\w*)((?: [A-Z][\w-]*){1,3})")


def police_hq_cands(doc: Doc) -> None:
    """ "Mapolda Metro Jaya" (Markas Polda, its HQ): the police body it houses, as "Gedung Bareskrim" is."""
    if "Mapol" not in doc.text:
        return  # every match opens so
    for m in _POLICE_HQ.finditer(doc.text):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            found = linking.lookup("P" + m.group(1)[1:] + " " + " ".join(words[:n]))
            if found is not None and found.type == "organization":
                end = m.start(2) + len(" ".join(["", *words[:n]]))
                if doc.free(m.start(), end):
                    doc.add(Cand(m.start(), end, doc.text[m.start() : end], "ORG", found))
                break


@cache
def _hospital_rx() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){_hospital_head_rx().pattern}")


@cache
def _hospital_head_rx() -> re.Pattern[str]:
    """`_hospital_rx` without its look-behind: opening with the heads' letters, Python jumps to them."""
    heads = "|".join(re.escape(h) for h in sorted(linking.word_list("hospital_heads"), key=len, reverse=True))
    return re.compile(rf"({heads}) (?=[A-Z])")


def _hospitals(text: str) -> Iterator[re.Match[str]]:
    """`_hospital_rx().finditer(text)`: its first match from a position can only be where the head
    pattern's first one is (then the look-behind decides) or after it."""
    rx, head, pos = _hospital_rx(), _hospital_head_rx(), 0
    while (h := head.search(text, pos)) is not None:
        m = rx.match(text, h.start())  # the look-behind reads the text before the head too
        if m is None:
            pos = h.start() + 1
            continue
        yield m
        pos = m.end()


_LOCATIVE_END = re.compile(r"\b(?:di|ke|dari|menuju|at|to|in) $")


def hospital_body_cands(doc: Doc, matches: list[Match]) -> None:
    """ "Rumah Sakit Badan Pengusahaan Batam": a hospital named by the body that runs it is one place,
    read before the gazetteer takes the body alone; an acronym head ("RS") only after "di"/"ke"
    ("tersangka RS": a suspect's initials)."""
    if not matches:
        return
    starts = {m.start: m for m in matches}
    for h in _hospitals(doc.text):
        m = starts.get(h.end())
        if m is None or not any(e.type == "organization" for e in m.alias.entries):
            continue
        if h.group(1).isupper() and not _LOCATIVE_END.search(doc.text, max(0, h.start() - 10), h.start()):
            continue
        surface = doc.text[h.start() : m.end]
        name = linking.place_name(surface) or surface
        if doc.free(h.start(), m.end):
            doc.add(Cand(h.start(), m.end, surface, "LOC", Linked(name, "location"), "rule"))
