"""Named persons, organisations and places in an article, linked to canonical names.

Three sources of mentions, in order of trust:
1. the knowledge-base gazetteer (longest match of a known name or alias, case-aware);
2. capitalised name runs the gazetteer did not cover, typed by what stands around them
   (`names.py`: titles, head words, the NER model's label);
3. coreference inside the article (`coref.py`): "Netanyahu" joins "Benjamin Netanyahu".
Each entity is listed once with all its mentions; offsets point into `Article.text`. The
publishing outlet (and any outlet's name in a dateline or sign-off) is not an organisation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import ClassVar

from warta.extract import (
    address_forms,
    bodies,
    company_forms,
    coref,
    countries,
    entity_groups,
    expansions,
    facilities,
    fragments,
    governments,
    headlines,
    heads,
    linking,
    minor_places,
    missions,
    names,
    native_bodies,
    police_english,
    quoted_nicknames,
    titles,
    venue_names,
    vouching,
)
from warta.extract.gazetteer import Entry, Gazetteer, Match
from warta.extract.linking import Cand, Doc, as_linked
from warta.model import Article, Entity, Mention
from warta.registry import register


@cache
def _gazetteer() -> Gazetteer | None:
    kb = linking.kb()
    return Gazetteer(kb) if kb is not None else None


@cache
def _recognizer() -> Callable[[str], list[Mention]] | None:
    try:
        from warta.extract.ner import recognize
    except ImportError:  # no NER model: titles, head words and the knowledge base alone
        return None
    return recognize


def _batch_recognizer() -> Callable[[list[str]], list[list[Mention]]] | None:
    """The NER model over many sentences at once (one batched Viterbi), when the model is there."""
    try:
        from warta.extract.ner import recognize_many
    except ImportError:
        return None
    return recognize_many


def _label(entry: Entry) -> str:
    return linking.TYPES_REV.get(entry.type, "ORG")


_DINAS_BEFORE = re.compile(r"\b(?:[Kk]adis|[Dd]inas) $")


def _gazetteer_matches(text: str) -> list[Match]:
    gaz = _gazetteer()
    return gaz.find(text) if gaz is not None else []


def _gazetteer_cands(doc: Doc, matches: list[Match], language: str | None = None) -> None:
    stop = linking.word_set("stop_words")
    titles = _title_spans(doc.text)
    skip = -1
    for i, m in enumerate(matches):
        if i == skip or _is_stop_match(doc.text, m, stop) or not doc.free(m.start, m.end):
            continue
        if _inside_title(titles, m.start, m.end) or _across_title_end(titles, m.start, m.end):
            continue  # "Parlimen" of "Ahli Parlimen": a title names no body; "Wali [Kota Tidore]"
        entry = _building_or_body(doc.text, m, countries.choose_in(m.alias.entries, doc.text, language))
        if entry.type == "location" and names.LANGUAGE_BEFORE.search(doc.text, max(0, m.start - 8), m.start):
            continue  # "bahasa Inggris": a language, not the United Kingdom
        if entry.type == "location" and _inside_street(doc.text, m.start, m.end):
            continue  # "Jl. Medan Merdeka Utara": the street's first word, not the city
        if entry.name.startswith("Ministry of") and _DINAS_BEFORE.search(
            doc.text, max(0, m.start - 8), m.start
        ):
            continue  # "Kadis PUPR Lumajang": a regional office named like the ministry, not the ministry
        if (
            entry.type == "person"
            and len(m.alias.tokens) == 1
            and _inside_longer_name(doc.text, m.start, m.end)
        ):
            continue  # "Abbas" of "Abbas Kamel" is not Mahmoud Abbas: the rules read the whole name
        if entry.type == "location" and len(m.alias.tokens) == 1 and _ends_appositive_name(doc.text, m):
            continue  # "..., Aris Munandar Setiabudi, ...": the last word of a person's name, not the district
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        cand = Cand(m.start, m.end, m.text, _label(entry), as_linked(entry))
        if (
            nxt is not None
            and doc.text[m.end : nxt.start] in (" ", " di ")
            and countries.ministry_of(doc.text, cand, nxt)
        ):
            skip = i + 1  # the country is part of the ministry's name
        elif nxt is not None and countries.branch_of(doc.text, cand, nxt):
            skip = i + 1  # "JPJ Selangor": the state branch of a national body is that body
        doc.add(_numbered(doc.text, _with_compass(doc.text, _city_of(doc.text, cand))))


_STREET_BEFORE = re.compile(r"\b(?:Jl|Jln|Jalan)\.? $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")


def _inside_street(text: str, start: int, end: int) -> bool:
    """A known place right after a street head and followed by more capitalised words."""
    return bool(_STREET_BEFORE.search(text, max(0, start - 6), start)) and bool(
        _CAPITAL_AFTER.match(text, end)
    )


_NAME_AFTER = re.compile(r" ([A-Z][a-z][\w'’-]*)")
_NAME_BEFORE = re.compile(r"([A-Z][a-z][\w'’-]*) $")


def _building_or_body(text: str, m: Match, entry: Entry) -> Entry:
    """A name shared by a body and its building ("Wisma Putra", "Bukit Aman"): the building after
    "di"/"at", else the body (the metonym "Wisma Putra berkata")."""
    if len(m.alias.entries) < 2:
        return entry  # one entity: no building to tell from its body
    kinds = {e.type: e for e in m.alias.entries}
    if "location" not in kinds or "organization" not in kinds:
        return entry
    before = text[max(0, m.start - 16) : m.start]
    room = _ROOM.search(before) is not None  # "lobi Parlimen": a room of the building
    place = room or (vouching.LOCATIVE.search(before) is not None and m.alias.form.casefold() not in _SITTING)
    return kinds["location" if place else "organization"]


_ROOM = re.compile(
    r"\b(?:lobi|lobby|bangunan|kompleks|perkarangan|pekarangan|grounds of|foyer|dewan legar) $", re.I
)
_SITTING = frozenset({"parlimen", "parliament"})  # "di Parlimen" is usually the sitting, not the building


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """A one-word known name with another capitalised name word right beside it."""
    for m in (_NAME_AFTER.match(text, end), _NAME_BEFORE.search(text, max(0, start - 30), start)):
        if m is None:
            continue
        word = m.group(1)
        ordinary = heads.common(word) or word.casefold() in linking.word_set("stop_words")
        titled = linking.title_regex().fullmatch(word) or linking.phrase_regex("honorifics").fullmatch(word)
        if not (ordinary or titled or linking.lookup(word)):
            return True
    return False


_APPOSITIVE_NAME = re.compile(r", ([A-Z][a-z]+) ([A-Z][a-z]+) $")


def _ends_appositive_name(text: str, m: Match) -> bool:
    """A one-word place closing a comma-delimited name of three words (", Aris Munandar Setiabudi,"):
    the two words before it are unknown name words, and nothing but a comma or stop follows."""
    before = _APPOSITIVE_NAME.search(text, max(0, m.start - 40), m.start)
    if before is None or text[m.end : m.end + 1] not in {",", "."}:
        return False
    words = before.group(1), before.group(2)
    return not any(heads.common(w) or linking.lookup(w) is not None for w in words)


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Multi-word titles in the text, sorted by start."""
    return [(s, e) for s, e in linking.title_spans(text) if " " in text[s:e].strip()]


