"""Where a meeting was when its venue is an office or a building named after a person, and who a
pronoun subject is (helpers of `extract.meetings`).

- "di Kantor Gubernur Kaltim, Samarinda", "di Kementerian Ekonomi, Putrajaya": the office of a body
  is no named building; the place is the first named place after the comma (`office_place`). A
  "place" whose text is only an office word ("Kantor") is no place (`office_word`).
- "di Bangunan Sultan Salahuddin Abdul Aziz Shah": a building named after a person
  ("Sultan Salahuddin Abdul Aziz Shah Building"), not the person (`named_building`).
- "Beliau sebelum ini telah bertemu X": the pronoun is the person leading the previous sentence
  that names one (`pronoun_subject`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from itertools import pairwise

from warta.extract.attribution import Named, word_list, word_regex, word_set
from warta.extract.quote_speakers import described_person

_RELATIVE = re.compile(r"\b(?:who|which|yang)\b[^,]*", re.I)
_COPULA = re.compile(r"\b(?:merupakan|adalah|ialah|menjadi|is|was|will)\b", re.I)
_BEFORE = 110  # how far back a venue phrase may start before the place it leads to
# Sentences a pronoun subject looks back for its person: a quote of several sentences may stand between.
_PRONOUN_REACH = 5


@cache
def _office_venue() -> re.Pattern[str]:
    """'di Kantor Gubernur Kaltim, ': a body's office, then a comma right before a place."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("meetings_offices.txt"))
    return re.compile(rf"(?:^|\s)(?:di|at|in)\s+(?:the\s+)?(?:{alts})\b[^.;:!?\n]{{0,80}}?,\s+$", re.I)


