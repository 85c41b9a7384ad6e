"""A country's bodies named by a possessive or a preposition rather than by their own title.

- "Egypt's Ministry of Foreign Affairs", "China's foreign ministry" (English news writes the
  ministry in lower case after the possessive): the ministry of that country, "Ministry of Foreign
  Affairs (Egypt)", the same canonical form a ministry followed by its country gets.
- "Kedutaan Besar Malaysia di Doha", "Kedubes RI di Kairo", "Embassy of Malaysia in Doha", "the
  Malaysian Embassy in Doha": an embassy has no Wikipedia title of its own, so it is named
  "Embassy of <Country>, <City>".
Both run before the gazetteer, which would otherwise read the country and the ministry apart.
"""

from __future__ import annotations

import re

from warta.extract import countries, linking, screens
from warta.extract.linking import Cand, Doc, Linked, as_linked

_NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}"
_PORTFOLIO = r"(?:[Ff]oreign|[Dd]efen[cs]e|[Hh]ealth|[Ii]nterior|[Ff]inance|[Jj]ustice|[Ee]ducation|[Tt]rade)"
_POSSESSIVE = re.compile(
    rf"\b({_NAME})(?:['’]s ({_PORTFOLIO} [Mm]inistry|[Mm]inistry of {_PORTFOLIO}(?: [Aa]ffairs)?)\b"
    rf"|(?<!['’]s) ({_PORTFOLIO} [Mm]inistry)\b)"  # "a Singapore foreign ministry statement": the country attributive
)
_EMBASSY = re.compile(
    rf"\b(?:Kedutaan Besar|Kedutaan|Kedubes|Embassy of(?: the)?) (?:Republik )?({_NAME}) (?:di|in|at) ({_NAME})"
    rf"|\b({_NAME}) [Ee]mbassy (?:in|at) ({_NAME})"
)
_MINISTRY = re.compile(r"^Ministry of (.+) \((.+)\)$")
_MINISTRY_WORD = re.compile("inistry")  # in every match of `_POSSESSIVE`, with only words before it
_EMBASSY_WORD = re.compile("Kedutaan|Kedubes|mbassy")  # the same for `_EMBASSY`
_HOME_SHORT = {"RI": "Indonesia"}  # "Kedubes RI di Kairo"


def _country(surface: str) -> str | None:
    """The canonical country a written name (or its demonym, "Malaysian") stands for."""
    surface = re.sub(r"^(?:The|the) ", "", surface)  # "The Malaysian Embassy in Doha"
    if surface in _HOME_SHORT:
        return _HOME_SHORT[surface]
    for form in (surface, re.sub(r"(?:ian|ese|i|n)$", "", surface), re.sub(r"n$", "", surface)):
        found = linking.lookup(form, "LOC")
        if found is not None and found.type == "location" and found.name in countries.countries():
            return found.name
    return None


def _place(surface: str) -> str | None:
    found = linking.lookup(surface, "LOC")
    return found.name if found is not None and found.type == "location" else None


def possessive_ministries(doc: Doc) -> None:
    """ "Egypt's Ministry of Foreign Affairs", "China's foreign ministry": that country's ministry."""
    if "inistry" not in doc.text:
        return  # every match holds "[Mm]inistry"
    for m in screens.anchored_finditer(_POSSESSIVE, _MINISTRY_WORD, doc.text):
        country = _country(m.group(1))
        if country is None or not doc.free(m.start(), m.end()):
            continue
        titled = " ".join(w[:1].upper() + w[1:] for w in (m.group(2) or m.group(3)).split())
        whole = linking.lookup(f"{m.group(1)}'s {titled}", "ORG")  # "Gaza's Health Ministry": its own name
        link = whole if whole is not None and whole.type == "organization" else _ministry(titled, country)
        if link is not None:
            doc.add(Cand(m.start(), m.end(), m.group(0), "ORG", link, "rule"))


def _ministry(titled: str, country: str) -> Linked | None:
    """ "Foreign Ministry" of Egypt: "Ministry of Foreign Affairs (Egypt)", as the home ministry's
    canonical name tells the portfolio's form."""
    ministry = linking.lookup(titled, "ORG")
    portfolio = _MINISTRY.match(ministry.name) if ministry is not None else None
    if portfolio is None:
        return None
    name = f"Ministry of {portfolio.group(1)} ({country})"
    known = linking.kb().get(name) if linking.kb() is not None else None
    return as_linked(known) if known is not None else Linked(name, "organization")


# "KBRI Kuala Lumpur", "KBRI di Kairo": Indonesia's embassy by its acronym (Kedutaan Besar Republik Indonesia)
_KBRI = re.compile(rf"\b(KBRI)(?: di)? ({_NAME})")
_EMBASSY_WORDS = ("Kedutaan", "Kedubes", "mbassy ", "KBRI")  # one is in every match of the two above


def embassy_cands(doc: Doc) -> None:
    """ "Kedutaan Besar Malaysia di Doha": the embassy, "Embassy of Malaysia, Doha"."""
    if not screens.present(doc.text, _EMBASSY_WORDS):
        return
    for m in [*screens.anchored_finditer(_EMBASSY, _EMBASSY_WORD, doc.text), *_KBRI.finditer(doc.text)]:
        if m.re is _KBRI:
            written, city_written = "Indonesia", m.group(2)
        else:
            written, city_written = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        country, city = _country(written), _place(city_written)
        if (
            country is None
            or city is None
            or city in countries.countries()
            or not doc.free(m.start(), m.end())
        ):
            continue  # "Kedutaan Besar Indonesia di Malaysia": no city, the gazetteer reads the countries
        name = f"Embassy of {country}, {city}"
        start = m.start() + (4 if m.group(0).startswith(("The ", "the ")) else 0)
        doc.add(Cand(start, m.end(), doc.text[start : m.end()], "ORG", Linked(name, "organization"), "rule"))


_STATES = re.compile(
    r"\s*(?:,\s*)?(?:juga\s+|pun\s+|telah\s+|sudah\s+)?(?:mengatakan|menyatakan|menegaskan|menyebut|"
    r"mengumumkan|membantah|mengonfirmasi|mengkonfirmasi|berkata|menjelaskan|said|says|told|announced|"
    r"denied|confirmed|stated)\b",
    re.IGNORECASE,
)


def speaking_seats(doc: Doc) -> None:
    """ "Gedung Putih menyatakan ...": the seat of a government speaking is that government's body."""
    seats = linking.word_set("speaking_seats")
    for c in doc.cands:
        if c.label == "LOC" and c.link.name.casefold() in seats and _STATES.match(doc.text, c.end):
            c.label, c.link = "ORG", Linked(c.link.name, "organization", c.link.qid, c.link.known)


_CURRENCY_BEFORE = re.compile(r"\b(?:dolar|dollar|dólar|ringgit|rupiah)s? $", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"\$| (?:dollars?|dolar)\b", re.IGNORECASE)


def currency(text: str, start: int, end: int) -> bool:
    """ "dolar AS", "US$2 billion", "Singapore dollars": a country's name in its currency's."""
    return bool(_CURRENCY_BEFORE.search(text, max(0, start - 9), start) or _CURRENCY_AFTER.match(text, end))