def _inside_title(titles: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(titles, (start, end + 10**6))  # titles starting at or before `start`
    if i == 0 or titles[i - 1][1] < end:
        return False  # titles are disjoint, so the last one ends last: none reaches `end`
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in titles[max(0, i - 3) : i])


def _across_title_end(titles: list[tuple[int, int]], start: int, end: int) -> bool:
    """A match that starts inside a title and runs past it ("Wali Kota" + "Tidore": "Kota Tidore")."""
    i = bisect.bisect_right(titles, (start, end + 10**6))
    if i == 0 or titles[i - 1][1] <= start:
        return False  # titles are disjoint, so the last one ends last: none runs past `start`
    return any(s < start < e < end for s, e in titles[max(0, i - 3) : i])


_CITY_BEFORE = re.compile(r"\b(kota|bandar|city of) $", re.IGNORECASE)


def _city_of(text: str, cand: Cand) -> Cand:
    """ "kota Gaza" -> Gaza City when the knowledge base knows "Kota Gaza" (the place, not the region)."""
    m = _CITY_BEFORE.search(text, max(0, cand.start - 10), cand.start)
    if m is None or cand.link.type != "location":
        return cand
    city = linking.lookup(f"{m.group(1).title()} {cand.text}", "LOC")
    if city is None or city.name == cand.link.name:
        return cand
    return Cand(m.start(), cand.end, text[m.start() : cand.end], "LOC", city, "gaz")