@cache
def _named_after() -> dict[str, str]:
    text = resources.files("warta.knowledge").joinpath("meetings_named_after.tsv").read_text(encoding="utf-8")
    rows = (ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return {r[0].strip().casefold(): r[1].strip() for r in rows if len(r) == 2}


@cache
def _office_head() -> re.Pattern[str]:
    """'di Kantor ', 'at the headquarters of ': right before the body whose office it is."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("meetings_offices.txt"))
    alts += "|" + "|".join(re.escape(w) for w in word_list("meetings_seats.txt"))
    return re.compile(rf"(?:^|\s)(?:di|at|in)\s+(?:the\s+)?(?:{alts})(?:\s+of)?\s+$", re.I)


def in_office(text: str, n: Named, lo: int) -> bool:
    """A body named as the owner of the venue ("di Kantor Kemenpora"): where, not who."""
    return bool(_office_head().search(text[max(lo, n.start - 30) : n.start]))


@cache
def _envoy() -> re.Pattern[str]:
    """'Duta Besar Jepun ke ', 'ambassador to ': an envoy's title right before the place of posting."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("meetings_envoys.txt"))
    return re.compile(rf"\b(?:{alts})(?:\s+[A-Z][\w-]*){{0,3}}\s+(?:ke|untuk|to)\s+(?:the\s+)?$", re.I)


@cache
def _envoy_title(least: int) -> re.Pattern[str]:
    """'Duta Besar Indonesia', 'ambassador': an envoy's title (with at least `least` capitalised words
    of its country) right before 'untuk/ke/to <post>'."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("meetings_envoys.txt"))
    caps = rf"(?:\s+(?:the\s+)?(?-i:[A-Z])[\w-]*){{{least},3}}"
    return re.compile(rf"\b(?:{alts})(?:\s+of)?{caps}\s*$", re.I)


def envoy_title_before(text: str, pos: int, least: int = 1) -> bool:
    """An envoy's title with its country ends at `pos`: the 'untuk/to' after it names the posting,
    part of the title ("Duta Besar Indonesia untuk Mesir Lutfi Rauf"), not the meeting's purpose."""
    return bool(_envoy_title(least).search(text[max(0, pos - 60) : pos]))


@cache
def _envoy_at() -> re.Pattern[str]:
    """'Konsul Jeneral Singapura di ': an envoy's title with its country, then 'di/in' and the posting."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("meetings_envoys.txt"))
    return re.compile(rf"\b(?:{alts})(?:\s+(?-i:[A-Z])[\w-]*){{1,3}}\s+(?:di|in)\s+$", re.I)


# ", Tan Wei Ming di ...": the holder's name right after the posting
_HOLDER = re.compile(
    r",\s+(?:(?:Datuk|Dato'?|Tan\s+Sri|Dr\.?|Mr\.?|Ms\.?)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}\b"
)


def envoy_post(text: str, n: Named) -> bool:
    """A place that is only an envoy's posting ("Duta Besar Jepun ke Malaysia", "Konsul Jeneral Singapura
    di Johor Bahru, Tan Wei Ming"), not a venue."""
    before = text[max(0, n.start - 60) : n.start]
    return bool(_envoy().search(before) or (_envoy_at().search(before) and _HOLDER.match(text, n.end)))


def office_word(text: str, n: Named) -> bool:
    """A place whose own text is only office words ("Kantor", "Ibu Pejabat"): a generic head."""
    return " ".join(text[n.start : n.end].casefold().split()) in word_set("meetings_offices.txt")


def _body_venue(text: str, spans: list[Named], window_start: int, place: Named) -> bool:
    """'di Kemenpora, Senayan': a body named right after the preposition, then a comma before the place."""
    for o in spans:
        if (
            o.type == "organization"
            and window_start <= o.start < place.start
            and (
                re.search(r"(?:^|\s)(?:di|at)\s+$", text[max(0, o.start - 4) : o.start], re.I)
                or in_office(text, o, window_start)
            )
        ):
            return bool(re.fullmatch(r"[^.;:!?\n,]{0,40},\s+", text[o.end : place.start]))
    return False


def office_place(text: str, spans: list[Named], lo: int, hi: int) -> str | None:
    """The first named place in `[lo, hi)` right after 'di <office of a body>, '."""
    for n in spans:
        if not (lo <= n.start < hi and n.type == "location") or office_word(text, n):
            continue
        start = max(0, n.start - _BEFORE)
        if _office_venue().search(text[start : n.start]) or _body_venue(text, spans, start, n):
            return _linked_office(text, spans, start, n) or n.name
    return body_building(text, spans, lo, hi)  # "di Kementerian Luar Negeri, Wisma Putra"


def _linked_office(text: str, spans: list[Named], start: int, place: Named) -> str | None:
    """'di Markas Besar PBB, New York': an office the entity stage linked as a place of its own (United
    Nations Headquarters) is the named building, more specific than the city after the comma."""
    for o in spans:
        if o.type == "location" and start <= o.start and o.end <= place.start and o is not place:
            words = text[o.start : o.end].casefold().split()
            heads = word_set("meetings_offices.txt")
            if not office_word(text, o) and any(" ".join(words[:k]) in heads for k in (1, 2)):
                return o.name
    return None


def named_building(text: str, spans: list[Named], lo: int, hi: int) -> str | None:
    """'di Bangunan Sultan Salahuddin Abdul Aziz Shah': a person span right after a building noun
    (and capitalised honorifics) names the building: '<name> Building'."""
    suffixes = _named_after()
    nouns = "|".join(re.escape(w) for w in suffixes)
    head = re.compile(rf"(?:^|\s)(?:di|at)\s+({nouns})\s+((?:[A-Z][\w'’-]*\s+){{0,3}})$", re.I)
    for n in spans:
        if lo <= n.start < hi and n.type == "person":
            m = head.search(text[max(0, n.start - 60) : n.start])
            if m:
                name = " ".join((m.group(2) + text[n.start : n.end]).split())
                suffix = suffixes[m.group(1).casefold()]
                return f"{m.group(1).title()} {name}" if suffix == "-" else f"{name} {suffix}"
    return None


@cache
def _building_head() -> re.Pattern[str]:
    """'di Dewan Datuk ': a building noun and capitalised honorifics right before a person's name."""
    nouns = "|".join(re.escape(w) for w in _named_after())
    return re.compile(rf"(?:^|\s)(?i:di|at)\s+(?i:{nouns})\s+(?:[A-Z][\w'’-]*\s+){{0,3}}$")


def in_named_building(text: str, n: Named) -> bool:
    """'di Dewan Datuk Sakaran Dandai': the person a building is named after is no party."""
    return n.type == "person" and _building_head().search(text[max(0, n.start - 60) : n.start]) is not None


def pronoun_subject(
    text: str, spans: list[Named], sents: list[tuple[int, int]], k: int, lo: int, pos: int
) -> list[Named]:
    """The person a pronoun subject before the meeting word stands for, or []."""
    pronouns = "|".join(re.escape(w) for w in word_list("meetings_pronouns.txt"))
    head = text[lo:pos]
    # a short fronted phrase may come first ("In 1998, he met X", "Selepas itu, beliau bertemu X")
    fronted = r"(?:[^\s,.;]+\s+){0,3}[^\s,.;]+,\s*"
    if not re.match(rf"\s*(?:{fronted})?(?:{pronouns})\b", head, re.I) or _COPULA.search(
        _RELATIVE.sub("", head)
    ):
        return []  # "Ia merupakan pertemuan pertama X dengan Y": "it", not a person ("He, who is ...": he)
    for s, e in reversed(sents[max(0, k - _PRONOUN_REACH) : k]):
        people = [n for n in spans if s <= n.start < e and n.type == "person"]
        if people:
            return [people[0]]
    return []


@cache
def _title_before() -> re.Pattern[str]:
    """'Presiden ', 'yang juga Ketua Umum ', 'the leader of the ': a title right before a body."""
    return re.compile(rf"(?:{word_regex('quotes_titles.txt').pattern})(?:\s+of)?(?:\s+the)?\s+$", re.I)


def pronoun_side(
    text: str, spans: list[Named], sents: list[tuple[int, int]], k: int, lo: int, pos: int, left: list[Named]
) -> list[Named]:
    """A side opened by a pronoun or a description with no person named ("Beliau yang juga Presiden PAS
    bertemu X", "Presiden PAS itu bertemu X"): the person it stands for, without the bodies of his
    title (the party is no party of the meeting)."""
    if any(n.type == "person" for n in left):
        return left
    who = pronoun_subject(text, spans, sents, k, lo, pos) or _described(text, spans, lo, pos)
    if not who:
        return left
    titled = _title_before()
    return who + [
        n
        for n in left
        if n.type == "organization" and not titled.search(text[max(0, n.start - 40) : n.start])
    ]


_DEMONSTRATIVE = re.compile(r"^\s*(?:\S+\s+){1,4}?(?:itu|tersebut|berkenaan)\b", re.I)


def _described(text: str, spans: list[Named], lo: int, pos: int) -> list[Named]:
    """'Presiden PAS itu kemudian bertemu X': the person the description opening the clause points at."""
    m = _DEMONSTRATIVE.match(text[lo:pos])
    who = described_person(text, spans, lo, lo + m.end()) if m else None
    return [Named(lo, lo + m.end(), text[lo : lo + m.end()], who, "person")] if m and who else []


_DELEGATION = re.compile(r"\b(?:rombongan|delegasi|delegation|perwakilan)\s+(?:of\s+|dari\s+)?$", re.I)


def delegation_leader(text: str, spans: list[Named], s: int, e: int, names: list[str]) -> list[Named]:
    """'Rombongan Kadin dipimpin Ketua Umum Arsjad Rasjid': the leader of a participant's delegation."""
    folded = {n.casefold() for n in names}
    out: list[Named] = []
    for body in spans:
        if not (s <= body.start < e and body.type == "organization" and body.name.casefold() in folded):
            continue
        if not _DELEGATION.search(text[max(s, body.start - 25) : body.start]):
            continue
        led = word_regex("meetings_led.txt").match(text, body.end + 1, e)
        if led is None or text[body.end : body.end + 1] != " ":
            continue
        after = [n for n in spans if led.end() <= n.start < min(e, led.end() + 50) and n.type == "person"]
        stop = re.search(r"[.,;]", text[led.end() : after[0].start]) if after else None
        if after and stop is None:
            out.append(after[0])
    return out


@cache
def _facility_head() -> re.Pattern[str]:
    """'di Pendopo ', 'at Balai ': a venue's kind right before the place that names it."""
    heads = "|".join(re.escape(w) for w in word_list("meetings_facility_heads.txt"))
    return re.compile(rf"(?:^|\s)(?:di|at)\s+((?:{heads})(?:\s+(?-i:[A-Z])[\w-]*)?)\s+$", re.I)


def facility_venue(text: str, spans: list[Named], lo: int, hi: int) -> str | None:
    """'di Pendopo Garut', 'di Balai Kota Bandung': a place right after a capitalised venue kind names
    the venue as written ("Pendopo Garut"), not the regency or city itself."""
    for n in spans:
        if not (lo <= n.start < hi and n.type == "location"):
            continue
        m = _facility_head().search(text[max(0, n.start - 40) : n.start])
        if m and m.group(1)[:1].isupper():
            return " ".join(f"{m.group(1)} {text[n.start : n.end]}".split())
    return None


def body_building(text: str, spans: list[Named], lo: int, hi: int) -> str | None:
    """'di Kementerian Luar Negeri, Wisma Putra': a body's building named after it (the entity stage
    linked it to the body) is the venue, as written."""
    for a, b in pairwise(spans):
        if not (lo <= a.start < hi and a.type == b.type == "organization" and text[a.end : b.start] == ", "):
            continue
        first = text[b.start : b.end].split()[0].casefold()
        if re.search(r"(?:^|\s)(?:di|at)\s+(?:the\s+)?$", text[max(0, a.start - 8) : a.start], re.I) and (
            first in word_set("meetings_buildings.txt")
        ):
            return text[b.start : b.end]
    return None


# "at the ministry's office on Jl. Medan Merdeka Utara in Central Jakarta": the street is the most specific place
_ON_STREET = re.compile(r"(?:^|\s)(?:on|di|at)\s+$", re.I)
_STREET = re.compile(r"(?:Jalan|Jl\.?|Jln\.?)\s|.*\s(?:Street|Road|Avenue)$")


def street_venue(text: str, places: list[Named], lo: int, hi: int) -> str | None:
    """A street in `[lo, hi)` right after "on/di/at": where, before any city named after it."""
    for n in places:
        on = lo <= n.start < hi and _ON_STREET.search(text, max(0, n.start - 6), n.start)
        if on and _STREET.match(text, n.start, n.end):
            return n.name
    return None
