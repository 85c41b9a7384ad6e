"""Which country's body a name means: home-country aliases, ministries named with a country,
state branches of national bodies ("JPJ Selangor").

"Finance Ministry" or "House of Representatives" name one body per home country; the article's
home country (Indonesia or Malaysia, by what it names most) decides. A ministry followed by a
country is that country's ("Kementerian Kesehatan Israel"), and a bare home ministry in a story
that never names the home country is the ministry of the foreign country it names most.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from importlib import resources

from warta.extract import linking
from warta.extract.bodies import may_name_seat
from warta.extract.gazetteer import Entry, Match
from warta.extract.linking import Cand, Doc, as_linked

# Whole words: the leading `\b` is tested in `_count`, so that Python scans for the first letters.
_HOME = {
    "Indonesia": re.compile(r"(?:Indonesia|Indonesian|Jakarta|JAKARTA|Rp ?\d|RI)\b"),
    "Malaysia": re.compile(r"(?:Malaysia|Malaysian|Kuala Lumpur|KUALA LUMPUR|Putrajaya|PUTRAJAYA|RM ?\d)\b"),
}


def _count(rx: re.Pattern[str], text: str) -> int:
    """Matches of `rx` opening a word. A match inside a word ("RI" of "KRI") hides no other:
    its only non-word character is a space before a letter or digit no word of `_HOME` opens with."""
    return sum(1 for m in rx.finditer(text) if not (m.start() and _word_char(text[m.start() - 1])))


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what `\w` matches


@lru_cache(maxsize=8)
def home_country(text: str, language: str | None = None) -> str:
    """Indonesia or Malaysia, whichever the article names more (a Malay article leans to
    Malaysia): it owns an unqualified "House of Representatives" or "Finance Ministry"."""
    if language not in ("id", "ms") and (dateline := _dateline_country(text)):
        return dateline  # "PUTRAJAYA: Malaysia and Indonesia have agreed ...": the outlet's side
    malaysia = _count(_HOME["Malaysia"], text)
    if not malaysia and language != "ms":
        return "Indonesia"  # what every branch below gives then (most English pages name neither)
    counts = {"Indonesia": _count(_HOME["Indonesia"], text), "Malaysia": malaysia}
    if language == "ms":
        return "Indonesia" if counts["Indonesia"] > counts["Malaysia"] else "Malaysia"
    if language == "id" and counts["Indonesia"]:  # an Indonesian outlet's bare "Kementerian Luar Negeri"
        return "Indonesia"  # is its own, however often a story set in Malaysia names Malaysia
    return "Malaysia" if counts["Malaysia"] > counts["Indonesia"] else "Indonesia"


# "PUTRAJAYA:", "KUALA LUMPUR, Nov 20 (Bernama) --": a city in capitals opening a line
_DATELINE = re.compile(r"^([A-Z][A-Z .'-]{2,30}?)(?:,[^\n:]{0,40})?\s*(?::|--|—|–)\s", re.M)


def _dateline_country(text: str) -> str | None:
    """Indonesia or Malaysia when the first dateline's city is one of theirs (by the knowledge base)."""
    m = _DATELINE.search(text, 0, 3000)
    base = linking.kb()
    if m is None or base is None:
        return None
    homes = {getattr(e, "home", None) for e in base.lookup(m.group(1).title()) if e.type == "location"}
    homes &= {"Indonesia", "Malaysia"}
    return homes.pop() if len(homes) == 1 else None


def choose(entries: tuple[Entry, ...], country: str) -> Entry:
    """Among entities sharing an alias, the home country's one ("Finance Ministry"), else the first."""
    if len(entries) > 1:
        for e in entries:
            if getattr(e, "home", None) == country:
                return e
    return linking.choose(entries)


def choose_in(entries: tuple[Entry, ...], text: str, language: str | None) -> Entry:
    """`choose` with the home country of `text`, read from it only when the alias is ambiguous."""
    return choose(entries, home_country(text, language)) if len(entries) > 1 else linking.choose(entries)


_HOME_MINISTRY = re.compile(r"^Ministry of (.+) \((?:Indonesia|Malaysia)\)$")


def foreign_ministries(doc: Doc) -> None:
    """A bare "Kementerian Luar Negeri" in an article that never names Indonesia or Malaysia is the
    ministry of the foreign country the article names most ("Rusia", "Moskow" aside, Russia)."""
    bare = [c for c in doc.cands if _HOME_MINISTRY.match(c.link.name) and len(c.text.split()) >= 2]
    if not bare or any(rx.search(doc.text) for rx in _HOME.values()):
        return
    counts = Counter(
        c.link.name for c in doc.cands if c.label == "LOC" and c.link.name in tsv_names("countries")
    )
    if not counts:
        return
    (top, n), *rest = [*counts.most_common(2), ("", 0)]
    if rest and rest[0][1] == n:
        return  # two countries named as often: no telling whose ministry
    for c in bare:
        m = _HOME_MINISTRY.match(c.link.name)
        assert m is not None
        name = f"Ministry of {m.group(1)} ({top})"
        known = linking.kb().get(name) if linking.kb() is not None else None
        c.link = as_linked(known) if known is not None else linking.Linked(name, "organization")