_NUMERAL_AFTER = re.compile(r" (?:I{1,3}|IV|VI{0,3}|IX|X)(?![\w-])")


def _numbered(text: str, cand: Cand) -> Cand:
    """ "Gedung Nusantara" + "III": a numbered building or site is a place of its own, named as written."""
    m = _NUMERAL_AFTER.match(text, cand.end) if cand.link.type == "location" else None
    if m is None:
        return cand
    surface = text[cand.start : m.end()]
    return Cand(cand.start, m.end(), surface, "LOC", linking.Linked(surface, "location"), "gaz")


_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'’-]*) $")
_COMPASS_AFTER = re.compile(r" ([A-Z][a-z]+(?: (?:Daya|Laut))?)\b")


def _with_compass(text: str, cand: Cand) -> Cand:
    """ "Nusa Tenggara" + "Timur": "East Nusa Tenggara", a place of its own (Wikipedia's word order)."""
    m = _COMPASS_AFTER.match(text, cand.end)
    if cand.link.type != "location" or m is None or m.group(1).casefold() not in linking.pairs("directions"):
        return cand
    before = _CAPITAL_BEFORE.search(text[max(0, cand.start - 30) : cand.start])
    word = before.group(1).casefold() if before else ""
    if before and word not in linking.loc_heads() and word not in linking.word_set("fused_titles"):
        return cand  # "Laut China Selatan": the compass word belongs to a longer name ("Kapolsek Kuta Selatan" does not)
    surface = text[cand.start : m.end()]
    name = linking.english_place(surface)
    found = linking.lookup(surface, "LOC") or linking.lookup(name, "LOC")
    link = found if found is not None else linking.Linked(name, "location")
    return Cand(cand.start, m.end(), surface, "LOC", link, "gaz")


_SENTENCE_START = re.compile(r"(?:^|[.!?\n“\"])\s*$")


def _is_stop_match(text: str, m: Match, stop: frozenset[str]) -> bool:
    """A one-word alias that is also an ordinary word, written at a sentence start ("Pekan lalu ...")."""
    if len(m.alias.tokens) > 1:
        return False
    before = text[max(0, m.start - 3) : m.start]
    sentence_start = m.start == 0 or bool(_SENTENCE_START.search(before))
    if sentence_start and text.startswith("nya", m.end):
        return True  # '"Medannya labil': a common noun ("medan", terrain) with "-nya", capitalised only here
    if m.alias.acronym:
        if m.text in _common_acronyms(text):
            return True  # "pekerja migran Indonesia (PMI)": the text spells it as a common noun here
        return linking.counted_acronym(text, m.start, m.end) or (sentence_start and not m.text.isupper())
    word = m.text.casefold()
    if word in stop:
        return True
    return sentence_start and (word in linking.word_set("common_words") or heads.common(word))