def branch_of(text: str, cand: Cand, nxt: Match) -> bool:
    """A known body written as an acronym, then a known place ("JPJ Selangor", "UMNO Johor"):
    the place names a branch, and the mention is the body's."""
    if (
        cand.label != "ORG"
        or not cand.text.isupper()
        or len(cand.text) < 2
        or text[cand.end : nxt.start] != " "
    ):
        return False
    if linking.choose(nxt.alias.entries, "LOC").type != "location" or not nxt.text[:1].isupper():
        return False
    if text[nxt.end : nxt.end + 2].strip()[:1].isupper():
        return False  # "KPK Jakarta Selatan ...": more name follows, leave it to the rules
    cand.end, cand.text = nxt.end, text[cand.start : nxt.end]
    return True


_MINISTRY = re.compile(r"^Ministry of (.+) \((.+)\)$")


def ministry_of(text: str, cand: Cand, nxt: Match) -> bool:
    """ "Kementerian Kesehatan" + "Israel": the ministry of the country named right after it."""
    m = _MINISTRY.match(cand.link.name)
    country = linking.choose(nxt.alias.entries, "LOC")
    if m is None or country.type != "location" or country.name == m.group(2):
        return False
    if country.name not in countries():
        return False  # "Kementerian Luar Negeri di Jakarta": a city, not whose ministry it is
    name = f"Ministry of {m.group(1)} ({country.name})"
    known = linking.kb().get(name) if linking.kb() is not None else None
    cand.link = as_linked(known) if known is not None else linking.Linked(name, "organization")
    cand.end, cand.text = nxt.end, text[cand.start : nxt.end]
    return True


@cache
def countries() -> frozenset[str]:
    """Names that own ministries: the knowledge base's country file plus `territories.txt`."""
    return frozenset(linking.word_list("territories")) | tsv_names("countries")


@cache
def tsv_names(stem: str) -> frozenset[str]:
    """The first column of a knowledge-base file."""
    try:
        text = (
            resources.files("warta.knowledge").joinpath("entities").joinpath(f"{stem}.tsv").read_text("utf-8")
        )
    except (FileNotFoundError, OSError):
        return frozenset()
    rows = (line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#"))
    return frozenset(name for name in rows if name != "name")  # skip the header


_ACRONYM_GAP = re.compile(r" \([A-Z][A-Za-z]{1,7}\) $")  # "Jabatan Kerja Raya (JKR) Selangor"
_LISTED_GAP = re.compile(r" (?:and|dan|&) $")  # "MMEA Kedah and Perlis"


def branch_places(text: str, cands: list[Cand]) -> list[Cand]:
    """Drop a place that is only ever the branch part of a body's name ("SPRM Selangor",
    "(MMEA) Kedah and Perlis"): the guidelines annotate it only on its own."""
    ordered = sorted(cands, key=lambda c: c.start)
    ends = {c.end: c for c in ordered}
    branch: set[int] = set()
    seats = may_name_seat(text)  # else no seat title anywhere, nor in any window of the text
    for c in ordered:
        if c.link.type != "location" or (seats and _seat_after_title(text, c.start)):
            continue  # "Ahli Dewan Undangan Negeri (ADUN) Seri Serdang": a seat, not a branch
        gap = text[max(0, c.start - 12) : c.start]
        prev = ends.get(c.start - 1) if gap.endswith(" ") else None
        if m := _ACRONYM_GAP.search(gap):
            prev = ends.get(c.start - len(m.group(0)))
        elif (m := _LISTED_GAP.search(gap)) is not None:
            before = ends.get(c.start - len(m.group(0)))
            prev = before if before is not None and id(before) in branch else None
        if prev is not None and (prev.link.type == "organization" or id(prev) in branch):
            branch.add(id(c))
    alone = {c.link.name for c in ordered if id(c) not in branch}
    return [c for c in cands if id(c) not in branch or c.link.name in alone]


def _seat_after_title(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    return any(
        m.end() == len(before) or _SEAT_GAP.fullmatch(before, m.end())
        for m in linking.phrase_regex("seat_titles").finditer(before)
    )


_SEAT_GAP = re.compile(r"(?: \([A-Z]{2,6}\))? ?")
_THAT_COUNTRY = re.compile(r" (?:negara (?:itu|tersebut|berkenaan)|republik itu)\b")


def that_country_ministries(doc: Doc) -> None:
    """ "Kementerian Pertahanan negara itu": the ministry of the foreign country named last before it."""
    ordered = sorted(doc.cands, key=lambda c: c.start)
    for i, c in enumerate(ordered):
        m = _HOME_MINISTRY.match(c.link.name)
        if m is None or not _THAT_COUNTRY.match(doc.text, c.end):
            continue
        before = [p.link.name for p in ordered[:i] if p.label == "LOC" and p.link.name in countries()]
        if not before or before[-1] in _HOME:
            continue  # no foreign country named yet: "negara itu" is the home country
        name = f"Ministry of {m.group(1)} ({before[-1]})"
        known = linking.kb().get(name) if linking.kb() is not None else None
        c.link = as_linked(known) if known is not None else linking.Linked(name, "organization")