_DEFINED = re.compile(r"\(([A-Z]{2,6})\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=8)
def _common_acronyms(text: str) -> frozenset[str]:
    """Acronyms the text defines by lower-case words ("pekerja migran Indonesia (PMI)")."""
    out = set()
    for m in _DEFINED.finditer(text):
        acr = m.group(1)
        words = _WORD.findall(text, max(0, m.start() - 120), m.start())[-len(acr) :]
        initials = "".join(w[0] for w in words).upper()
        if len(words) == len(acr) and initials == acr and any(w[0].islower() for w in words):
            out.add(acr)
    return frozenset(out)


def find_entities(article: Article) -> list[Entity]:
    doc = Doc(article.text)
    ner = names.Ner(article.text, _recognizer(), _batch_recognizer(), doc, eager=article.language == "en")
    bodies.seat_cands(doc)
    bodies.court_here_cands(doc)
    country = countries.home_country(article.text, article.language)
    native_bodies.english_court_cands(doc, country)
    expansions.court_cands(doc)
    expansions.acronym_name_cands(doc)
    expansions.school_cands(doc)
    expansions.honoured_facility_cands(doc)
    venue_names.joined_venue_cands(doc)
    quoted_nicknames.nickname_name_cands(doc)
    minor_places.english_regency_cands(doc)
    minor_places.township_section_cands(doc)
    minor_places.english_site_cands(doc)
    minor_places.shared_head_cands(doc)
    minor_places.based_place_cands(doc)
    expansions.possessive_body_cands(doc)
    governments.local_government_cands(doc)
    governments.unit_cands(doc)
    matches = _gazetteer_matches(article.text)
    bodies.local_body_cands(doc, [(m.start, m.end) for m in matches])
    facilities.police_hq_cands(doc)
    police_english.english_resort_cands(doc)
    facilities.hospital_body_cands(doc, matches)
    facilities.facility_place_cands(doc)
    missions.possessive_ministries(doc)
    missions.embassy_cands(doc)
    _gazetteer_cands(doc, matches, article.language)
    missions.speaking_seats(doc)
    countries.foreign_ministries(doc)
    countries.that_country_ministries(doc)
    native_bodies.state_assembly_cands(doc)
    native_bodies.rehome(doc, country)
    minor_places.minor_place_cands(doc)
    names.rule_cands(doc, ner)
    minor_places.listed_place_cands(doc)
    coref.listed_persons(doc)
    titles.portfolio_persons(doc)
    headlines.drop_headline_guesses(doc)
    # before coreference reuses them: "Karantina Kesehatan" would claim "Menteri Kesehatan"
    kept_cands = [c for c in doc.cands if not fragments.unit_or_adjective(doc.text, c)]
    if len(kept_cands) < len(doc.cands):  # else resetting would rebuild the same spans
        doc.reset(kept_cands)
    coref.resolve(doc)
    company_forms.short_form_cands(doc)
    address_forms.join_address_forms(doc)
    # the copyright line is cleaned away as boilerplate: read it from the raw page
    own = vouching.outlet_names(article.outlet) | vouching.copyright_names(article.raw or article.text)
    generic = linking.word_set("generic")
    events = fragments.event_spans(article.text)
    vouched = fragments.with_named_facilities(article.text, vouching.vouched(doc))
    vouched += [p for c in vouched if fragments.inside_event(events, c) for p in fragments.places_inside(c)]
    kept = [
        c
        for c in vouched
        if not vouching.is_own_outlet(doc, c, own)
        and not fragments.spurious(article.text, c, events, article.language)
        and linking.fold_token(c.text) not in generic
        and not vouching.event(c)
        and not facilities.described(article.text, c)
        and not (c.start > 0 and article.text[c.start - 1].isalpha())  # "detikSulsel": a word's tail
        and not (c.link.type == "location" and missions.currency(article.text, c.start, c.end))
    ]
    common = _common_acronyms(article.text)  # "pekerja migran Indonesia (PMI)": no body here
    schemes = fragments.scheme_names(article.text, kept)
    kept = [
        c
        for c in kept
        if c.text not in common
        and linking.fold_token(c.link.name) not in generic
        and c.link.name not in schemes
    ]
    grouped = entity_groups.group(
        countries.branch_places(article.text, minor_places.bare_city_as_regency(kept))
    )
    return expansions.merge_court_seats(grouped)


@register("extract.entities.v1")
class ExtractEntities:
    name: ClassVar[str] = "extract.entities"
    language_bound: ClassVar[bool] = True  # skipped outside id/ms/en (see pipeline)
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("entities",)

    def __call__(self, article: Article) -> Article:
        article.entities = find_entities(article)
        return article
